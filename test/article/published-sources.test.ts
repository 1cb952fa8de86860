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
