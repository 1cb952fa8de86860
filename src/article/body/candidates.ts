// Which element holds the article: a cascade of selectors, then a text-density score over the
// page. Each step runs only when the one before it found nothing usable.

import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { BODY_SELECTORS } from "./body.data.js";
import { isBoilerplate } from "./boilerplate.js";

/** Minimum text in a container for a selector match to count. */
const MIN_SELECTOR_TEXT = 200;

export function findBodyRoot($: CheerioAPI): { root: Element | null; method: string } {
  for (const sel of BODY_SELECTORS) {
    const matches = $(sel).toArray() as Element[];
    const usable = matches.filter((el) => !isBoilerplate(el) && paragraphText($, el) >= MIN_SELECTOR_TEXT);
    if (usable.length) {
      usable.sort((a, b) => paragraphText($, b) - paragraphText($, a));
      return { root: usable[0]!, method: `selector ${sel}` };
    }
  }
  const scored = scoreByParagraphs($);
  if (scored) return { root: scored, method: "paragraph density" };
  const body = $("body").get(0) as Element | undefined;
  return { root: body ?? null, method: "body" };
}

function paragraphText($: CheerioAPI, el: Element): number {
  let n = 0;
  $(el).find("p").each((_, p) => {
    n += $(p).text().trim().length;
  });
  return n;
}

/** Readability's core idea: parents of substantial paragraphs collect their text length. */
function scoreByParagraphs($: CheerioAPI): Element | null {
  const score = new Map<Element, number>();
  $("p, pre").each((_, p) => {
    const len = $(p).text().trim().length;
    if (len < 25) return;
    const parent = p.parent as Element | null;
    if (!parent || parent.type !== "tag") return;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const grand = parent.parent as Element | null;
    if (grand && grand.type === "tag") score.set(grand, (score.get(grand) ?? 0) + len / 2);
  });
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) { best = el; bestScore = s; }
  return best;
}
