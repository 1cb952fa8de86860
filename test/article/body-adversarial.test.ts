import { describe, expect, it } from "vitest";
import { bodyOf, prose } from "./helpers.js";

// Hang detectors for the rules that compare containers (same-class chunks, story streams,
// soft boilerplate): generated pages, generous timeouts, no timing asserted.
describe("body rules on hostile pages", () => {
  it("reads 3,000 nested containers of one class, each with a paragraph", () => {
    const depth = 3000;
    const html = `<body>${`<div class="post__section"><p>${prose(1, "The level")}</p>`.repeat(depth)}${"</div>".repeat(depth)}</body>`;
    const body = bodyOf(html);
    expect(body.blocks.length).toBeGreaterThan(0);
  }, 60_000);

  it("reads a list of 5,000 story cards and a paywall wrapper nested 3,000 deep", () => {
    const cards = Array.from({ length: 5000 }, (_, i) => `<li><h3><a href="/s${i}">Story ${i} of the day</a></h3><p>Summary ${i}, with commas, clauses, and more.</p></li>`).join("");
    const deep = `${'<div class="paywall">'.repeat(3000)}<p>${prose(2)}</p>${"</div>".repeat(3000)}`;
    const html = `<body><article><p>${prose(8, "The article")}</p><ul>${cards}</ul>${deep}</article></body>`;
    const body = bodyOf(html);
    expect(body.blocks.some((b) => b.text.includes("The article said"))).toBe(true);
  }, 60_000);
});
