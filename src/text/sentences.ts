// Sentence spans with Intl.Segmenter (ICU's rules), with one repair ICU lacks for news text:
// ICU breaks after abbreviations such as "U.S." or "Gen." before a capital, which would cut
// "U.S. President Donald Trump" in two.

import type { Span } from "../article/types.js";
import { NON_TERMINAL_ABBREVIATIONS } from "../lang/en/abbreviations.js";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, s);
  }
  return s;
}

export function splitSentences(text: string, language = "en"): Span[] {
  const spans: Span[] = [];
  let lang = "en";
  try {
    lang = Intl.Segmenter.supportedLocalesOf([language])[0] ?? "en";
  } catch {
    lang = "en";
  }
  for (const seg of segmenter(lang).segment(text)) {
    let start = seg.index;
    let end = start + seg.segment.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end <= start) continue;
    const prev = spans[spans.length - 1];
    if (prev && endsWithAbbreviation(text.slice(prev.start, prev.end))) prev.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(])((?:\p{L}\.){1,4}|\p{L}{1,5}\.)$/u.exec(sentence);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // A single capital initial ("John F.") or a dotted acronym ("U.S.") never ends a sentence
  // in news copy often enough to be worth the broken attributions.
  return NON_TERMINAL_ABBREVIATIONS.has(word) || /^(\p{L}\.){2,4}$/u.test(word) && word.length <= 4 || /^\p{Lu}\.$/u.test(m[1]!);
}
