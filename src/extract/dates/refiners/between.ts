// Hand-written: chrono merges "May 16-19" and "March to May" into ranges, but not "between March
// and May" (its range words are "to", "-", "until", "through"). Two mentions joined by the
// language's "and" after its "between" become one range, text from "between" on.

import type { Refiner } from "chrono-node";
import { phrasePattern } from "../words.js";
import type { NewsContext } from "../news-context.js";

export function betweenRefiner(news: NewsContext): Refiner {
  const pairs = news.vocab.rangeWords.map((p) => ({
    join: new RegExp(`^\\s+${phrasePattern(p.join)}\\s+$`, "iu"),
    open: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${phrasePattern(p.open)})\\s+$`, "iu"),
  }));
  return {
    refine(context, results) {
      if (pairs.length === 0) return results;
      const out = [];
      for (let i = 0; i < results.length; i++) {
        const a = results[i]!;
        const b = results[i + 1];
        const merged = b && !a.end && !b.end ? pairs.map((p) => tryMerge(context.text, a, b, p)).find((x) => x) : null;
        if (merged && b) {
          const result = a.clone();
          result.index = merged.index;
          result.text = context.text.slice(merged.index, b.index + b.text.length);
          result.end = b.start;
          out.push(result);
          i++;
        } else out.push(a);
      }
      return out;
    },
  };
}

function tryMerge(text: string, a: { index: number; text: string }, b: { index: number }, pair: { open: RegExp; join: RegExp }): { index: number } | null {
  if (!pair.join.test(text.slice(a.index + a.text.length, b.index))) return null;
  const open = pair.open.exec(text.slice(Math.max(0, a.index - 30), a.index));
  if (!open) return null;
  return { index: a.index - (open[0].length - (open[0].startsWith(open[1]!) ? 0 : 1)) };
}
