import { describe, expect, it } from "vitest";
import { splitByline } from "../../src/article/meta/authors.js";
import { stripSiteSuffix } from "../../src/article/meta/title.js";
import { meta } from "./helpers.js";

describe("authors", () => {
  it("drops 'By', job titles and e-mail addresses, and splits several authors", () => {
    expect(splitByline("By Jane Doe and John Roe, Staff Writers")).toEqual(["Jane Doe", "John Roe"]);
    expect(splitByline("By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL")).toEqual(["JOSH HASKELL", "DAVID CAPLAN", "PATRICK REEVELL"]);
    expect(splitByline("Mike Cason | mcason@al.com")).toEqual(["Mike Cason"]);
    expect(splitByline("Brenda Goodman, MA")).toEqual(["Brenda Goodman"]);
  });

  it("cuts the byline at its date, in English and German", () => {
    expect(splitByline("By Laura E. Adkins December 28, 2016")).toEqual(["Laura E. Adkins"]);
    expect(splitByline("Von Melanie Wassink 16.12.2012")).toEqual(["Melanie Wassink"]);
  });

  it("keeps an organisation byline as one name", () => {
    expect(splitByline("The Associated Press")).toEqual(["The Associated Press"]);
  });

  it("rejects controls and labels that sit in byline markup", () => {
    expect(splitByline("See full bio")).toEqual([]);
    expect(splitByline("View author archive Get author RSS feed")).toEqual([]);
  });

  it("reads JSON-LD author objects and arrays before meta tags", () => {
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", author: [{ "@type": "Person", name: "Olaf Kempin" }, { "@type": "Person", name: "Ana Ruiz" }] };
    const m = meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta name="author" content="Someone Else">`);
    expect(m.authors).toEqual(["Olaf Kempin", "Ana Ruiz"]);
  });

  it("lets a publisher-only meta author give way to the reporters in the byline", () => {
    const m = meta(`<meta property="og:site_name" content="ABC News"><meta name="author" content="ABC News">`,
      `<h1>Headline of the story</h1><div class="byline">By Jane Doe and John Roe</div><p>Text.</p>`);
    expect(m.authors).toEqual(["Jane Doe", "John Roe"]);
  });

  it("finds a 'By' label near the headline whatever its markup", () => {
    const m = meta("", `<h1>Headline of the story</h1><div class="x1"><span>By</span><div><a href="/a">Chris Thompson</a></div></div><p>Text.</p>`);
    expect(m.authors).toEqual(["Chris Thompson"]);
  });
});

describe("title", () => {
  it("strips a ' | Site' or ' - Site' suffix naming the site", () => {
    expect(stripSiteSuffix("Mysterious plane circling Manhattan | Mashable", "Mashable")).toBe("Mysterious plane circling Manhattan");
    expect(stripSiteSuffix("Sieben Berufe, die Zukunft haben - channelpartner.de", "channelpartner.de")).toBe("Sieben Berufe, die Zukunft haben");
    expect(stripSiteSuffix("Politico | Insiders: Trump will sink Pence", "Politico")).toBe("Insiders: Trump will sink Pence");
  });

  it("keeps a headline whose dash is part of it", () => {
    expect(stripSiteSuffix("Israel - Hamas talks resume in Cairo", "Reuters")).toBe("Israel - Hamas talks resume in Cairo");
  });

  it("prefers the <h1> when it says the same headline as the metadata", () => {
    const m = meta(`<title>Why Slack says hummus - The Forward</title><meta property="og:site_name" content="The Forward">`,
      `<h1>Why Slack says hummus</h1>`);
    expect(m.title).toBe("Why Slack says hummus");
  });

  it("prefers <title> over an unrelated <h1> (a logo or a section name)", () => {
    const m = meta(`<title>Replace brs test</title>`, `<h1>Lorem</h1><p>Lorem ipsum.</p>`);
    expect(m.title).toBe("Replace brs test");
  });

  it("skips an og:title that only names the site", () => {
    const m = meta(`<meta property="og:site_name" content="Engadget"><meta property="og:title" content="Engadget"><title>Lyft extends free scooter rides | Engadget</title>`);
    expect(m.title).toBe("Lyft extends free scooter rides");
  });
});

describe("published date", () => {
  it("takes JSON-LD inside @graph over meta tags and the URL", () => {
    const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "X" }, { "@type": "NewsArticle", datePublished: "2019-04-03T08:04:01Z" }] };
    const m = meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="article:published_time" content="2018-01-01T00:00:00Z">`, "", "https://example.com/2017/05/06/story");
    expect(m.published).toBe("2019-04-03T08:04:01Z");
    expect(m.publishedSource).toBe("json-ld");
  });

  it("reads article:published_time from content or value, keeping the zone", () => {
    expect(meta(`<meta property="article:published_time" content="2016-12-13T22:33:06+0000">`).published).toBe("2016-12-13T22:33:06+00:00");
    expect(meta(`<meta name="article:published_time" value="2019-04-15T13:18:34+00:00">`).published).toBe("2019-04-15T13:18:34+00:00");
  });

  it("takes <time datetime> in the article, not one in a comment", () => {
    const m = meta("", `<article><h1>Headline here</h1><time datetime="2020-02-20T10:00:00Z">Feb 20</time></article><div class="comments"><time datetime="2021-01-01">x</time></div>`);
    expect(m.published).toBe("2020-02-20T10:00:00Z");
    const c = meta("", `<h1>Headline here</h1><div class="comment-list"><time datetime="2021-01-01">x</time></div>`);
    expect(c.published).toBeNull();
  });

  it("falls back to the URL's date before visible text", () => {
    const m = meta("", `<h1>Headline</h1><p>Posted 3 hours ago</p>`, "https://example.com/news/2023/11/02/story.html");
    expect(m.published).toBe("2023-11-02");
    expect(m.publishedSource).toBe("url");
  });

  it("reads a compact /20200428/ URL segment, and no 8-digit id that is not a date", () => {
    expect(meta("", "", "https://www.example.se/20200428/story-slug").published).toBe("2020-04-28");
    expect(meta("", "", "https://www.example.com/news/12345678/").published).toBeNull();
  });

  it("reads day.month.year in European order whatever the language", () => {
    expect(meta("", `<h1>Headline of it</h1><div class="datum">07.11.2023, 14:05</div>`).published).toBe("2023-11-07T14:05:00");
  });

  it("reads a byline date in the page's language", () => {
    const de = meta(`<meta http-equiv="content-language" content="de">`, `<h1>Titel des Artikels</h1><div class="post-date">Veröffentlicht am 19. Juli 2014</div>`);
    expect(de.published).toBe("2014-07-19");
    const en = meta("", `<h1>Headline of it</h1><div class="date meta">Published Nov. 8, 2023, 10:28 p.m. ET</div>`);
    expect(en.published).toBe("2023-11-08T22:28:00-05:00");
  });

  it("prefers the byline's local rendering of the same instant over a UTC meta date", () => {
    const m = meta(`<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">`,
      `<h1>Headline of it</h1><div class="date">Published Nov. 8, 2023, 10:28 p.m. ET</div>`);
    expect(m.published?.slice(0, 10)).toBe("2023-11-08");
  });

  it("gives a zone-less byline time the offset that makes it the structured UTC instant", () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T01:49:09Z"}</script>`,
      `<h1>Headline of it</h1><div class="article-date">Published November 8, 2023 at 5:49 p.m.</div>`);
    expect(m.published).toBe("2023-11-08T17:49:00-08:00");
  });

  it("never takes an update date or a copyright year for the publish date", () => {
    const m = meta("", `<h1>Headline of it</h1><div class="date">Updated March 3, 2021</div><footer>© 2024 Example Media</footer>`);
    expect(m.published).toBeNull();
  });

  it("as a last resort takes the first date written in the page, never one in the footer", () => {
    const m = meta("", `<div class="x"><p>Berlin, 3. Februar 2022 – Die Verbandschefin sagte am Donnerstag …</p></div>`);
    expect(m.published).toBe("2022-02-03");
    expect(m.publishedSource).toBe("page-text");
    expect(meta("", `<p>Nothing dated here.</p><footer>Posted March 4, 2020 © 2024</footer>`).published).toBeNull();
  });

  it("gives no date rather than a wrong one when the page has none", () => {
    expect(meta("<title>x</title>", "<p>No dates here.</p>").published).toBeNull();
  });
});
