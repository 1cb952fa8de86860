// A month, or a month and day, without a year takes the year that puts it nearest the reference
// day in the direction the sentence's tense gives ("in December" in a January story about the
// past is last December; "talks will resume on January 5" in a December story is next January).
// Without a tense marker: the nearest either way, ties to the past.

import type { ParsingComponents, Refiner } from "chrono-node";
import { dayNumber, daysInMonth, type Day } from "../calendar.js";
import { tenseAt, type Tense } from "../tense.js";
import { TAG, type NewsContext } from "../news-context.js";

export function yearRefiner(news: NewsContext): Refiner {
  return {
    refine(context, results) {
      const ref = news.reference;
      if (!ref) return results;
      for (const r of results) {
        if (!needsYear(r.start)) continue;
        const tense = tenseAt(context.text, r.index, r.index + r.text.length, news.vocab);
        const year = chooseYear(ref, r.start.get("month")!, r.start.isCertain("day") ? r.start.get("day")! : null, tense);
        r.start.imply("year", year);
        r.addTag(TAG.relative);
        if (r.end && needsYear(r.end)) {
          // "December 28 to January 3": the end follows the start.
          const sameYear = r.end.get("month")! > r.start.get("month")!
            || (r.end.get("month") === r.start.get("month") && (r.end.get("day") ?? 0) >= (r.start.get("day") ?? 0));
          r.end.imply("year", sameYear ? year : year + 1);
        }
      }
      return results;
    },
  };
}

export function chooseYear(ref: Day, month: number, day: number | null, tense: Tense | null): number {
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  // Distance in days from the reference to the mention (a month counts from its first to last day).
  const distance = (year: number): number => {
    const from = dayNumber({ year, month, day: day ?? 1 });
    const to = dayNumber({ year, month, day: day ?? daysInMonth(year, month) });
    const r = dayNumber(ref);
    return r < from ? from - r : r > to ? to - r : 0;
  };
  if (tense === "past") return candidates.filter((y) => distance(y) <= 0).at(-1)!;
  if (tense === "future") return candidates.find((y) => distance(y) >= 0)!;
  return candidates.reduce((best, y) => (Math.abs(distance(y)) < Math.abs(distance(best)) ? y : best));
}

function needsYear(c: ParsingComponents): boolean {
  return c.isCertain("month") && !c.isCertain("year");
}
