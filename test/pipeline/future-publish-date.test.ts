// A publish date later than the moment the page was read cannot be the publish date (a mistyped
// year in the metadata, or an event's date taken for it): it is refused with a warning, and the
// page's other dates are resolved as for a page without one.

import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract.js";

function page(published: string): string {
  return `<!doctype html><html lang="en"><head><title>Council approves bus lane</title>`
    + `<meta property="article:published_time" content="${published}"></head><body><article>`
    + `<h1>Council approves bus lane</h1>`
    + `<p>The city council approved the new bus lane on Tuesday, the transport committee said in a statement.</p>`
    + `<p>“This will cut ten minutes from every trip,” councillor Maria Jensen told reporters.</p>`
    + `</article></body></html>`;
}

describe("publish date later than the page was read", () => {
  it("refuses a date years after the reading time and says so", () => {
    const r = extractHtml(page("2062-03-04T09:00:00Z"), "https://example.com/news/bus-lane", { now: "2026-03-05T12:00:00Z" });
    expect(r.article.published).toBeNull();
    expect(r.warnings).toContain("publish date 2062-03-04T09:00:00Z is later than the page was read (2026-03-05T12:00:00Z); left out");
    expect(r.warnings.some((w) => w.startsWith("no publish date found"))).toBe(true);
    expect(r.quotes.map((q) => q.speaker)).toContain("Maria Jensen");
  });

  it("keeps a date in the page's evening that is already tomorrow in UTC terms of the reader", () => {
    const r = extractHtml(page("2026-03-06T08:30:00+13:00"), "https://example.com/news/bus-lane", { now: "2026-03-05T12:00:00Z" });
    expect(r.article.published).toBe("2026-03-06T08:30:00+13:00");
    expect(r.warnings.some((w) => w.includes("later than the page was read"))).toBe(false);
  });

  it("judges a fetched page by its fetch time", () => {
    const r = extractHtml(page("2026-04-01T09:00:00Z"), "https://example.com/news/bus-lane", { source: { fetched_at: "2026-03-05T12:00:00Z" } });
    expect(r.article.published).toBeNull();
    const later = extractHtml(page("2026-04-01T09:00:00Z"), "https://example.com/news/bus-lane", { source: { fetched_at: "2026-04-02T07:00:00Z" } });
    expect(later.article.published).toBe("2026-04-01T09:00:00Z");
  });

  it("reads the clock when neither is given: an old page keeps its date", () => {
    const r = extractHtml(page("2025-05-29T10:00:00Z"), "https://example.com/news/bus-lane");
    expect(r.article.published).toBe("2025-05-29T10:00:00Z");
  });
});
