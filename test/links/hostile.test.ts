// Bad input: unusable hrefs are skipped (never guessed), odd anchors never crash, and a paragraph
// with thousands of links and claims stays linear (a hang detector, not a timing assertion).
import { describe, expect, it } from "vitest";
import { findLinks } from "../../src/extract/links/index.js";
import { extractHtml } from "../../src/extract.js";
import type { LinkSpan } from "../../src/article/types.js";
import type { Quote } from "../../src/extract/quotes/types.js";
import { makeArticle, makeQuote } from "./helpers.js";

const PAGE = "https://news.example.com/2025/05/29/story";

describe("unusable hrefs", () => {
  it("skips javascript:, data:, mailto:, tel:, bare fragments and broken URLs", () => {
    const a = makeArticle(PAGE, [
      "[Print](javascript:window.print()) [pixel](data:image/gif;base64,R0lGOD) [write us](mailto:tips@example.com) " +
        "[call](tel:+44-20-7946-0000) [top](#top) [broken](https://exa mple.com/x) [empty]() " +
        "[port](http://example.com:99999/) [kept](https://www.reuters.com/world/1).",
    ]);
    expect(findLinks(a, []).map((l) => l.url)).toEqual(["https://www.reuters.com/world/1"]);
  });

  it("skips links to the page itself: in-page anchors and permalinks", () => {
    const a = makeArticle(PAGE, [
      "See [the timeline](https://news.example.com/2025/05/29/story#timeline), [this story](https://news.example.com/2025/05/29/story/) and [yesterday's](https://news.example.com/2025/05/28/story).",
    ]);
    expect(findLinks(a, []).map((l) => l.url)).toEqual(["https://news.example.com/2025/05/28/story"]);
  });

  it("skips relative links when the page has no URL, and resolves them when it has one", () => {
    const text = "The [earlier report](/2025/05/28/earlier) and [the source](https://tass.com/politics/1).";
    expect(findLinks(makeArticle(null, [text]), []).map((l) => l.url)).toEqual(["https://tass.com/politics/1"]);
    expect(findLinks(makeArticle(PAGE, [text]), []).map((l) => [l.url, l.internal])).toEqual([
      ["https://news.example.com/2025/05/28/earlier", true],
      ["https://tass.com/politics/1", false],
    ]);
  });

  it("skips a span whose url is not http(s) or not a URL at all, whatever the body stage passed", () => {
    const a = makeArticle(PAGE, ["One two three."]);
    const block = a.blocks[0]!;
    const odd: LinkSpan[] = [
      { url: "ftp://files.example.com/a.pdf", href: "ftp://files.example.com/a.pdf", text: "One", start: 0, end: 3, isMedia: false },
      { url: "not a url", href: "not a url", text: "two", start: 4, end: 7, isMedia: false },
    ];
    const article = { ...a, blocks: [{ ...block, links: odd }] };
    expect(findLinks(article, [])).toEqual([]);
  });

  it("keeps every occurrence: a URL the text links twice is two links", () => {
    const a = makeArticle(PAGE, ["Lavrov [said](https://tass.com/1) so, and [said](https://tass.com/1) it again."]);
    expect(findLinks(a, []).map((l) => [l.url, l.start])).toEqual([["https://tass.com/1", 7], ["https://tass.com/1", 20]]);
  });
});

describe("odd anchors", () => {
  it("a link with no text is kept, as other, and never gets words it does not have", () => {
    const a = makeArticle(PAGE, ["Before [](https://example.org/anchorless) after."]);
    expect(findLinks(a, []).map((l) => [l.text, l.kind, l.start, l.end])).toEqual([["", "other", 7, 7]]);
  });

  it("offsets past the end of the text do not crash; the sentence falls back to the paragraph", () => {
    const a = makeArticle(PAGE, ["Short."]);
    const span: LinkSpan = { url: "https://example.org/x", href: "https://example.org/x", text: "x", start: 50, end: 51, isMedia: false };
    const article = { ...a, blocks: [{ ...a.blocks[0]!, links: [span] }] };
    expect(findLinks(article, []).map((l) => l.sentence)).toEqual(["Short."]);
  });

  it("a link inside an unclosed quotation ties to the claim the quotes extractor found there", () => {
    const a = makeArticle(PAGE, ["\"We will [not](https://example.org/a) sign anything, Peskov said. \"\"\" \" \"[more](https://example.org/b)"]);
    const q = makeQuote(a, 0, { type: "direct", text: "We will not sign anything,", cue: "said", mention: "Peskov" });
    expect(findLinks(a, [q]).map((l) => l.quote)).toEqual([0, null]);
  });
});

