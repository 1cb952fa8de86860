// The reach of a claim inside its sentence: adjuncts after the cue, where reported content ends,
// where content before the attribution starts. Every scan is bounded (MAX_CLAUSE tokens).

import type { LangData } from "../../lang/types.js";
import type { Frame, ParagraphView } from "./frames.js";
import type { Tok } from "./tokens.js";

export const TERMINAL: ReadonlySet<string> = new Set([".", "!", "?"]);

export function skipAdjuncts(v: ParagraphView, p: number, end: number, L: LangData): number {
  const { toks } = v;
  for (let guard = 0; guard < 4 && p < end; guard++) {
    const t = toks[p]!;
    if (L.timeWords.has(t.lower) && t.lower !== "that") { p++; guard--; continue; }
    // "stated a day earlier, “…”", "said two weeks ago": a count before time words.
    if ((L.determiners.has(t.lower) || L.quantityWords.has(t.lower) || /^\d/.test(t.text)) && p + 2 < end && L.timeWords.has(toks[p + 1]!.lower) && L.timeWords.has(toks[p + 2]!.lower) && toks[p + 2]!.lower !== "that") { p += 3; continue; }
    if (!L.adjunctPrepositions.has(t.lower)) break;
    // A short prepositional phrase that ends at "that", a comma, a colon, a quote or the sentence end.
    let k = p + 1;
    while (k < end && k - p <= 7 && toks[k]!.isWord && toks[k]!.lower !== "that" && !v.openTok.has(k)) k++;
    const stop = toks[k];
    const allTime = toks.slice(p + 1, k).every((x) => L.timeWords.has(x.lower) || /^\d/.test(x.text));
    if (k >= end || stop && (stop.lower === "that" || stop.text === "," || stop.text === ":" || TERMINAL.has(stop.text) || v.openTok.has(k))) p = k;
    else if (allTime && k > p + 1) p = k;
    else break;
  }
  return p;
}

/** The clause's end: the sentence end, a semicolon, or a comma before a new attribution. */
export function contentFrom(v: ParagraphView, p: number, end: number, L: LangData): { start: number; end: number } | null {
  const { toks } = v;
  let k = p;
  end = Math.min(end, p + MAX_CLAUSE);
  for (; k < end; k++) {
    // "say that “from his perspective,” Lewandowski added": a quotation closed before a new
    // attribution ends the clause.
    if (v.closeTok.has(k) && k > p && toks[k + 1]?.isCap && isCueAhead(toks, k + 2, L)) { k++; break; }
    if (v.quoteOf[k]! >= 0) continue;
    const t = toks[k]!;
    if (t.text === ";") break;
    const n = toks[k + 1];
    if (t.text === "," && n && (L.chainParticiples.has(n.lower) || n.lower === "who" && isCueAhead(toks, k + 2, L) || n.lower === "according")) break;
    // ("… the need for a wall and adding, “…”": a participle of speech after "and" opens a claim of its own.)
    if (L.cueCoordinators.has(t.lower) && n && (isCueAhead(toks, k + 1, L) || L.chainParticiples.has(n.lower) && toks[k + 2]?.text === ",") && k > p) break;
  }
  let e = k;
  while (e > p && /^[.,;:!?]$/.test(toks[e - 1]!.text) && v.quoteOf[e - 1]! < 0) e--;
  if (e <= p) return null;
  return { start: toks[p]!.start, end: toks[e - 1]!.end };
}

/** A finite cue right ahead (after adverbs): "… and argues that …" starts a coordinated claim. */
function isCueAhead(toks: readonly Tok[], k: number, L: LangData): boolean {
  for (let n = 0; n < 3 && toks[k + n]; n++) if (L.coordinatingCues.has(toks[k + n]!.lower)) return true;
  return false;
}

/** Claims are bounded in tokens so that a hostile "sentence" of 100 KB stays linear to read. */
const MAX_CLAUSE = 120;

export function clauseStart(v: ParagraphView, frames: readonly Frame[], before: number, floor: number): number {
  let k = before - 1;
  const stop = Math.max(floor, before - MAX_CLAUSE);
  while (k > stop && !(v.quoteOf[k - 1]! < 0 && /^[;:]$/.test(v.toks[k - 1]!.text))) k--;
  for (let n = frames.length - 1; n >= 0 && n >= frames.length - 4; n--) {
    const f = frames[n]!;
    if (f.attrTo <= before && f.attrTo > k && v.sentOf[f.cueFrom] === v.sentOf[before]) k = f.attrTo;
  }
  if (k <= floor) k = afterDateline(v, floor, before);
  return Math.max(k, floor);
}

/** "LISBON, June 3, 2025 — Portugal will …": the claim starts after a dateline. */
function afterDateline(v: ParagraphView, from: number, limit: number): number {
  const first = v.toks[from];
  if (!first || !/^\p{Lu}{2,}/u.test(first.text) || first.text !== first.text.toUpperCase()) return from;
  for (let k = from + 1; k < Math.min(limit, from + 12); k++) if (/^[—–]$/.test(v.toks[k]!.text) || v.toks[k]!.text === "-" && v.toks[k - 1]!.text === ")") return k + 1;
  return from;
}

/** Words, with each CJK character counted as one (they are written without spaces). */
export function wordCount(s: string): number {
  return (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu) ?? []).length;
}
