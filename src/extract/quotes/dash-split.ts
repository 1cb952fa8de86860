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
