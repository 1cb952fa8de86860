// Publish dates from structured sources: JSON-LD as CMSs really write it, and the page's own
// time zone kept when two sources give one instant. Pages written for the tests.
import { describe, expect, it } from "vitest";
import { meta } from "./helpers.js";

describe("published date: structured sources", () => {
  it("reads JSON-LD wrapped in a CDATA section", () => {
    const ld = `<script type="application/ld+json">
        <![CDATA[
        {"@context":{"@vocab":"http://schema.org"},"@type":"NewsArticle","headline":"Court rules","datePublished":"2024-12-06T22:00:40.000Z"}
        ]]>
      </script>`;
    const m = meta(`${ld}<meta property="article:published_time" content="2024-12-07T12:43:39.889Z">`);
    expect(m.published).toBe("2024-12-06T22:00:40Z");
    expect(m.publishedSource).toBe("json-ld");
  });

  it("keeps the page's offset when the meta tag gives the JSON-LD's UTC instant in local time", () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2017-02-24T01:18:13Z"}</script>
      <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`);
    expect(m.published).toBe("2017-02-23T17:18:13-08:00");
  });

  it("keeps the UTC value when the local meta tag is another instant (an update)", () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-02-24T01:18:13Z"}</script>
      <meta property="article:published_time" content="2017-02-25T09:00:00-08:00">`);
    expect(m.published).toBe("2017-02-24T01:18:13Z");
  });
});

describe("published date: when sources disagree", () => {
  it("takes the date a <time> says was the publication over its datetime attribute", () => {
    const m = meta("<title>Les grenades</title>", `<article><h1>Les grenades</h1><div class="time"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></div><p>Texte.</p></article>`);
    expect(m.published).toBe("2019-06-29");
    const same = meta("<title>Lovato</title>", `<h1>Lovato</h1><span><time datetime="2016-10-03T16:35:39.000Z">Posted on 3 Oct 2016</time></span>`);
    expect(same.published).toBe("2016-10-03T16:35:39Z");
  });

  it("settles an all-number meta date by the page's own rendering of it", () => {
    const head = `<meta http-equiv="content-language" content="de"><meta name="date" content="11/01/2023 12:43:42"><title>Trinkwasser belastet</title>`;
    const m = meta(head, `<h1>Trinkwasser belastet</h1><p>Das Wasser muss abgekocht werden.</p><p>Erstellt am: 01.11.2023</p>`);
    expect(m.published).toBe("2023-11-01T12:43:42");
    // Without a visible date the meta reading stands.
    expect(meta(head, `<h1>Trinkwasser belastet</h1><p>Das Wasser muss abgekocht werden.</p>`).published).toBe("2023-01-11T12:43:42");
  });
});

describe("published date: upper bound", () => {
  it("never takes a date from the text that is later than the page's last-modified date", () => {
    const head = `<meta property="article:modified_time" content="2019-06-30T08:00:00+02:00"><title>Violences policières</title>`;
    const masthead = `<div class="topbar"><span class="today-date">lun. 5 août 2019</span></div>`;
    const m = meta(head, `${masthead}<h1>Violences policières</h1><p>Publié le 27 juin 2019</p><p>Texte.</p>`);
    expect(m.published).toBe("2019-06-27");
    // With nothing else dated, the masthead's later date is refused rather than guessed.
    expect(meta(head, `${masthead}<h1>Violences policières</h1><p>Texte.</p>`).published).toBeNull();
  });
});

describe("published date: the site's country", () => {
  it("reads a numeric byline in the order of the site's country when the page only says 'en'", () => {
    const head = `<meta http-equiv="content-language" content="en"><title>Netanyahu rejects ceasefire call</title>`;
    const body = `<h1>Netanyahu rejects ceasefire call</h1><div class="byline-date">02/11/2023 14:00 GMT</div><p>Text.</p>`;
    expect(meta(head, body, "https://www.example.co.uk/entry/netanyahu-ceasefire").published?.slice(0, 10)).toBe("2023-11-02");
    expect(meta(head, body, "https://www.example.com/entry/netanyahu-ceasefire").published?.slice(0, 10)).toBe("2023-02-11");
    // .io is a generic domain, not the British Indian Ocean Territory's newsroom.
    expect(meta(head, body, "https://news.example.io/entry/netanyahu-ceasefire").published?.slice(0, 10)).toBe("2023-02-11");
  });
});

describe("modified date from the byline", () => {
  it("reads the byline's update date as the modified date, never as the publish date", () => {
    const body = `<h1>Jennifer Aniston's coat tag</h1><div class="attribution"><span class="author-name">Emily Kirkpatrick</span><div class="attribution__item-date">Updated on December 12, 2016 09:22 AM</div></div><p>Text.</p>`;
    const m = meta("<title>Jennifer Aniston's coat tag</title>", body);
    expect(m.published).toBeNull();
    expect(m.modified).toBe("2016-12-12T09:22:00");
    // A page that also says when it was published gives both.
    const both = meta("<title>Jennifer Aniston's coat tag</title>", body.replace("Updated on", "Published December 10, 2016 · Updated on"));
    expect(both.published).toBe("2016-12-10");
    expect(both.modified).toBe("2016-12-12T09:22:00");
    // Metadata's dateModified comes first; an update line in the footer is nobody's.
    expect(meta(`<meta property="article:modified_time" content="2016-12-13T10:00:00Z">`, body).modified).toBe("2016-12-13T10:00:00Z");
    expect(meta("<title>x</title>", `<h1>Headline of it</h1><p>Text.</p><footer><div class="date">Updated March 3, 2021</div></footer>`).modified).toBeNull();
  });
});
