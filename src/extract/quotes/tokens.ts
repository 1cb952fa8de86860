// Word and punctuation tokens of one paragraph, with offsets. The pattern is linear: runs of
// letters joined by single separators (don't, al-Assad, U.S, AT&T) or one other character.

import { NON_TERMINAL_ABBREVIATIONS } from "../../lang/en/abbreviations.js";
import { lowerBound } from "../../text/lower-bound.js";

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter (or is an all-caps acronym). */
  isCap: boolean;
}

// Hand-rolled rather than a /u regex with matchAll: 5-10x faster on 100 KB paragraphs.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SEPARATORS = new Set([39, 0x2019, 45, 46, 38]); // ' ’ - . &

const isDigit = (c: number) => c >= 48 && c <= 57;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters (CJK extensions, …)
  return WORD_CHAR.test(text[i]!);
}

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 160 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) { i++; continue; }
    const start = i;
    if (isWordCode(text, i)) {
      i++;
      for (;;) {
        while (i < n && isWordCode(text, i)) i++;
        if (i + 1 < n && SEPARATORS.has(text.charCodeAt(i)) && isWordCode(text, i + 1)) { i += 2; continue; }
        // "4,051" is one number.
        if (i + 1 < n && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) { i += 2; continue; }
        break;
      }
    } else i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = text.slice(start, i);
    const prev = out[out.length - 1];
    // "Sen." "U.S." "J." keep their full stop: it is part of the word, not a sentence end.
    if (t === "." && prev && prev.isWord && prev.end === start && isAbbreviation(prev.text)) {
      prev.text += ".";
      prev.lower += ".";
      prev.end += 1;
      continue;
    }
    const isWord = isWordCode(t, 0);
    const f = t.charCodeAt(0);
    const isCap = isWord && (f < 128 ? f >= 65 && f <= 90 : UPPER.test(t[0]!));
    out.push({ text: t, lower: t.toLowerCase(), start, end: i, isWord, isCap });
  }
  return out;
}

function isAbbreviation(word: string): boolean {
  return NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase() + ".") || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Index of the first token whose start is ≥ offset (binary search). */
export function tokenAt(toks: readonly Tok[], offset: number): number {
  return lowerBound(toks, (t) => t.start < offset);
}
