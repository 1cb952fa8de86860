// A body of thousands of paragraphs is read up to MAX_BODY_BLOCKS paragraphs, and an enormous one
// (over MAX_BODY_TEXT characters, or a page past the body statistics' limits) only its first
// ENORMOUS_BODY_TEXT characters or ENORMOUS_BODY_BLOCKS paragraphs, with a warning: one page must
// not hold a batch up for seconds. A long but real article is read whole.

import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract.js";
import { ENORMOUS_BODY_BLOCKS, ENORMOUS_BODY_TEXT, MAX_BODY_BLOCKS, MAX_BODY_TEXT } from "../../src/article/body/index.js";
import { MAX_STATS_ELEMENTS } from "../../src/article/body/stats.js";

const PARAGRAPH = "“We are ready to continue the talks,” Kremlin spokesman Dmitry Peskov told reporters on Thursday, "
  + "adding that Moscow had sent its memorandum. Ukraine said it would decide by next week whether to attend.";

function page(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><title>Talks</title>`
    + `<meta property="article:published_time" content="2025-05-29T10:00:00Z"></head>`
    + `<body><main><article><h1>Talks</h1>${body}</article></main></body></html>`;
}

describe("body size limit", () => {
  it("reads only the opening of a body far over the limit, and says so", () => {
    const paragraphs = Math.ceil((3 * MAX_BODY_TEXT) / PARAGRAPH.length);
    const r = extractHtml(page(paragraphs), "https://example.com/2025/05/29/talks", { includeText: true });
    const read = r.article.paragraphs;
    expect(read).toBeGreaterThan(100);
    expect(read).toBeLessThan(paragraphs / 2);
    // The opening: up to ENORMOUS_BODY_TEXT characters, the paragraph that crosses it included.
    const chars = r.article.text!.split("\n\n").reduce((n, p) => n + p.length, 0);
    expect(chars).toBeGreaterThanOrEqual(ENORMOUS_BODY_TEXT);
    expect(chars).toBeLessThan(ENORMOUS_BODY_TEXT + PARAGRAPH.length + 10);
    expect(r.warnings.some((w) => w.includes(`longer than ${MAX_BODY_TEXT} characters`) && w.includes(`first ${ENORMOUS_BODY_TEXT} characters`) && w.includes(`paragraph ${read} only`))).toBe(true);
    // Claims come from the paragraphs read, and only from them.
    expect(r.quotes.length).toBeGreaterThanOrEqual(read);
    expect(Math.max(...r.quotes.map((q) => q.paragraph))).toBe(read - 1);
  });

  it("reads a page of thousands of one-line paragraphs only up to the paragraph limit", () => {
    const items = Array.from({ length: 2 * MAX_BODY_BLOCKS }, (_, i) => `<p>Item ${i} <a href="/n/${i}">link ${i}</a></p>`).join("");
    const html = `<!doctype html><html lang="en"><head><title>List</title></head><body><article><h1>List</h1>${items}</article></body></html>`;
    const r = extractHtml(html, "https://example.com/list");
    expect(r.article.paragraphs).toBe(MAX_BODY_BLOCKS);
    expect(r.warnings.some((w) => w.includes(`${MAX_BODY_BLOCKS} paragraphs`) && w.includes(`paragraph ${MAX_BODY_BLOCKS} only`))).toBe(true);
  });

  it("reads a page of more elements than the statistics take as an enormous body, and says so", () => {
    const items = Array.from({ length: MAX_STATS_ELEMENTS }, (_, i) => `<p>Item ${i} <a href="/n/${i}">link ${i}</a></p>`).join("");
    const html = `<!doctype html><html lang="en"><head><title>List</title></head><body><article><h1>List</h1>${items}</article></body></html>`;
    const r = extractHtml(html, "https://example.com/list");
    expect(r.article.paragraphs).toBe(ENORMOUS_BODY_BLOCKS);
    expect(r.warnings.some((w) => w.includes(`more than ${MAX_STATS_ELEMENTS} elements`))).toBe(true);
    expect(r.warnings.some((w) => w.includes(`${ENORMOUS_BODY_BLOCKS} paragraphs`) && w.includes(`paragraph ${ENORMOUS_BODY_BLOCKS} only`))).toBe(true);
  });

  it("reads a long article under the limit whole, without the warning", () => {
    const paragraphs = Math.floor((0.5 * MAX_BODY_TEXT) / (PARAGRAPH.length + 6));
    const r = extractHtml(page(paragraphs), "https://example.com/2025/05/29/talks");
    expect(r.article.paragraphs).toBe(paragraphs + 1); // and the headline
    expect(r.warnings.some((w) => w.includes("longer than") || w.includes("more than"))).toBe(false);
  });
});
