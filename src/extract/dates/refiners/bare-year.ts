// Hand-written: chrono has no parser for a year standing alone ("Russia's 2022 invasion", "in
// 2022"), and its UnlikelyFormatFilter removes any all-digit result, so years are added here,
// after chrono's refiners, where no other mention covers them. A bare four-digit number is as
// often a count ("1999 votes", "some 2000 people"): a year needs a cue before it (a preposition,
// article or possessive from the language's table), or, in English, no count noun after it;
// numbers with separators ("2,022") never match.

import type { ParsingResult, Refiner } from "chrono-node";
import { overlapsAny, precededBy, wordsAfter, wordsBefore } from "../words.js";
import { TAG, type NewsContext } from "../news-context.js";

// Left: not part of a number, amount, version or range ("$2022", "v2022", "1.2022", "2020-2022").
const PATTERN = /(^|[^\p{L}\p{N}$€£¥#.,/:–—-])((?:1[89]|20)\d\d)(?![\p{L}\p{N}%°]|[.,:/–—-]\d)/gu;

export function bareYearRefiner(news: NewsContext): Refiner {
  return {
    refine(context, results) {
      if (news.vocab.yearCues.length === 0) return results;
      const text = context.text;
      const added: ParsingResult[] = [];
      for (const m of text.matchAll(PATTERN)) {
        const index = m.index + m[1]!.length;
        const end = index + m[2]!.length;
        if (overlapsAny(results, index, end)) continue;
        if (!isYear(text, index, end, news)) continue;
        const result = context.createParsingResult(index, m[2]!, { year: Number(m[2]) });
        result.addTags([`${TAG.granularity}year`, `${TAG.format}year`]);
        added.push(result);
      }
      return added.length ? [...results, ...added].sort((a, b) => a.index - b.index) : results;
    },
  };
}

function isYear(text: string, index: number, end: number, news: NewsContext): boolean {
  const v = news.vocab;
  if (precededBy(text, index, v.quantityWords)) return false;
  if (isAddress(text, end, v.streetWords)) return false;
  const previous = wordsBefore(text, index, 1)[0] ?? "";
  if (precededBy(text, index, v.yearCues) || /['’]s$/.test(previous)) return true;
  const [join, other] = wordsAfter(text, end, 2);
  if (join && v.tallyJoins.includes(join) && other && /^\d/.test(other)) return false;
  const punctuationAfter = /^\s*(?:[.,;:!?)\u00b6]|$)/.test(text.slice(end, end + 3));
  if (v.pluralSuffix === null) return punctuationAfter;
  const next = wordsAfter(text, end, 1)[0] ?? null;
  return next === null || punctuationAfter || !isCountNoun(next, v.countNouns, v.pluralSuffix);
}

/** "1909 Jolinda Drive", "12 rue …" handled by the street word within the next three words, after a capital. */
function isAddress(text: string, end: number, streetWords: readonly string[]): boolean {
  if (streetWords.length === 0) return false;
  const after = text.slice(end, end + 60).match(/[\p{L}'’-]+/gu)?.slice(0, 3) ?? [];
  const first = after[0] ?? "";
  return (first[0] !== first[0]?.toLowerCase() || streetWords.includes(first.toLowerCase()))
    && after.some((w) => streetWords.includes(w.toLowerCase().replace(/\.$/, "")));
}

function isCountNoun(word: string, countNouns: readonly string[], pluralSuffix: string): boolean {
  if (countNouns.includes(word)) return true;
  return word.length > 3 && word.endsWith(pluralSuffix) && !word.endsWith(pluralSuffix + pluralSuffix);
}
