// Calendar spans for the period phrases of news copy ("last week", "earlier this month", "over
// the weekend"). Weeks run Monday to Sunday (ISO 8601); "earlier this week" runs from Monday to
// the reference day itself, "later this week" from the reference day to Sunday.

import { addDays, addMonths, daysInMonth, mondayOf, weekday, type Day } from "./calendar.js";
import type { Tense } from "./tense.js";
import type { PeriodPhrase } from "./vocabulary.js";

export interface PeriodSpan {
  start: Day;
  end: Day;
  granularity: "day" | "week" | "month" | "year";
  /** The precision the value is written at: whole months and years as "2025-04", "2024". */
  format: "day" | "month" | "year";
}

export function periodSpan(p: PeriodPhrase, ref: Day, tense: Tense | null): PeriodSpan {
  if (p.unit === "weekend") return weekendSpan(p, ref, tense);
  if (p.rolling) {
    const start = p.unit === "week" ? addDays(ref, -7)
      : p.unit === "month" ? clampDay(addMonths(ref.year, ref.month, -1), ref.day)
      : clampDay({ year: ref.year - 1, month: ref.month }, ref.day);
    return { start, end: ref, granularity: p.unit, format: "day" };
  }
  let start: Day;
  let end: Day;
  if (p.unit === "week") {
    start = addDays(mondayOf(ref), 7 * p.offset);
    end = addDays(start, 6);
  } else if (p.unit === "month") {
    const m = addMonths(ref.year, ref.month, p.offset);
    start = { ...m, day: 1 };
    end = { ...m, day: daysInMonth(m.year, m.month) };
  } else {
    start = { year: ref.year + p.offset, month: 1, day: 1 };
    end = { year: ref.year + p.offset, month: 12, day: 31 };
  }
  if (p.part === "until-reference") return { start, end: ref, granularity: p.unit, format: "day" };
  if (p.part === "from-reference") return { start: ref, end, granularity: p.unit, format: "day" };
  return { start, end, granularity: p.unit, format: p.unit === "week" ? "day" : p.unit };
}

/** Saturday and Sunday. "the weekend" is the last one in a past sentence, else the next one. */
function weekendSpan(p: PeriodPhrase, ref: Day, tense: Tense | null): PeriodSpan {
  const wd = weekday(ref);
  let offset: number = p.offset;
  if (p.byTense && tense === "future") offset = wd === 0 ? 1 : 0;
  else if (p.byTense) offset = wd === 0 || wd === 6 ? 0 : -1;
  const saturday = addDays(mondayOf(ref), 5 + 7 * offset);
  return { start: saturday, end: addDays(saturday, 1), granularity: "day", format: "day" };
}

function clampDay(m: { year: number; month: number }, day: number): Day {
  return { ...m, day: Math.min(day, daysInMonth(m.year, m.month)) };
}
