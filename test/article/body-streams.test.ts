import { describe, expect, it } from "vitest";
import { bodyOf, prose } from "./helpers.js";

const page = (inner: string) => `<!doctype html><html><head><title>t</title></head><body>${inner}</body></html>`;
const textOf = (html: string) => bodyOf(html).blocks.map((b) => b.text).join("\n");

describe("galleries and story streams inside the article", () => {
  it("drops a slideshow whose slides carry captions of their own", () => {
    const slides = Array.from({ length: 12 }, (_, i) => `<li><h2>${i + 1}/12 Slide ${i}</h2><img src="${i}.jpg"><p>Caption ${i}, in which the photographer, standing by the river, caught the mayor, the crowd and the rain.</p></li>`).join("");
    const html = page(`<article><p>${prose(4, "The hotel")}</p><div class="full-gallery"><ul class="legends">${slides}</ul></div><p>${prose(4, "The inspector")}</p></article>`);
    const text = textOf(html);
    expect(text).toContain("The hotel said");
    expect(text).toContain("The inspector said");
    expect(text).not.toContain("Caption 3");
  });

  it("drops a stream of story cards (linked headline, summary) at the end of the article", () => {
    const cards = Array.from({ length: 5 }, (_, i) => `<li><h3><a href="/s${i}">Another story number ${i}</a></h3><p>A summary of story ${i}, which, like the others, has commas, clauses and a source.</p></li>`).join("");
    const html = page(`<div class="story"><p>${prose(5, "The veteran")}</p><p>${prose(5, "The photo")}</p><div class="recs"><h2>For you</h2><ul>${cards}</ul></div></div>`);
    const text = textOf(html);
    expect(text).toContain("The veteran said");
    expect(text).not.toContain("A summary of story 2");
  });

  it("keeps the stream when it is all the page has (a front page)", () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li><h3><a href="/s${i}">Headline number ${i} of the day</a></h3><p>A summary of story ${i}, which, like the others, has commas, clauses and a source, and runs on a little longer.</p></li>`).join("");
    const html = page(`<section class="highlights"><h2>Highlights</h2><ol>${cards}</ol></section>`);
    expect(textOf(html)).toContain("A summary of story 2");
  });
});
