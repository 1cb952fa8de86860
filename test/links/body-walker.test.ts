// The body stage's part in the cited links: which boxes inside the article keep their links and
// which are the site's own navigation. Pages written for these tests around made-up stories.
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract.js";

const URL_ = "https://courier.example.com/2025/06/02/harbour-dredging";

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Harbour dredging to start in June</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<article><h1>Harbour dredging to start in June</h1><div class="article-body">
<p>Dredging of the inner harbour will begin on June 16, the port authority <a href="https://port.example.org/notices/2025-17">said</a> on Monday, after two years of delays caused by a dispute over where the silt should go.</p>
${body}
<p>The authority expects the work to take eleven weeks, during which the ferry will use the outer quay, according to a <a href="https://port.example.org/ferry-2025.pdf">timetable</a> published with the notice.</p>
</div></article><footer><a href="/about">About us</a></footer></body></html>`;
}

const urls = (html: string) => extractHtml(html, URL_).links.map((l) => [l.url, l.kind]);

describe("further-reading boxes inside the body", () => {
  it("keeps a single related-article pointer as related", () => {
    const got = urls(page(`<div class="related-article"><p><strong>Related article:</strong> <a href="/2025/05/20/silt-dispute-settled">Silt dispute settled after two years</a></p></div>`));
    expect(got).toContainEqual(["https://courier.example.com/2025/05/20/silt-dispute-settled", "related"]);
    expect(got).toHaveLength(3);
  });

  it("drops a recirculation widget marked related that offers several other stories", () => {
    const got = urls(page(`<div class="related-posts"><h3>More from the Courier</h3><ul>
<li><a href="/2025/05/30/bridge-repairs">Bridge repairs finish early on the east side</a></li>
<li><a href="/2025/05/29/ferry-fares">Ferry fares rise for the summer season</a></li>
<li><a href="/2025/05/28/market-hall">Market hall reopens after a long refit</a></li></ul></div>`));
    expect(got).toEqual([
      ["https://port.example.org/notices/2025-17", "citation"],
      ["https://port.example.org/ferry-2025.pdf", "media"],
    ]);
  });

  it("keeps an unmarked list of headlines the writer put in the text, as related", () => {
    const got = urls(page(`<ul><li><a href="/2025/05/20/silt-dispute-settled">Profile: the silt dispute</a></li>
<li><a href="/2025/04/02/dredging-timeline">Timeline of the dredging plan</a></li></ul>`));
    expect(got).toContainEqual(["https://courier.example.com/2025/05/20/silt-dispute-settled", "related"]);
    expect(got).toContainEqual(["https://courier.example.com/2025/04/02/dredging-timeline", "related"]);
  });
});

describe("embedded posts", () => {
  const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The inner harbour closes to small boats from June 16. Plan your moorings now: <a href="https://t.co/AbC123xyz">https://t.co/AbC123xyz</a></p>&mdash; Port of Example (@PortOfExample) <a href="https://twitter.com/PortOfExample/status/1796000000000000001?ref_src=twsrc%5Etfw">June 2, 2025</a></blockquote></div>`;

  it("reads a post inside a wrapper the body leaves out, with its links as social", () => {
    const got = urls(page(tweet));
    expect(got).toContainEqual(["https://t.co/AbC123xyz", "social"]);
    expect(got).toContainEqual(["https://twitter.com/PortOfExample/status/1796000000000000001?ref_src=twsrc%5Etfw", "social"]);
  });

  it("keeps the post's text as an embed paragraph whose claim is the author's", () => {
    const record = extractHtml(page(tweet), URL_, { includeText: true });
    expect(record.article.text).toContain("The inner harbour closes to small boats from June 16.");
    const q = record.quotes.find((x) => x.text.startsWith("The inner harbour closes"));
    expect(q?.speaker).toBe("Port of Example");
    expect(record.quotes.some((x) => x.text.includes("(@PortOfExample)"))).toBe(false);
  });
});

describe("media links outside the text", () => {
  it("keeps an image in a figure linked to its full-size file as media, with no text", () => {
    const got = extractHtml(page(`<figure><a href="https://cdn.example.com/photos/dredger-full.jpg"><img src="https://cdn.example.com/photos/dredger-640.jpg" alt="The dredger"></a><figcaption>The dredger arrived on Friday.</figcaption></figure>`), URL_).links;
    const media = got.find((l) => l.url === "https://cdn.example.com/photos/dredger-full.jpg");
    expect(media).toMatchObject({ kind: "media", text: "", quote_id: null });
  });

  it("leaves out an image linking off-site with campaign tracking (a banner, not the article's picture)", () => {
    const got = extractHtml(page(`<figure><a href="https://shop.example.net/magazine-subscription/?utm_source=courier&utm_medium=banner"><img src="https://cdn.example.com/ads/subscribe.jpg" alt="Subscribe"></a></figure>`), URL_).links;
    expect(got.map((l) => l.url)).toEqual(["https://port.example.org/notices/2025-17", "https://port.example.org/ferry-2025.pdf"]);
  });

  it("drops no paragraph number and keeps no link of a figure without links", () => {
    const record = extractHtml(page(`<figure><img src="https://cdn.example.com/photos/quay.jpg" alt="The quay"><figcaption>The outer quay.</figcaption></figure>`), URL_, { includeText: true });
    expect(record.links).toHaveLength(2);
    expect(record.article.paragraphs).toBe(2);
  });
});

