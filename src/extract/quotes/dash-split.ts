// Russian (and other languages that set their attribution off with dashes) writes a quotation
// split by its attribution inside one pair of marks: «Первая часть, — сказал Иванов. — Вторая».
// Each such attribution is taken out of the span: the first part closes at the dash before the
// cue, the second opens at the dash after the attribution. Only for languages whose data lists
// attribution dashes (English: none). Linear: each span is read once, from dash to dash.

import type { LangData } from "../../lang/types.js";
import type { CueIndex } from "./cues.js";
import type { QuoteSpan } from "./direct.js";

/** How far the attribution may run from its cue to the dash that reopens the quotation. */
const MAX_ATTRIBUTION = 200;
const BEFORE_DASH = /[,!?…]/;
const AFTER_ATTRIBUTION = /[.,:!?…]/;

export function splitAtAttributions(spans: readonly QuoteSpan[], text: string, L: LangData, cues: CueIndex): QuoteSpan[] {
  if (L.attributionDashes.size === 0) return spans as QuoteSpan[];
  if (spans.length === 0) return dialogueLine(text, L, cues);
  const out: QuoteSpan[] = [];
  for (const span of spans) {
    let rest = span;
    for (;;) {
      const cut = findCut(rest, text, L, cues);
      if (!cut) break;
      out.push({ ...rest, close: cut.closeAt, closed: true, closeLen: 1 });
      rest = { ...rest, open: cut.openAt, openLen: 1 };
    }
    out.push(rest);
  }
  return out;
}

/** ", — сказал X. — ": the dash before the cue and the dash after the attribution. */
function findCut(span: QuoteSpan, text: string, L: LangData, cues: CueIndex): { closeAt: number; openAt: number } | null {
  const end = span.close;
  for (let i = span.open + span.openLen; i < end; i++) {
    if (!L.attributionDashes.has(text[i]!)) continue;
    // Punctuation, a space, the dash, a space, then a cue verb in lower case.
    if (!isSpaceAt(text, i - 1) || !BEFORE_DASH.test(text[prevNonSpace(text, i - 1)] ?? "") || !isSpaceAt(text, i + 1)) continue;
    let w = i + 1;
    while (w < end && isSpaceAt(text, w)) w++;
    let we = w;
    while (we < end && /\p{Ll}/u.test(text[we]!)) we++;
    const word = text.slice(w, we);
    const entries = cues.byFirst.get(word);
    if (!word || !entries || entries.every((e) => e.sourceFirst)) continue;
    // The dash that reopens the quotation: after a stop or a comma, set off by spaces.
    for (let k = we; k < end && k - we < MAX_ATTRIBUTION; k++) {
      if (!L.attributionDashes.has(text[k]!) || !isSpaceAt(text, k - 1) || !isSpaceAt(text, k + 1)) continue;
      if (!AFTER_ATTRIBUTION.test(text[prevNonSpace(text, k - 1)] ?? "")) continue;
      return { closeAt: i, openAt: k };
    }
    return null;
  }
  return null;
}

const isSpaceAt = (text: string, i: number) => /[\s\u00a0]/.test(text[i] ?? "");
function prevNonSpace(text: string, i: number): number {
  while (i >= 0 && isSpaceAt(text, i)) i--;
  return i;
}

/** "— Мы готовы, — сказал Иванов. — Начнём завтра.": a paragraph that opens with a dash is a line of
 * direct speech, its attribution set off by dashes. Only when a cue follows a dash in it (a list
 * item or a dash-led heading with no attribution is not speech). */
function dialogueLine(text: string, L: LangData, cues: CueIndex): QuoteSpan[] {
  let o = 0;
  while (o < text.length && isSpaceAt(text, o)) o++;
  if (!L.attributionDashes.has(text[o] ?? "") || !isSpaceAt(text, o + 1)) return [];
  let end = text.length;
  while (end > o && isSpaceAt(text, end - 1)) end--;
  // The whole line as one closed span (its last character closes it), then cut at its attribution.
  const whole: QuoteSpan = { open: o, close: end - 1, closed: true, depth: 0, mark: text[o]!, openLen: 1, closeLen: 0 };
  const first = findCut(whole, text, L, cues);
  if (first) return splitAtAttributions([whole], text, L, cues);
  // "— Мы готовы, — сказал Иванов.": the attribution ends the line.
  const tail = findTail(whole, text, L, cues);
  return tail === null ? [] : [{ ...whole, close: tail, closeLen: 1 }];
}

/** The dash before a cue with no dash after it: the attribution runs to the end. */
function findTail(span: QuoteSpan, text: string, L: LangData, cues: CueIndex): number | null {
  for (let i = span.open + span.openLen; i < span.close; i++) {
    if (!L.attributionDashes.has(text[i]!) || !isSpaceAt(text, i - 1) || !isSpaceAt(text, i + 1)) continue;
    if (!BEFORE_DASH.test(text[prevNonSpace(text, i - 1)] ?? "")) continue;
    let w = i + 1;
    while (w < span.close && isSpaceAt(text, w)) w++;
    let we = w;
    while (we < span.close && /\p{Ll}/u.test(text[we]!)) we++;
    const entries = cues.byFirst.get(text.slice(w, we));
    if (entries && entries.some((e) => !e.sourceFirst)) return i;
  }
  return null;
}
