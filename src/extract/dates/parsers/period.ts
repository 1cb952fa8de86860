// Hand-written: chrono reads "last week" as one day (reference − 7) and has no "earlier this
// week" at all; news means a span (issue 6). Phrases come from the language's dates.data.ts.

import type { Parser, ParsingContext } from "chrono-node";
import { alternation, precededBy } from "../words.js";
import { periodSpan } from "../periods.js";
import { tenseAt } from "../tense.js";
import { TAG, type NewsContext } from "../news-context.js";

/** Null for a language without period phrases (an empty alternation would match the empty string forever). */
export function periodParser(news: NewsContext): Parser | null {
  const phrases = news.vocab.periods;
  if (phrases.length === 0) return null;
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}'’])(${alternation(phrases.map((p) => p.phrase))})(?![\\p{L}\\p{N}])`, "iu");
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const ref = news.reference;
      const text = match[2]!;
      const wanted = text.toLowerCase().replace(/\s+/g, " ");
      const phrase = phrases.find((p) => p.phrase === wanted);
      if (!ref || !phrase) return null;
      const index = match.index! + match[1]!.length;
      const anaphoric = !wanted.startsWith("the ") && precededBy(context.text, index, news.vocab.anaphoricBefore);
      const tense = phrase.byTense ? tenseAt(context.text, index, index + text.length, news.vocab) : null;
      const span = periodSpan(phrase, ref, tense);
      const result = context.createParsingResult(index, text,
        { year: span.start.year, month: span.start.month, day: span.start.day },
        { year: span.end.year, month: span.end.month, day: span.end.day });
      result.addTags([`${TAG.granularity}${span.granularity}`, `${TAG.format}${span.format}`, TAG.relative]);
      // Kept (so chrono's own reading of the same words loses the overlap), then dropped as not a date.
      if (anaphoric) result.addTag(TAG.anaphoric);
      return result;
    },
  };
}
