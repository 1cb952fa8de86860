// Calendar arithmetic on plain (year, month, day) values, through day numbers in UTC so that no
// time zone of the machine running us can shift a day.

import { daysInMonth, isValidDay } from "../../calendar-day.js";

export { daysInMonth, isValidDay };

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): Day {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromDayNumber(dayNumber(d) + n);
}

/** 0 = Sunday … 6 = Saturday, as chrono and Date count. */
export function weekday(d: Day): number {
  return new Date(dayNumber(d) * MS_PER_DAY).getUTCDay();
}


/** The Monday that starts the week of `d` (weeks run Monday to Sunday, ISO 8601). */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekday(d) + 6) % 7));
}

/** Month arithmetic that keeps the month valid: (2025, 1) + (-1) = (2024, 12). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + n;
  return { year: Math.floor(k / 12), month: (k % 12 + 12) % 12 + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function isoYear(year: number): string {
  return pad(year, 4);
}
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}
export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
export function isoTime(d: Day, hour: number, minute: number): string {
  return `${isoDay(d)}T${pad(hour)}:${pad(minute)}`;
}
