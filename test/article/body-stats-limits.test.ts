// The body's one-pass statistics stop at MAX_STATS_ELEMENTS elements or MAX_STATS_TEXT characters
// (a page of 50,000 list items, megabytes of paragraphs): the elements after that point get no
// figures, and the elements the walk was inside hold the figures of what was read.

import { describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { parseDocument } from "../../src/document/document.js";
import { collectStats, MAX_STATS_ELEMENTS, MAX_STATS_TEXT } from "../../src/article/body/stats.js";
import { ENORMOUS_BODY_TEXT } from "../../src/article/body/index.js";
import { bodyOf, prose } from "./helpers.js";

function statsOf(html: string) {
  const doc = parseDocument(html);
  const body = doc.$("body").get(0) as Element;
  return { doc, body, ...collectStats(body) };
}

describe("body statistics limits", () => {
  it("gives figures to the first MAX_STATS_ELEMENTS elements only, and sums what it read", () => {
    const items = Array.from({ length: MAX_STATS_ELEMENTS }, (_, i) => `<p>Item ${i}, <b>bold</b></p>`).join("");
    const { doc, body, byElement, cut, open } = statsOf(`<html><body><div class="list">${items}</div></body></html>`);
    expect(cut).toBe(true);
    expect(byElement.size).toBe(MAX_STATS_ELEMENTS);
    // Stopped inside the list: it and the body hold partial figures; the <p> before the stop was closed.
    expect([...open].map((el) => el.name).sort()).toEqual(["body", "div"]);
    const ps = doc.$("p").toArray() as Element[];
    const counted = ps.filter((p) => byElement.has(p));
    // body, the list, then <p><b> pairs: the walk stops in the middle of the list.
    expect(counted.length).toBe((MAX_STATS_ELEMENTS - 2) / 2);
    expect(byElement.has(ps[ps.length - 1]!)).toBe(false);
    const list = byElement.get(doc.$("div.list").get(0) as Element)!;
    expect(list.text).toBe(counted.reduce((n, p) => n + byElement.get(p)!.text, 0));
    expect(list.commas).toBe(counted.length);
    expect(list.p).toBe(counted.length);
    expect(byElement.get(body)!.text).toBe(list.text);
  });

  it("stops counting text past MAX_STATS_TEXT characters", () => {
    const para = `<p>${prose(3)}</p>`;
    const n = Math.ceil((2 * MAX_STATS_TEXT) / prose(3).length);
    const { body, byElement, cut } = statsOf(`<html><body><article>${para.repeat(n)}</article></body></html>`);
    expect(cut).toBe(true);
    const text = byElement.get(body)!.text;
    // Up to the paragraph that crosses the limit, and not one more; body and <article> besides.
    const read = Math.ceil(MAX_STATS_TEXT / prose(3).length);
    expect(text).toBe(read * prose(3).length);
    expect(byElement.size).toBe(read + 2);
  });

  it("walks a page under the limits whole", () => {
    const { byElement, cut } = statsOf(`<html><body><article>${`<p>${prose(2)}</p>`.repeat(200)}</article></body></html>`);
    expect(cut).toBe(false);
    expect(byElement.size).toBe(202);
  });

  it("reads a long article whole when what is past the limits comes after it (thousands of comments)", () => {
    const paragraphs = Math.ceil((1.5 * ENORMOUS_BODY_TEXT) / prose(4).length);
    const article = `<article><h1>Budget</h1>${`<p>${prose(4)}</p>`.repeat(paragraphs)}</article>`;
    const comments = Array.from({ length: MAX_STATS_ELEMENTS }, (_, i) => `<div class="c"><span>Reader ${i}</span> agrees</div>`).join("");
    const body = bodyOf(`<html><body>${article}<section>${comments}</section></body></html>`);
    expect(body.blocks.length).toBe(paragraphs + 1);
    expect(body.warnings.some((w) => w.includes(`more than ${MAX_STATS_ELEMENTS} elements`))).toBe(true);
    expect(body.warnings.some((w) => w.includes("longer than"))).toBe(false);
  });

  it("reads an article the statistics stopped inside as an enormous body", () => {
    const paragraphs = Math.ceil((2 * MAX_STATS_TEXT) / prose(4).length);
    const body = bodyOf(`<html><body><article><h1>Budget</h1>${`<p>${prose(4)}</p>`.repeat(paragraphs)}</article></body></html>`);
    const chars = body.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(chars).toBeGreaterThanOrEqual(ENORMOUS_BODY_TEXT);
    expect(chars).toBeLessThan(ENORMOUS_BODY_TEXT + prose(4).length);
    expect(body.warnings.some((w) => w.includes(`first ${ENORMOUS_BODY_TEXT} characters`))).toBe(true);
  });

  it("still finds the article at the top of a page too big to walk whole", () => {
    const article = `<article><h1>Budget</h1>${`<p>${prose(4)}</p>`.repeat(20)}</article>`;
    const comments = Array.from({ length: MAX_STATS_ELEMENTS }, (_, i) => `<div class="c"><span>Reader ${i}</span> agrees</div>`).join("");
    const body = bodyOf(`<html><body>${article}<section>${comments}</section></body></html>`);
    expect(body.blocks[0]!.text).toBe("Budget");
    expect(body.blocks.length).toBe(21);
    expect(body.warnings.some((w) => w.includes(`more than ${MAX_STATS_ELEMENTS} elements`))).toBe(true);
  });
});
