// The dateline's date ("LISBON, June 3, 2025 — …"), the newsroom's own statement of the day, as a
// reference when the metadata has no publish date (issue 6: "resolve against the best other
// reference (a dateline, …)"). Only a full date (year, month and day) at the head of one of the
// first paragraphs, after an upper-case place name or nothing, and before a dash.

import { Chrono } from "chrono-node";
import type { Article } from "../../article/types.js";
import { isoDay, isValidDay } from "./calendar.js";
import { sharedConfiguration } from "./parser.js";
import { dateLanguage } from "./vocabulary.js";

/** A place in capitals and a comma ("LISBON, ", "NEW YORK (Reuters), "), or nothing. */
const PLACE = /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:\([^()]{1,30}\))?,\s*)?$/u;
const DASH_AFTER = /^\s*[,]?\s*[—–-]/;
const YEAR = /\d{4}/;
/** How far into a paragraph a dateline's date may end. */
const HEAD = 80;

export function datelineDate(article: Article, language: string): string | null {
  const lang = dateLanguage(language);
  if (!lang) return null;
  let chrono: Chrono | null = null;
  for (const block of article.blocks.slice(0, 3)) {
    const head = block.text.slice(0, HEAD);
    // A full date has a year: a head without four digits holds none.
    if (!YEAR.test(head)) continue;
    chrono ??= new Chrono(sharedConfiguration(lang));
    for (const r of chrono.parse(head, new Date(2000, 0, 1, 12))) {
      const s = r.start;
      if (!s.isCertain("year") || !s.isCertain("month") || !s.isCertain("day")) continue;
      if (!PLACE.test(head.slice(0, r.index)) || !DASH_AFTER.test(head.slice(r.index + r.text.length))) continue;
      const day = { year: s.get("year")!, month: s.get("month")!, day: s.get("day")! };
      if (isValidDay(day.year, day.month, day.day)) return isoDay(day);
    }
  }
  return null;
}
