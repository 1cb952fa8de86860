// Word and punctuation tokens of one paragraph, with offsets. The pattern is linear: runs of
// letters joined by single separators (don't, al-Assad, U.S, AT&T) or one other character.

import { NON_TERMINAL_ABBREVIATIONS } from "../../lang/en/abbreviations.js";

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter (or is an all-caps acronym). */
  isCap: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*|\S/gu;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const prev = out[out.length - 1];
    // "Sen." "U.S." "J." keep their full stop: it is part of the word, not a sentence end.
    if (t === "." && prev && prev.isWord && prev.end === start && isAbbreviation(prev.text)) {
      prev.text += ".";
      prev.lower += ".";
      prev.end += 1;
      continue;
    }
    const isWord = /^[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, isWord, isCap: isWord && /^\p{Lu}/u.test(t) });
  }
  return out;
}

function isAbbreviation(word: string): boolean {
  return NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase() + ".") || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Index of the first token whose start is ≥ offset (binary search). */
export function tokenAt(toks: readonly Tok[], offset: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
