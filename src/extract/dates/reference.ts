// The reference day: the calendar day the publish date (or the pipeline's next best) names, as
// written. "2025-05-29T13:20:00+03:00" is 2025-05-29 wherever we run; shifting it through UTC
// would move late-evening stories to the next day.

import type { ReferenceDate } from "../context.js";
import { isValidDay, type Day } from "./calendar.js";

export interface ResolvedReference {
  day: Day | null;
  warnings: string[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** Earliest and latest years we resolve against; outside them the page's clock is wrong. */
const PLAUSIBLE_YEARS = { from: 1900, to: 2100 } as const;

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
