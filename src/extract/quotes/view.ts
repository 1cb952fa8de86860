// One paragraph prepared for the finders: tokens, top-level quotes, and sentences that never end
// inside a quotation (ICU breaks "“We need to wait. Only then …”" in two).

import type { Block } from "../../article/types.js";
import type { LangData } from "../../lang/types.js";
import type { CueIndex } from "./cues.js";
import { splitAtAttributions } from "./dash-split.js";
import { scanQuotes, topLevel } from "./direct.js";
import type { ParagraphView } from "./frames.js";
import { tokenAt, tokenize, type Tok } from "./tokens.js";

export function paragraphView(block: Block, L?: LangData, cues?: CueIndex): ParagraphView {
  const text = block.text;
  const toks = tokenize(text);
  const top = topLevel(scanQuotes(text));
  // «…, — сказал X. — …»: one pair of marks around a quotation split by its attribution.
  const quotes = L && cues ? splitAtAttributions(top, text, L, cues) : top;
  const quoteOf = new Int32Array(toks.length).fill(-1);
  const openTok = new Map<number, number>();
  const closeTok = new Map<number, number>();
  const closeOf = new Int32Array(quotes.length).fill(-1);
  const openOf = new Int32Array(quotes.length).fill(-1);
  let q = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (q < quotes.length && quotes[q]!.close < t.start) q++;
    const span = quotes[q];
    if (!span || t.start < span.open) continue;
    quoteOf[i] = q;
    if (t.start === span.open) { openTok.set(i, q); openOf[q] = i; }
    if (t.start === span.close && span.closed) { closeTok.set(i, q); closeOf[q] = i; }
  }
  // Sentences as token ranges, merged where a boundary falls inside a quotation.
  const sents: { from: number; to: number }[] = [];
  const spans = block.sentences.length ? block.sentences : [{ start: 0, end: text.length }];
  for (const s of spans) {
    const from = tokenAt(toks, s.start);
    const to = tokenAt(toks, s.end);
    if (to <= from) continue;
    const last = sents[sents.length - 1];
    if (last && last.to === from && from > 0 && quoteOf[from]! >= 0 && quoteOf[from - 1] === quoteOf[from] && !openTok.has(from)) last.to = to;
    else if (last && from < last.to) last.to = Math.max(last.to, to);
    else sents.push({ from, to });
  }
  if (sents.length && sents[sents.length - 1]!.to < toks.length) sents[sents.length - 1]!.to = toks.length;
  if (sents.length && sents[0]!.from > 0) sents[0]!.from = 0;
  for (let k = 1; k < sents.length; k++) if (sents[k]!.from !== sents[k - 1]!.to) sents[k]!.from = sents[k - 1]!.to;
  const sentOf = new Int32Array(toks.length);
  sents.forEach((s, k) => { for (let i = s.from; i < s.to; i++) sentOf[i] = k; });
  return { text, toks, quotes, quoteOf, sentOf, sents, openTok, closeTok, closeOf, openOf };
}

/** The first word inside the quotation that opens at token `open` (past a doubled mark '' or an
 * ellipsis), or undefined. */
export function firstQuotedWord(v: ParagraphView, open: number): Tok | undefined {
  const q = v.quoteOf[open];
  for (let k = open + 1; k < Math.min(v.toks.length, open + 4) && v.quoteOf[k] === q; k++) if (v.toks[k]!.isWord) return v.toks[k];
  return undefined;
}
