// Sentence spans with Intl.Segmenter (ICU's rules), with one repair ICU lacks for news text:
// ICU breaks after abbreviations such as "U.S." or "Gen." before a capital, which would cut
// "U.S. President Donald Trump" in two.

import type { Span } from "../article/types.js";
import { NON_TERMINAL_ABBREVIATIONS } from "../lang/en/abbreviations.js";

/** Text handed to the segmenter at a time, and the edge of it whose boundaries are not trusted. */
const WINDOW = 4096;
const MARGIN = 256;
/** Enough of a sentence's end for endsWithAbbreviation's pattern (at most 1 + 4 × 3 code units). */
const ABBREVIATION_TAIL = 24;

const segmenters = new Map<string, Intl.Segmenter>();
/** Language tags remembered (tags come from pages; beyond this many the locale is looked up each time). */
const MAX_SEGMENTERS = 64;

/** The segmenter for a language (a supported locale of it, else English), made once per language asked for. */
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    let lang = "en";
    try {
      lang = Intl.Segmenter.supportedLocalesOf([language])[0] ?? "en";
    } catch {
      lang = "en";
    }
    s = new Intl.Segmenter(lang, { granularity: "sentence" });
    if (segmenters.size < MAX_SEGMENTERS) segmenters.set(language, s);
  }
  return s;
}

/**
 * What can end a sentence for ICU's rules (UAX #29): ATerm (. ․ ﹒ ．), STerm (the
 * Sentence_Terminal property) and paragraph separators. Text without any is one sentence, and
 * most headings, list items and captions are read without the segmenter.
 */
const SENTENCE_END = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e\r\n\u0085\u2028\u2029]/u;

export function splitSentences(text: string, language = "en"): Span[] {
  const spans: Span[] = [];
  if (!SENTENCE_END.test(text)) {
    let start = 0;
    let end = text.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    return end > start ? [{ start, end }] : spans;
  }
  const cuts = boundaries(segmenter(language), text);
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end <= start) continue;
    const prev = spans[spans.length - 1];
    // Only the sentence's tail can match (the pattern ends at $ and spans at most 13 code
    // units), so a merged run of "A. A. A. …" is not re-read from its start at every step.
    if (prev && endsWithAbbreviation(text.slice(Math.max(prev.start, prev.end - ABBREVIATION_TAIL), prev.end))) prev.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/**
 * Sentence boundaries (segment starts, then text.length), segmenting long text window by window:
 * V8's segment iterator costs time in proportion to the whole string at every step (a 1 MB
 * string took 24 ms per sentence; 100 KB of "A. " took 3 s), so a long paragraph was quadratic.
 * Windows overlap by two margins and only the boundaries at least MARGIN away from a window's
 * cut edges are kept, so the rules' look-behind and look-ahead see the same text as in one pass.
 */
function boundaries(seg: Intl.Segmenter, text: string): number[] {
  const out = [0];
  let from = 0;
  for (;;) {
    const to = Math.min(text.length, from + WINDOW);
    const lo = from === 0 ? 0 : from + MARGIN; // kept: lo < b <= hi
    const hi = to === text.length ? to : to - MARGIN;
    for (const s of seg.segment(from === 0 && to === text.length ? text : text.slice(from, to))) {
      const b = from + s.index;
      if (b > lo && b <= hi) out.push(b);
    }
    if (to === text.length) break;
    from = hi - MARGIN;
  }
  if (out[out.length - 1] !== text.length) out.push(text.length);
  return out;
}

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(])((?:\p{L}\.){1,4}|\p{L}{1,5}\.)$/u.exec(sentence);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // A single capital initial ("John F.") or a dotted acronym ("U.S.") never ends a sentence
  // in news copy often enough to be worth the broken attributions.
  return NON_TERMINAL_ABBREVIATIONS.has(word) || /^(\p{L}\.){2,4}$/u.test(word) && word.length <= 4 || /^\p{Lu}\.$/u.test(m[1]!);
}
