// Hand-written: chrono silently skips a day the month does not have ("February 30", "31. April"),
// which would leave the reader thinking the text named no date. We name it in a warning.

import { daysInMonth } from "./calendar.js";
import { alternation } from "./words.js";
import type { DateVocabulary } from "./vocabulary.js";

/** "February 30" or "30 February" / "30. Februar": literal alternations and bounded digits. Null without month names. */
export function impossibleDatePattern(vocab: DateVocabulary): RegExp | null {
  const names = Object.keys(vocab.months);
  if (names.length === 0) return null;
  const months = alternation(names);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:(${months})\\.?\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})\\.?\\s+(?:de\\s+)?(${months}))(?![\\p{L}])`, "giu");
}

/** A day number no month has (0, 00) or not every month has (29 and over): without one, nothing to name. */
const UNUSUAL_DAY = /(?<!\d)(?:00?|29|[3-9]\d)(?!\d)/;

export function impossibleDates(text: string, vocab: DateVocabulary, pattern: RegExp | null): string[] {
  if (!pattern || !UNUSUAL_DAY.test(text)) return [];
  const warnings: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = (m[1] ?? m[4])!.toLowerCase();
    const day = Number(m[2] ?? m[3]);
    const month = vocab.months[name];
    // A leap year's length: a February 29 is possible in some year, so it is the resolution's call.
    if (month && (day === 0 || day > daysInMonth(2024, month))) {
      warnings.push(`dates: "${m[0].replace(/^[^\p{L}\p{N}]/u, "")}" is not a calendar date; left out`);
    }
  }
  return warnings;
}