describe("further reading after the last paragraph of prose", () => {
  const tail = `<p>You may also like...</p>
<p><a href="/2025/05/30/bridge-repairs">Bridge repairs finish early on the east side</a></p>
<p><a href="/2025/05/29/ferry-fares">Ferry fares rise for the summer season</a></p>`;

  it("drops a run of headline paragraphs that closes the page", () => {
    const html = page("").replace("</div></article>", `${tail}</div></article>`);
    expect(urls(html)).toEqual([
      ["https://port.example.org/notices/2025-17", "citation"],
      ["https://port.example.org/ferry-2025.pdf", "media"],
    ]);
  });

  it("keeps the same headlines as related between paragraphs of prose", () => {
    const got = urls(page(tail));
    expect(got).toContainEqual(["https://courier.example.com/2025/05/30/bridge-repairs", "related"]);
    expect(got).toContainEqual(["https://courier.example.com/2025/05/29/ferry-fares", "related"]);
  });

  it("drops an unmarked list of headlines after the last paragraph, keeps one inside the text", () => {
    const list = `<ul><li><a href="/2025/05/20/silt-dispute-settled">Profile: the silt dispute</a></li>
<li><a href="/2025/04/02/dredging-timeline">Timeline of the dredging plan</a></li></ul>`;
    const closing = page("").replace("</div></article>", `${list}</div></article>`);
    expect(urls(closing).map(([u]) => u)).not.toContain("https://courier.example.com/2025/04/02/dredging-timeline");
    expect(urls(page(list)).map(([u]) => u)).toContain("https://courier.example.com/2025/04/02/dredging-timeline");
  });
});

describe("a closing list of the site's own stories", () => {
  const list = (hrefs: string[]) => `<div class="heading-h3">More Great Courier Stories</div><ul>${hrefs.map((h, i) => `<li>Story ${i + 1}: why the ferry operator expects the summer timetable to hold, in <a href="${h}">an interview</a> with its chief</li>`).join("")}</ul>`;
  const prose = [
    "The silt will be taken by barge to a licensed site twelve miles offshore, a plan the fishing cooperative fought for most of last year before the regional court ruled against it in March.",
    "Ferry passengers should expect longer boarding times while the outer quay is in use, the operator said, adding that the timetable itself would not change during the eleven weeks of work.",
    "Harbour businesses have asked for compensation for the lost trade, arguing that the closures announced so far would cut their summer takings by a third, which the authority disputes.",
  ].map((t) => `<p>${t}</p>`).join("\n");
  const closing = (hrefs: string[]) => page(prose).replace("</div></article>", `${list(hrefs)}</div></article>`);

  it("gives no links when every item links the site's own pages", () => {
    const got = urls(closing(["/2025/05/30/a", "/2025/05/29/b", "https://www.courier.example.com/2025/05/28/c"]));
    expect(got.map(([u]) => u)).toEqual(["https://port.example.org/notices/2025-17", "https://port.example.org/ferry-2025.pdf"]);
  });

  it("keeps them when an item links another site (references, sources)", () => {
    const got = urls(closing(["/2025/05/30/a", "https://port.example.org/archive/2024", "/2025/05/28/c"]));
    expect(got.map(([u]) => u)).toContain("https://port.example.org/archive/2024");
    expect(got.map(([u]) => u)).toContain("https://courier.example.com/2025/05/30/a");
  });
});

describe("fragments", () => {
  const para = `<p>The full list of closures is in <a href="#closures">the notes</a> below, and the ferry timetable is <a href="#">here</a>.</p>`;

  it("leaves out an in-page anchor", () => {
    expect(urls(page(para)).map(([u]) => u)).toEqual(["https://port.example.org/notices/2025-17", "https://port.example.org/ferry-2025.pdf"]);
  });

  it("resolves a fragment against a <base href> naming another page, as browsers do", () => {
    const html = page(para).replace("<head>", `<head><base href="https://archive.courier.example.com/harbour/">`);
    expect(urls(html).map(([u]) => u)).toContain("https://archive.courier.example.com/harbour/#closures");
  });
});
