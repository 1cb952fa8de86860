// Which way a date without a year or week points: the nearest tense marker around it in its
// sentence. "The Kremlin said Thursday" (past), "talks will resume on Monday" (future), "Monday
// will see …" (future, the marker after the date). Nearest marker wins; none → null.

import type { DateVocabulary } from "./vocabulary.js";

export type Tense = "past" | "future";

/** How far the markers may stand from the date, in words. */
const WORDS_BEFORE = 10;
const WORDS_AFTER = 4;

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Marks the white space between sentences in the text chrono reads (find-dates.ts seals them). */
export const SENTENCE_MARK = "\u00b6";

export function tenseAt(text: string, start: number, end: number, vocab: DateVocabulary): Tense | null {
  const next = text.indexOf(SENTENCE_MARK, end);
  const sentence = { start: text.lastIndexOf(SENTENCE_MARK, start) + 1, end: next < 0 ? text.length : next };
  const before = words(text.slice(Math.max(sentence.start, start - 200), start));
  for (let i = before.length - 1; i >= Math.max(0, before.length - WORDS_BEFORE); i--) {
    const t = classify(before[i - 1] ?? null, before[i]!, vocab);
    if (t) return t;
  }
  // After the date only up to the clause's end: in "starting July 15, city officials announced"
  // the verb after the comma is the announcement's, not the date's.
  const rest = text.slice(end, Math.min(sentence.end, end + 120));
  const after = words(rest.slice(0, clauseEnd(rest))).slice(0, WORDS_AFTER);
  for (let i = 0; i < after.length; i++) {
    const t = classify(after[i - 1] ?? null, after[i]!, vocab);
    if (t) return t;
  }
  return null;
}

function clauseEnd(s: string): number {
  const i = s.search(/[,;:()–—]/);
  return i < 0 ? s.length : i;
}

function words(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function classify(previous: string | null, word: string, vocab: DateVocabulary): Tense | null {
  const pair = previous ? `${previous} ${word}` : null;
  if ((pair && vocab.futureMarkers.includes(pair)) || vocab.futureMarkers.includes(word)) return "future";
  if (vocab.futureMarkers.some((m) => m.startsWith("'") && (word.endsWith(m) || word.endsWith(m.replace("'", "’"))))) return "future";
  if (previous && vocab.notPastAfter.includes(previous)) return null;
  if ((pair && vocab.pastMarkers.includes(pair)) || vocab.pastMarkers.includes(word)) return "past";
  if (vocab.pastSuffix && word.length > vocab.pastSuffix.length + 3 && word.endsWith(vocab.pastSuffix)) return "past";
  return null;
}
