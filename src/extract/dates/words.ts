// Small text helpers shared by the date parsers and refiners. All patterns are linear: literal
// alternations and single character classes, no nested quantifiers.

import { lowerBound } from "../../text/lower-bound.js";
import { escapeRegExp } from "../../text/regex.js";

/** A literal phrase as a pattern: regex characters escaped, each space any run of white space. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, "\\s+");
}

/** An alternation of phrases, longest first so that "earlier this week" beats "this week". */
export function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(phrasePattern).join("|");
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** The last `n` words before `index` (lower case), looking back at most 60 characters. */
export function wordsBefore(text: string, index: number, n: number): string[] {
  return (text.slice(Math.max(0, index - 60), index).match(WORD) ?? []).slice(-n).map((w) => w.toLowerCase());
}

/** The first `n` words after `index` (lower case), looking ahead at most 60 characters. */
export function wordsAfter(text: string, index: number, n: number): string[] {
  return (text.slice(index, index + 60).match(WORD) ?? []).slice(0, n).map((w) => w.toLowerCase());
}

/** Does a one- or two-word entry of `list` end right before `index`? */
export function precededBy(text: string, index: number, list: readonly string[]): boolean {
  const w = wordsBefore(text, index, 2);
  const last = w[w.length - 1];
  if (!last) return false;
  if (list.includes(last)) return true;
  return w.length === 2 && list.includes(`${w[0]} ${last}`);
}

/** Is the text between `from` and `to` only white space (and sentence-inert punctuation)? */
export function onlySpace(text: string, from: number, to: number): boolean {
  return /^[\s\u00a0]*$/.test(text.slice(from, to));
}

/** Does [start, end) overlap one of `sorted` (chrono results: by index, not overlapping each other)? */
export function overlapsAny(sorted: readonly { index: number; text: string }[], start: number, end: number): boolean {
  const lo = lowerBound(sorted, (r) => r.index < end);
  // sorted[lo - 1] is the last result starting before `end`; an earlier one ends no later.
  const r = sorted[lo - 1];
  return r !== undefined && r.index + r.text.length > start;
}
