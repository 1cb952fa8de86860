// Publish dates judged by where they sit relative to the headline: the article's own frame
// (footers of the post, asides inside <article>, layout wrappers named "sidebar") versus the
// comments, related stories and page footers around it. Pages written for the tests.
import { describe, expect, it } from "vitest";
import { meta, prose } from "./helpers.js";

describe("published date: the article's own frame", () => {
  it("reads the posted-on date in the post's own footer (WordPress entry-footer, Blogger post-footer)", () => {
    const m = meta("<title>Why we moved the archive</title>",
      `<div class="post hentry"><h2 class="entry-title">Why we moved the archive</h2><div class="entry-content"><p>Text of the post.</p></div>
       <div class="post-footer"><span class="posted-on">Posted 12 March 2019</span></div></div>
       <footer class="site-footer"><p>Posted 1 January 2024</p></footer>`);
    expect(m.published).toBe("2019-03-12");
  });

  it("reads an <aside class=meta> inside the <article>, but not a comment's date inside it", () => {
    const m = meta("<title>Council votes on the budget</title>",
      `<article><header><h1>Council votes on the budget</h1></header><aside class="meta"><time datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside>
       <p>Body.</p><div class="comment"><time datetime="2023-10-19T08:00:00+02:00">19. Okt 2023</time></div></article>`);
    expect(m.published).toBe("2023-10-18T11:45:00+02:00");
  });

  it("ignores a layout wrapper's 'sidebar' or 'teaser' class when it holds the headline", () => {
    const m = meta("<title>A day at the lake</title>",
      `<div class="mainwrap single sidebar"><div class="blogpost"><h2 class="title">A day at the lake</h2><div class="post-meta"><a class="post-meta-time">21.06.2017</a></div><p>Text.</p></div>
       <div class="widget"><div class="widget-date">02.02.2018</div></div></div>`);
    expect(m.published).toBe("2017-06-21");
    const t = meta("<title>Forbes and the weekly</title>",
      `<div class="teaser-body"><div class="article_detail"><h2>Forbes and the weekly</h2><p>Text.</p><div class="social-share"><h5>23.01.2019</h5></div></div></div>`);
    expect(t.published).toBe("2019-01-23");
  });

  it("still refuses dates in the page's footer, sidebar and related boxes outside the article", () => {
    const m = meta("<title>Storm closes the port</title>",
      `<div class="page"><h1>Storm closes the port</h1><p>${prose(6)}</p>
       <div class="sidebar"><span class="date">March 3, 2022</span></div>
       <div class="related"><article><span class="date">April 4, 2022</span></article></div>
       <footer><span class="date">May 5, 2022</span></footer></div>`);
    expect(m.published).toBeNull();
  });

  it("takes the headline from the heading that is the page's title, not a logo <h1> in the header", () => {
    const m = meta(`<meta property="og:title" content="Storm closes the port">`,
      `<header><h1 class="logo">Harbour News</h1></header>
       <div class="layout sidebar"><article><h2>Storm closes the port</h2><div class="entry-footer"><span class="date">March 3, 2022</span></div></article></div>`);
    expect(m.published).toBe("2022-03-03");
  });
});

describe("published date: text around the headline", () => {
  it("reads the byline's day.month.yy right after the headline, inside a long article wrapper", () => {
    const m = meta("<title>Der neue Trend: Muss- statt Wunschkoalition | CARTA</title>",
      `<header><h1></h1></header><div class="top"><h2>Der neue Trend: Muss- statt Wunschkoalition</h2></div>
       <div class="article-wrapper"><p class="morespace">von <a rel="author">Klaus-Peter Schöppner</a>, 8.5.12</p><div class="the-content"><p>${prose(8)}</p></div></div>`);
    expect(m.published).toBe("2012-05-08");
  });

  it("reads a date written just above the headline", () => {
    const m = meta("<title>What's on the cards for von der Leyen</title>",
      `<div class="content-header"><div class="flag">In the media</div><span>02.12.19</span><h1>What's on the cards for von der Leyen</h1></div><p>${prose(8)}</p>`);
    expect(m.published).toBe("2019-12-02");
  });

  it("does not read a version number in the body as a date", () => {
    const m = meta("<title>Release notes</title>", `<h1>Release notes</h1><p>${prose(3)}</p><p>Version 1.2.3.4 and build 2.10.19.7 are out.</p>`);
    expect(m.published).toBeNull();
  });
});

describe("published date: hostile nesting", () => {
  it("judges thousands of dates nested thousands deep inside a comment region without hanging", () => {
    const n = 3000;
    const body = `<h1>Headline words here</h1><div class="comments">${`<div class="x"><time datetime="2020-01-01">Published 1 Jan 2020</time>`.repeat(n)}${"</div>".repeat(n)}</div>`;
    // Every date is a comment's: none is the article's.
    expect(meta("<title>Headline words here</title>", body).published).toBeNull();
  }, 60_000);
});

describe("published date: dates about the subject or the sources", () => {
  it("skips an infobox's dates and a reference list's access dates", () => {
    const m = meta("<title>Mozilla - Wikipedia</title>",
      `<h1>Mozilla</h1><table class="infobox vcard"><tr><th>Founded</th><td><span class="bday dtstart published updated">1998-02-28</span></td></tr></table>
       <p>${prose(3)}</p><ol class="references"><li id="cite_note-3"><span class="reference-text">"Freeing the Source". <span class="reference-accessdate">Retrieved <span class="nowrap">2016-05-01</span></span></span></li></ol>`);
    expect(m.published).toBeNull();
  });
});
