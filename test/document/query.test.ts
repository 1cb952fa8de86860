// The element index answers whole-page selectors exactly as cheerio does (same elements, same
// order), and leaves the selectors it does not handle to cheerio.

import { describe, expect, it } from "vitest";
import { load } from "cheerio";
import { indexElements, queryIndex } from "../../src/document/query.js";
import { parseDocument } from "../../src/document/document.js";

const PAGE = `<!doctype html><html lang="en"><head><title>Talks in Istanbul</title>
<meta property="og:url" content="https://example.com/a"><link rel="Canonical" href="https://example.com/a">
<script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head>
<body class="home page"><header><nav><a href="/">Home</a> <a rel="home author" href="/x">Example News</a></nav></header>
<main id="main"><article class="story">
<h1>Kremlin urges Ukraine to confirm date</h1>
<div class="byline  byline__name Byline"><span itemprop="author" itemtype="Person"><span ITEMPROP="Name">Jane Doe</span></span>
<time datetime="2025-05-29T10:00:00Z" pubdate>May 29, 2025</time></div>
<div class="article-body story-body">
<p>“We are ready,” Peskov said.</p><p class="">Second paragraph with <a href="https://example.com/b">a link</a>.</p>
<div class="article__body"><p>Nested body.</p></div>
</div></article></main>
<footer class="site-footer">© Example <span class="author">Not an author</span></footer></body></html>`;

const SELECTORS = [
  "body", "h1", "html", "title", "head title", "footer", "main", "article", "time[datetime]", "[pubdate]",
  '[itemprop~="author" i] [itemprop~="name" i]', '[itemprop~="author"]', '[rel~="author"]', ".byline", ".byline a",
  ".byline__name", ".Byline", '[class*="byline"]', '[class*="Byline"]', ".author", "article .article-body", "article .story-body",
  ".article__body", '[role="main"]', 'script[type="application/ld+json"]', "meta", 'link[rel~="canonical"][href]',
  'meta[property="og:url"][content]', 'a[href="/"], a[rel~="home"]', "div > p", "p + p", "p ~ div", "*", "div, span, a",
  '[class~=""]', "DIV.article-body", "#main", ".story-body.article-body", "[class^=article]", "[class!=story]", "style",
  "[class$=body]", "[class|=byline]", "[class=story]", '[class*="body story"]', '[class*="BYLINE" i]', '[class*=""]', '[class=""]',
  '[class*="__"]', "div[class*=body] p",
];

describe("element index", () => {
  it("finds what cheerio finds, in the same order", () => {
    const $ = load(PAGE, { xml: { xmlMode: false, decodeEntities: true } });
    const index = indexElements($.root()[0]!);
    for (const sel of SELECTORS) expect(queryIndex(index, sel), sel).toEqual($(sel).toArray());
    // Spot checks that the comparison is not vacuous.
    expect(queryIndex(index, ".byline a")).toHaveLength(0);
    expect(queryIndex(index, "[class$=body]")!.map((e) => e.attribs["class"])).toEqual(["article-body story-body", "article__body"]);
    expect(queryIndex(index, '[class=""]')).toHaveLength(1);
    expect(queryIndex(index, 'a[href="/"], a[rel~="home"]')!.map((a) => a.attribs["href"])).toEqual(["/", "/x"]);
    expect(queryIndex(index, '[itemprop~="author" i] [itemprop~="name" i]')!.map((e) => $(e).text())).toEqual(["Jane Doe"]);
  });

  it("leaves pseudo-classes and relative selectors to cheerio", () => {
    const $ = load(PAGE);
    const index = indexElements($.root()[0]!);
    for (const sel of ["p:first", "p:eq(1)", "p:not(.x)", "> p", "+ p", "svg|a"]) expect(queryIndex(index, sel), sel).toBeNull();
  });

  it("answers through doc.$ with cheerio's answer for every kind of call", () => {
    const doc = parseDocument(PAGE, { url: "https://example.com/a" });
    const plain = load(PAGE, { xml: { xmlMode: false, decodeEntities: true } });
    for (const sel of [...SELECTORS, "p:first", "p:eq(1)"]) expect(doc.$(sel).toArray().map((e) => plain.html(e)), sel).toEqual(plain(sel).toArray().map((e) => plain.html(e)));
    expect(doc.$("p", doc.$(".article__body")).text()).toBe("Nested body.");
    expect(doc.$.root().find("h1").text()).toBe("Kremlin urges Ukraine to confirm date");
    expect(doc.$.html().length).toBe(plain.html().length);
  });

  it("indexes a page nested 5,000 deep without recursion", () => {
    const html = "<div class=c>".repeat(5000) + "<p class=deep>end</p>" + "</div>".repeat(5000);
    const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
    const index = indexElements($.root()[0]!);
    expect(queryIndex(index, "div .deep")).toHaveLength(1);
    expect(queryIndex(index, ".c")).toHaveLength(5000);
  });
});
