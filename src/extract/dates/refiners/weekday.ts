// News convention for a weekday alone (AP style: the day's name for the past week): the most
// recent such day on or before the reference day, unless the text marks the future ("next
// Tuesday", "will meet on Monday"), then the first on or after it. "last Tuesday" is strictly
// before, "next Tuesday" strictly after. chrono's own choice (closest either way, or forward) is
// replaced, as the issue asks.

import type { ParsingComponents, Refiner } from "chrono-node";
import { addDays, weekday, type Day } from "../calendar.js";
import { tenseAt } from "../tense.js";
import { wordsAfter, wordsBefore } from "../words.js";
import { TAG, type NewsContext } from "../news-context.js";

export function weekdayRefiner(news: NewsContext): Refiner {
  return {
    refine(context, results) {
      const ref = news.reference;
      if (!ref) return results;
      for (const r of results) {
        if (!isWeekdayOnly(r.start)) continue;
        const words = [...wordsBefore(r.text, r.text.length, 8), ...wordsAfter(context.text, r.index + r.text.length, 1)];
        const direction = words.some((w) => news.vocab.weekdayNext.includes(w)) ? "next"
          : words.some((w) => news.vocab.weekdayLast.includes(w)) ? "last"
          : tenseAt(context.text, r.index, r.index + r.text.length, news.vocab) === "future" ? "onOrAfter" : "onOrBefore";
        const day = resolveWeekday(ref, r.start.get("weekday")!, direction);
        imply(r.start, day);
        r.addTag(TAG.relative);
        if (r.end && isWeekdayOnly(r.end)) {
          // "Monday to Wednesday": the end is the first such day on or after the start.
          imply(r.end, addDays(day, (r.end.get("weekday")! - weekday(day) + 7) % 7));
        }
      }
      return results;
    },
  };
}

export type WeekdayDirection = "onOrBefore" | "onOrAfter" | "last" | "next";

export function resolveWeekday(ref: Day, target: number, direction: WeekdayDirection): Day {
  const back = (weekday(ref) - target + 7) % 7;
  const ahead = (target - weekday(ref) + 7) % 7;
  switch (direction) {
    case "onOrBefore": return addDays(ref, -back);
    case "onOrAfter": return addDays(ref, ahead);
    case "last": return addDays(ref, -(back || 7));
    case "next": return addDays(ref, ahead || 7);
  }
}

function isWeekdayOnly(c: ParsingComponents): boolean {
  return c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month") && !c.isCertain("year");
}

function imply(c: ParsingComponents, d: Day): void {
  c.imply("year", d.year).imply("month", d.month).imply("day", d.day);
}
