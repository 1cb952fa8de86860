// What chrono reads as a point in time but news copy does not mean as one (issue 6: "Not
// dates"). Each rule names its reason; the caller counts what was set aside, nothing is lost
// unseen (chrono #210).
//   duration   "after 10 days of talks", "within 24 hours", "for two weeks", "10 days later"
//   vague      "the past few days", "now"
//   clock      "at 10 a.m." with no day: a time of an unknown day
//   lower-case a month name in lower case where months are capitalised ("protesters march")
//   slash      a slash date without a year: "9/11" (the attacks), "1 1/2 cups", "24/7"
//   abbreviation a weekday only as a bare abbreviation ("Mohegan Sun Arena", "Tue – Sat 4PM")
//   named-day  "Black Friday", "Super Tuesday"
//   anaphoric  "the next year" after another event's date: relative to that, not to the publish date
//   in-number  digits of a larger number ("201«9/01»" read by a slash parser in the middle)
//   name       a month name that is a first name in a list ("Steve Schale, April Schiff")

import type { ParsingResult, Refiner } from "chrono-node";
import { wordsAfter, wordsBefore } from "../words.js";
import { TAG, type NewsContext } from "../news-context.js";

/** Tags chrono's clock parsers set ("parser/ENTimeExpressionParser"). */
const CLOCK_TAG = /TimeExpression/;

export type NotDateReason = "duration" | "vague" | "clock" | "lower-case" | "slash" | "abbreviation" | "named-day" | "anaphoric"
  | "in-number" | "name";

export function whyNotADate(text: string, r: ParsingResult, news: NewsContext): NotDateReason | null {
  const v = news.vocab;
  const tags = r.tags();
  const own = wordsBefore(r.text, r.text.length, 12);
  if (tags.has("result/relativeDate")) {
    const first = own[0] ?? "";
    const previous = wordsBefore(text, r.index, 1)[0] ?? "";
    const last = own.at(-1) ?? "";
    const nextWord = wordsAfter(text, r.index + r.text.length, 1)[0] ?? "";
    if (v.durationPrefixes.includes(first) || v.durationPrefixes.includes(previous)
      || v.durationSuffixes.includes(last) || v.durationSuffixes.includes(nextWord)) return "duration";
    if (own.some((w) => v.vagueWords.includes(w))) return "vague";
    // "the last five days", "over the past two years": a span counted back, not a calendar value.
    if (own.length >= 3 && (v.weekdayLast.includes(first) || v.weekdayNext.includes(first))) return "duration";
  }
  if (tags.has(TAG.anaphoric)) return "anaphoric";
  if (/\p{N}/u.test(text[r.index - 1] ?? "") || /\p{N}/u.test(text[r.index + r.text.length] ?? "")) return "in-number";
  if (tags.has("parser/SlashDateFormatParser") && !r.start.isCertain("year")) return "slash";
  const lower = r.text.toLowerCase();
  if (r.start.isCertain("weekday") && !r.start.isCertain("day")) {
    if (v.weekdayNames.length && !v.weekdayNames.some((n) => lower.includes(n))) return "abbreviation";
    if (v.namedDayPrefixes.includes(wordsBefore(text, r.index, 1)[0] ?? "")) return "named-day";
  }
  if (own.length === 1 && v.loneTimesOfDay.includes(own[0]!) && ![...tags].some((t) => CLOCK_TAG.test(t))) return "clock";
  // "now": the moment of writing, no calendar value a reader needs.
  if (tags.has("casualReference/now")) return "vague";
  const s = r.start;
  if (s.isCertain("hour") && !s.isCertain("day") && !s.isCertain("weekday") && !tags.has("result/relativeDate")
    && ![...tags].some((t) => t.startsWith("casualReference/"))) return "clock";
  if (v.monthsCapitalised && s.isCertain("month") && !s.isCertain("day") && !/\d/.test(r.text)) {
    const name = own.find((w) => v.months[w.replace(/\.$/, "")] !== undefined);
    const written = name ? r.text.slice(r.text.toLowerCase().indexOf(name), r.text.toLowerCase().indexOf(name) + 1) : "";
    if (written && written === written.toLowerCase()) return "lower-case";
    // A capitalised name after it and no cue before it: a first name ("April Schiff").
    const next = /^\s+(\p{Lu})/u.exec(text.slice(r.index + r.text.length, r.index + r.text.length + 3));
    const cued = wordsBefore(text, r.index, 1).some((w) => v.yearCues.includes(w) || v.edgeWords.includes(w));
    if (next && !cued && !/[\s,]/.test(r.text.trim())) return "name";
    // A month alone only as an abbreviation ("Lee Ho Jun"): abbreviations stand beside a day or year.
    if (!r.start.isCertain("year") && name && !isFullMonthName(name.replace(/\.$/, ""), v.months)) return "abbreviation";
  }
  return null;
}

/** The longest name a month has in the table is its full name ("june", not "jun"). */
function isFullMonthName(word: string, months: Readonly<Record<string, number>>): boolean {
  const month = months[word];
  if (month === undefined) return false;
  return !Object.entries(months).some(([n, m]) => m === month && n.length > word.length);
}

/** Drops the results `whyNotADate` names; `dropped` collects them for the caller's count. */
export function notDatesRefiner(news: NewsContext, dropped: { text: string; reason: NotDateReason }[]): Refiner {
  return {
    refine(context, results) {
      return results.filter((r) => {
        const reason = whyNotADate(context.text, r, news);
        if (reason) dropped.push({ text: r.text, reason });
        return reason === null;
      });
    },
  };
}