describe("scale", () => {
  it("5,000 links and 5,000 claims in one paragraph: each link tied to its own claim", () => {
    const n = 5000;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`Official ${i} [said](https://example.org/s/${i}) item ${i} was fine.`);
    // One sentence per "… was fine." (src/text's splitter is super-linear past ~120 KB; not what is tested here).
    const bySentence = (t: string) => {
      const spans = [];
      for (let from = 0, end = t.indexOf(".", 0); end >= 0; from = end + 2, end = t.indexOf(".", from)) spans.push({ start: from, end: end + 1 });
      return spans;
    };
    const a = makeArticle(PAGE, [{ text: parts.join(" "), sentences: bySentence }]);
    const text = a.blocks[0]!.text;
    const quotes: Quote[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const cueAt = text.indexOf("said", at);
      const claim = `item ${i} was fine`;
      const claimAt = text.indexOf(claim, cueAt);
      quotes.push({
        type: "indirect", text: claim, place: { paragraph: 0, start: claimAt, end: claimAt + claim.length },
        cue: "said", cuePlace: { paragraph: 0, start: cueAt, end: cueAt + 4 }, mention: `Official ${i}`,
        mentionPlace: null, attribution: null, speaker: null,
      });
      at = claimAt + claim.length;
    }
    quotes.reverse(); // the index must not depend on the quotes arriving in text order
    const links = findLinks(a, quotes);
    expect(links).toHaveLength(n);
    expect(links.every((l, i) => quotes[l.quote!]!.text === `item ${i} was fine`)).toBe(true);
    expect(links[4321]!.sentence).toBe("Official 4321 said item 4321 was fine.");
  });

  it("a page with 5,000 links in one paragraph goes through the whole pipeline", () => {
    const anchors = Array.from({ length: 5000 }, (_, i) => `<a href="/n/${i}?utm_source=x">w${i}</a>`).join(" ");
    const html = `<html><head><title>Links</title></head><body><article><h1>Links</h1><p>The agency said ${anchors} were all published.</p></article></body></html>`;
    const record = extractHtml(html, PAGE);
    const ours = record.links.filter((l) => l.url.startsWith("https://news.example.com/n/"));
    expect(ours).toHaveLength(5000);
    expect(ours[4999]!.clean_url).toBe("https://news.example.com/n/4999");
  });
});

describe("embedded posts in bad shape", () => {
  it("reads posts nested 1,500 deep inside a left-out wrapper once each, without a blow-up", () => {
    const depth = 1500;
    const open = `<blockquote class="twitter-tweet"><p>level</p>`.repeat(depth);
    const close = `</blockquote>`.repeat(depth);
    const html = `<html><body><article><div class="article-body"><p>The port authority said on Monday that dredging of the inner harbour would begin on June 16 after two years of delays.</p><div class="social-embed">${open}<p>innermost post <a href="https://t.co/zzz">https://t.co/zzz</a></p>${close}</div><p>The authority expects the work to take eleven weeks, during which the ferry will use the outer quay.</p></div></article></body></html>`;
    const record = extractHtml(html, PAGE, { includeText: true });
    expect(record.article.text.split("innermost post").length - 1).toBe(1);
    expect(record.links.filter((l) => l.url === "https://t.co/zzz")).toHaveLength(1);
  });
});

describe("deep boxes", () => {
  it("reads a related box and a figure nested 5,000 deep without overflowing the stack", () => {
    const depth = 5000;
    const html = `<html><body><article><div class="article-body"><p>The port authority said on Monday that dredging of the inner harbour would begin on June 16 after two years of delays.</p>${'<div class="related-box">'.repeat(depth)}<a href="/2025/05/20/silt">Silt dispute settled after two years</a>${"</div>".repeat(depth)}<p>The authority expects the work to take eleven weeks, during which the ferry will use the outer quay while the inner harbour stays closed.</p><figure>${"<span>".repeat(depth)}<a href="/photos/dredger.jpg"><img src="/photos/dredger-640.jpg"></a>${"</span>".repeat(depth)}</figure></div></article></body></html>`;
    const links = extractHtml(html, PAGE).links.map((l) => [l.url, l.kind]);
    expect(links).toContainEqual(["https://news.example.com/2025/05/20/silt", "related"]);
    expect(links).toContainEqual(["https://news.example.com/photos/dredger.jpg", "media"]);
  });
});
