// A refined chrono result → a DateMention: granularity, ISO value, whether it leaned on the
// reference day, and its span in the paragraph's own text.

import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { Granularity } from "../../record/types.js";
import { addMonths, isValidDay, isoDay, isoMonth, isoTime, isoYear, type Day } from "./calendar.js";
import { TAG } from "./news-context.js";
import type { DateMention } from "./types.js";

type Format = "time" | "day" | "month" | "year";

/** Tags chrono's clock parsers set ("parser/ENTimeExpressionParser"): an hour read from a clock time. */
const CLOCK_TAG = /TimeExpression/;

export type Mapped = { mention: DateMention } | { unresolved: string } | { invalid: string } | null;

export interface Units {
  readonly yearUnits: readonly string[];
  readonly monthUnits: readonly string[];
}

function unitOf(text: string, units: Units): "year" | "month" | "day" {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.some((w) => units.yearUnits.includes(w))) return "year";
  if (words.some((w) => units.monthUnits.includes(w))) return "month";
  return "day";
}

/** `offset`: where the text chrono read starts in the paragraph (long paragraphs are read in pieces). */
export function toMention(r: ParsedResult, text: string, paragraph: number, reference: Day | null, units: Units, offset = 0): Mapped {
  const hasReference = reference !== null;
  const tags = r.tags();
  const s = r.start;
  const ours = tagValue(tags, TAG.granularity);
  let granularity: Granularity;
  let format: Format;
  if (ours) {
    granularity = ours as Granularity;
    format = (tagValue(tags, TAG.format) ?? "day") as Format;
  } else if (tags.has("result/relativeDate") && unitOf(r.text, units) !== "day") {
    // "50 years ago" is a year, "three months ago" a month: as precise as the count.
    granularity = format = unitOf(r.text, units) as "month" | "year";
  } else if (s.isCertain("day") || s.isCertain("weekday") || tags.has("result/relativeDate") || hasCasual(tags)) {
    const clock = s.isCertain("hour") && [...tags].some((t) => CLOCK_TAG.test(t));
    granularity = clock ? "time" : "day";
    format = granularity;
  } else if (s.isCertain("month")) {
    granularity = format = "month";
  } else if (s.isCertain("year")) {
    granularity = format = "year";
  } else return null;

  const span = trimSpan(text, offset + r.index, offset + r.index + r.text.length);
  const written = text.slice(span.start, span.end);
  const relative = tags.has(TAG.relative) || tags.has("result/relativeDate") || hasCasual(tags)
    || (format !== "year" && !s.isCertain("year"));
  if (relative && !hasReference) return { unresolved: written };
  if (!valid(s) || (r.end && !valid(r.end))) return { invalid: written };
  let from = formatAt(s, format);
  if (format === "month" && reference && tags.has("result/relativeDate") && s.get("day") !== reference.day) {
    // "three months ago" on May 29 is February: chrono's date arithmetic overflows into March 1.
    const m = addMonths(s.get("year")!, s.get("month")!, -1);
    from = isoMonth(m.year, m.month);
  }
  const to = r.end ? formatAt(r.end, format) : from;
  return {
    mention: {
      text: written, value: from === to ? from : `${from}/${to}`, granularity, relative,
      paragraph, start: span.start, end: span.end,
    },
  };
}

function formatAt(c: ParsedComponents, format: Format): string {
  const day = { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
  switch (format) {
    case "time": return isoTime(day, c.get("hour")!, c.get("minute") ?? 0);
    case "day": return isoDay(day);
    case "month": return isoMonth(day.year, day.month);
    case "year": return isoYear(day.year);
  }
}

function valid(c: ParsedComponents): boolean {
  return isValidDay(c.get("year")!, c.get("month")!, c.get("day")!);
}

function tagValue(tags: Set<string>, prefix: string): string | null {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}

function hasCasual(tags: Set<string>): boolean {
  for (const t of tags) if (t.startsWith("casualReference/")) return true;
  return false;
}

/** Without surrounding white space, our sentence marks, and trailing ", ; :" chrono takes along. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s\u00b6]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00b6,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
