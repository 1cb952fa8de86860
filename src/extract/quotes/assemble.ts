// Claims of one paragraph from its frames and quotes: direct quotes next to an attribution,
// reported content (mixed when it holds quoted words), and quotes that stand alone as whole
// sentences (they continue the speaker before). Short quoted words with no cue are scare quotes
// or titles, not claims.

import type { QuoteType } from "../../record/types.js";
import type { LangData } from "../../lang/types.js";
import type { Frame, ParagraphView } from "./frames.js";
import { wordCount } from "./frames.js";
import { clauseStart } from "./clause.js";
import { firstQuotedWord } from "./view.js";
import { isTitleOfWork } from "./titles.js";
import { lowerBound } from "../../text/lower-bound.js";

export interface Claim {
  type: QuoteType;
  start: number;
  end: number;
  /** The frame that attributes it, or null for a quote that stands alone. */
  frame: number | null;
  /** Top-level quote index, for direct quotes. */
  quote: number | null;
  /** The quote runs on into the next paragraph. */
  runsOn: boolean;
}

/** A quote with no cue counts when it is a sentence of its own or long enough to be one. */
const STANDALONE_MIN_WORDS = 2;
const LONG_QUOTE_WORDS = 8;

export function assembleClaims(v: ParagraphView, frames: readonly Frame[], L: LangData): { claims: Claim[]; live: boolean[] } {
  const claims: Claim[] = [];
  const used = new Set<number>();
  const live = frames.map(() => true);
  const direct = (q: number, frame: number | null) => {
    if (used.has(q)) return;
    used.add(q);
    const span = v.quotes[q]!;
    if (isTitleOfWork(v, q, L, frame !== null)) return;
    let s = span.open + span.openLen, e = span.closed ? span.close + 1 - span.closeLen : v.text.length;
    while (s < e && /\s/.test(v.text[s]!)) s++;
    while (e > s && /\s/.test(v.text[e - 1]!)) e--;
    if (e > s) claims.push({ type: "direct", start: s, end: e, frame, quote: q, runsOn: !span.closed });
  };
  // Frames whose cue stands inside an earlier frame's reported content are part of that content.
  let reach = -1;
  frames.forEach((f, k) => {
    const at = v.toks[f.cueFrom]!.start;
    if (at < reach) { live[k] = false; return; }
    if (f.content && f.content.start > at) reach = Math.max(reach, f.content.end);
  });
  frames.forEach((f, k) => {
    if (!live[k]) return;
    if (f.quoteBefore !== null) direct(f.quoteBefore, k);
    if (f.quoteAfter !== null) direct(f.quoteAfter, k);
    if (!f.content) return;
    const inside: number[] = [];
    for (let i = firstQuoteAt(v, f.content.start); i < v.quotes.length && v.quotes[i]!.open < f.content.end; i++) inside.push(i);
    if (inside.length === 1 && !f.thatClause) {
      const q = v.quotes[inside[0]!]!;
      // The content is the quotation itself: a direct quote.
      if (q.open <= f.content.start && (q.close + 1 >= f.content.end || !q.closed)) { direct(inside[0]!, k); return; }
    }
    for (const i of inside) used.add(i);
    claims.push({ type: inside.length ? "mixed" : "indirect", start: f.content.start, end: f.content.end, frame: k, quote: null, runsOn: false });
  });
  const bySentence = new Map<number, number[]>();
  frames.forEach((f, k) => {
    const s = v.sentOf[f.cueFrom]!;
    const list = bySentence.get(s) ?? [];
    list.push(k);
    bySentence.set(s, list);
  });
  // Quotes with no frame of their own: whole sentences (or long) count; scare quotes do not.
  v.quotes.forEach((q, i) => {
    if (used.has(i)) return;
    const words = wordCount(v.text.slice(q.open, q.closed ? q.close : v.text.length));
    const openTok = v.openOf[i]!;
    if (openTok < 0) return;
    const sent = v.sents[v.sentOf[openTok]!]!;
    const startsSentence = openTok === sent.from;
    if (bySentence.get(v.sentOf[openTok]!)?.some((k) => live[k] && insideAttribution(v, frames[k]!, q.open))) return;
    // "Nunberg was bound by an agreement that is “standard practice for all major businesses …”":
    // quoted words that go on the reporter's sentence in lower case are part of one mixed claim
    // with it, not a quotation of their own.
    const first = firstQuotedWord(v, openTok);
    const embedded = !startsSentence && openTok > sent.from && v.toks[openTok - 1]!.isWord && !!first && !first.isCap;
    if (embedded && words >= LONG_QUOTE_WORDS) {
      let from = clauseStart(v, frames, openTok, sent.from);
      while (from < openTok && !v.toks[from]!.isWord) from++;
      let to = sent.to;
      while (to > openTok + 1 && /^[.;:!?,]$/.test(v.toks[to - 1]!.text) && v.quoteOf[to - 1]! < 0) to--;
      if (from < openTok) {
        used.add(i);
        claims.push({ type: "mixed", start: v.toks[from]!.start, end: v.toks[to - 1]!.end, frame: null, quote: null, runsOn: false });
        return;
      }
    }
    // “…leaned in and boomed: “Let’s defeat her in November.”": a sentence quoted after a colon
    // is words someone said, however short.
    const afterColon = openTok > sent.from && v.toks[openTok - 1]!.text === ":" && !!first && first.isCap && endsSentence(v, q);
    if ((startsSentence || afterColon) && words >= STANDALONE_MIN_WORDS || words >= LONG_QUOTE_WORDS) direct(i, null);
  });
  claims.sort((a, b) => a.start - b.start);
  return { claims, live };
}

/** The quotation ends with a full stop, "!" or "?" inside its closing mark. */
function endsSentence(v: ParagraphView, q: { open: number; close: number; closed: boolean; closeLen: number }): boolean {
  if (!q.closed) return false;
  let e = q.close - q.closeLen + 1;
  while (e > q.open && /[\s’'"”]/.test(v.text[e - 1]!)) e--;
  return /[.!?]/.test(v.text[e - 1] ?? "");
}

function insideAttribution(v: ParagraphView, f: Frame, at: number): boolean {
  return v.toks[f.attrFrom]!.start <= at && at < v.toks[f.attrTo - 1]!.end;
}

function firstQuoteAt(v: ParagraphView, offset: number): number {
  return lowerBound(v.quotes, (q) => q.open < offset);
}
