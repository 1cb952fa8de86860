// The quotation-mark scanner: one pass over a paragraph, a small stack of open marks, every
// style in QUOTE_PAIRS. Single marks are apostrophes unless they stand where a quote can open
// or close (don't, Sanders' are not quotes). Linear in the text: each character is looked at
// once and the stack is bounded.

import { DOUBLE_MARKS, QUOTE_PAIRS } from "../../lang/quote-marks.js";

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  closed: boolean;
  /** Nested quotes inside (their marks' spans), which make a reported clause mixed. */
  depth: number;
  mark: string;
  /** Width of the opening mark (2 for a doubled apostrophe '' or ‘‘ used as a double quote). */
  openLen: number;
  /** Width of the closing mark. */
  closeLen: number;
}

const MAX_DEPTH = 6;
const DOUBLED: ReadonlySet<string> = new Set(["'", "\u2018", "\u2019", "`"]);
interface Open { mark: string; at: number; len: number }
const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// Before an opening mark: start, space, opening bracket, dash, slash or another opening mark.
const MARKS: ReadonlySet<string> = new Set([...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS).flat()]);
// After an opening mark: a word, or punctuation that starts quoted words (another mark, an ellipsis, a bracket).
const OPENER_NEXT = /["'\u201c\u201e\u2018\u201a\u00ab\u00bb\u2039\u300c\u300e\u2026.(\[$£€\-\u2014]/;
const GUILLEMETS: ReadonlySet<string> = new Set(["\u00ab", "\u00bb", "\u2039", "\u203a"]);
const OPEN_CONTEXT = /[\s\u00a0([{\u2014\u2013\-\/:;\u201c\u201e\u2018\u201a\u00ab\u2039"']/;

/** All quotation spans of the text in order of their opening marks (nested ones have depth > 0). */
export function scanQuotes(text: string): QuoteSpan[] {
  const stack: Open[] = [];
  const spans: QuoteSpan[] = [];
  // Jump from mark to mark; the pattern is a single character class (linear).
  const marks = new RegExp(`[${[...MARKS, "`"].map((m) => "\\u" + m.charCodeAt(0).toString(16).padStart(4, "0")).join("")}]`, "g");
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    let i = found.index;
    let c = text[i]!;
    let width = 1;
    // Typewriter and OCR copy double a single mark ('' ‘‘ ’’ ``) for a double quote.
    if (DOUBLED.has(c) && DOUBLED.has(text[i + 1] ?? "")) { c = '"'; width = 2; }
    if (!MARKS.has(c)) continue;
    const at = i;
    i += width - 1;
    marks.lastIndex = i + 1;
    const prev = at > 0 ? text[at - 1] : undefined;
    const after = text[i + 1];
    const single = !DOUBLE_MARKS.has(c);
    if (single && isWordChar(prev) && isWordChar(after)) continue; // don't, l'Etat
    const looksOpening = (prev === undefined || OPEN_CONTEXT.test(prev)) && (isWordChar(after) || OPENER_NEXT.test(after ?? " ") || (GUILLEMETS.has(c) && after !== undefined && isSpace(after)));
    if (tryClose(stack, spans, c, i, prev, after, single, looksOpening, width)) continue;
    if (QUOTE_PAIRS[c] === undefined || !looksOpening || stack.length >= MAX_DEPTH) continue;
    // A straight mark that opens while a straight mark of the same kind is open: the earlier one
    // was never closed (a dropped mark); replace it rather than nest, or pairing runs out of phase.
    if ((c === '"' || c === "'") && stack[stack.length - 1]?.mark === c && isSpace(prev)) stack.pop();
    if (single && !isWordChar(after) && !/["\u201c\u00ab\u2026]/.test(after ?? "")) continue;
    stack.push({ mark: c, at, len: width });
  }
  // A quote still open at the end runs on into the next paragraph (only the outermost counts),
  // when it opens the paragraph or a sentence, or follows a colon; elsewhere it is a stray mark.
  const bottom = stack[0];
  const lead = bottom ? text.slice(0, bottom.at).trimEnd() : "";
  if (bottom && DOUBLE_MARKS.has(bottom.mark) && (lead === "" || /[:.!?]$/.test(lead))) spans.push({ open: bottom.at, close: text.length, closed: false, depth: 0, mark: bottom.mark, openLen: bottom.len, closeLen: 0 });
  return spans.sort((a, b) => a.open - b.open);
}

function tryClose(
  stack: Open[], spans: QuoteSpan[], c: string, i: number,
  prev: string | undefined, next: string | undefined, single: boolean, looksOpening: boolean, width: number,
): boolean {
  if (!stack.length) return false;
  // A mark that can also open, standing where a quote opens, opens a new one ("He said "no"" aside).
  // French spacing: « text » — a guillemet that matches the innermost open one always closes it.
  const pairsTop = QUOTE_PAIRS[stack[stack.length - 1]!.mark]!.includes(c);
  if (QUOTE_PAIRS[c] !== undefined && looksOpening && isSpace(prev) && !(GUILLEMETS.has(c) && pairsTop)) return false;
  let k = stack.length - 1;
  // Single marks close only the innermost quote; otherwise they are apostrophes (Sanders' plan).
  if (single) {
    if (!QUOTE_PAIRS[stack[k]!.mark]!.includes(c) || isWordChar(next)) return false;
  } else {
    while (k >= 0 && !QUOTE_PAIRS[stack[k]!.mark]!.includes(c)) k--;
    if (k < 0) return false;
  }
  const o = stack[k]!;
  spans.push({ open: o.at, close: i, closed: true, depth: k, mark: o.mark, openLen: o.len, closeLen: width });
  stack.length = k;
  return true;
}

/** The outermost spans only: those inside no other (spans are sorted by their opening mark). */
export function topLevel(spans: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let reach = -1;
  for (const s of spans) {
    if (s.open <= reach) continue;
    out.push(s.depth === 0 ? s : { ...s, depth: 0 });
    reach = s.close;
  }
  return out;
}
