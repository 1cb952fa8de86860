// The reference day: the calendar day the publish date (or the pipeline's next best) names, as
// written. "2025-05-29T13:20:00+03:00" is 2025-05-29 wherever we run; shifting it through UTC
// would move late-evening stories to the next day.

import type { ReferenceDate } from "../context.js";
import { dayNumber, isoDay, isValidDay, type Day } from "./calendar.js";

export interface ResolvedReference {
  day: Day | null;
  warnings: string[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** Earliest and latest years we resolve against; outside them the page's clock is wrong. */
const PLAUSIBLE_YEARS = { from: 1900, to: 2100 } as const;

/**
 * A publish date later than a date the page or server says it existed by (its modified date, the
 * response's Last-Modified) is a clock error or a scheduled post: we resolve against it as given,
 * with a warning, since extractors have no clock of their own to compare with.
 */
export function laterThanKnown(day: Day, known: readonly { value: string | null | undefined; what: string }[]): string[] {
  const out: string[] = [];
  for (const k of known) {
    if (!k.value) continue;
    const m = ISO_DAY.exec(k.value.trim());
    const t = m ? null : Date.parse(k.value);
    const other = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
      : t !== null && !Number.isNaN(t) ? { year: new Date(t).getUTCFullYear(), month: new Date(t).getUTCMonth() + 1, day: new Date(t).getUTCDate() } : null;
    if (!other || !isValidDay(other.year, other.month, other.day)) continue;
    // More than a day: a late-evening publish time and a UTC header may name neighbouring days.
    if (dayNumber(day) - dayNumber(other) > 1) out.push(`dates: the reference date ${isoDay(day)} is later than the ${k.what} (${k.value}); relative dates may be off`);
  }
  return out;
}

export function referenceDay(reference: ReferenceDate | null): ResolvedReference {
  if (!reference) return { day: null, warnings: [] };
  const m = ISO_DAY.exec(reference.value.trim());
  if (!m) {
    return { day: null, warnings: [`dates: reference date "${reference.value}" (${reference.source}) is not a calendar day; relative dates are not resolved`] };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDay(year, month, day)) {
    return { day: null, warnings: [`dates: reference date "${reference.value}" (${reference.source}) does not exist; relative dates are not resolved`] };
  }
  if (year < PLAUSIBLE_YEARS.from || year > PLAUSIBLE_YEARS.to) {
    return { day: null, warnings: [`dates: reference date "${reference.value}" (${reference.source}) is implausible; relative dates are not resolved`] };
  }
  return { day: { year, month, day }, warnings: [] };
}
