// Hand-written: chrono leaves out the words that sharpen a day or month without moving it ("late
// Wednesday", "mid-May", "Mitte Mai", "fin mai"); the mention's text should hold them, its value
// stays the day or month.

import type { Refiner } from "chrono-node";
import { alternation } from "../words.js";
import type { NewsContext } from "../news-context.js";

export function edgeWordsRefiner(news: NewsContext): Refiner {
  const words = news.vocab.edgeWords;
  // Anchored at the end of the text before the mention: one edge word, then a space or hyphen.
  const pattern = words.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(words.map((w) => w.replace(/-$/, "")))})(?:\\s+|-)$`, "iu") : null;
  return {
    refine(context, results) {
      if (!pattern) return results;
      for (const r of results) {
        const before = context.text.slice(Math.max(0, r.index - 20), r.index);
        const m = pattern.exec(before);
        if (!m) continue;
        // Group 1 is preceded by at most the one boundary character.
        const grow = before.length - (m.index + (m[0].startsWith(m[1]!) ? 0 : 1));
        r.text = context.text.slice(r.index - grow, r.index) + r.text;
        r.index -= grow;
      }
      return results;
    },
  };
}
