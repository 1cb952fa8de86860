// Attribution frames: a cue with its speaker and the reach of what was said. One frame per cue
// outside quotation marks: "Lavrov said Wednesday that …" (content right), "…, Peskov said."
// (content left), "according to the ministry, …", "…, who replied that …", ", adding: “…”".
// Every scan is bounded by the sentence or a small window, so the paragraph is read in linear time.

import type { LangData } from "../../lang/types.js";
import { analyse, mentionAfter, mentionBefore, withApposedName, type Mention } from "../speakers/mention.js";
import { matchCue, type CueIndex } from "./cues.js";
import type { QuoteSpan } from "./direct.js";
import type { Tok } from "./tokens.js";

export interface Frame {
  cueFrom: number;
  cueTo: number;
  /** The speaker as written here (null when inherited from the frame before, or unknown). */
  mention: Mention | null;
  /** The frame this one continues (", adding …", "and argues …"). */
  inherits: number | null;
  /** Token range of the attribution: speaker, cue and adjuncts. */
  attrFrom: number;
  attrTo: number;
  /** Reported content as character offsets, or null. */
  content: { start: number; end: number } | null;
  /** A top-level quote that stands right after the frame (X said: “…”) or right before it (“…,” X said). */
  quoteAfter: number | null;
  quoteBefore: number | null;
  /** The content is a that-clause: reported speech even when it is all quoted. */
  thatClause: boolean;
}

export interface ParagraphView {
  text: string;
  toks: readonly Tok[];
  /** Top-level quote spans. */
  quotes: readonly QuoteSpan[];
  /** For each token: the top-level quote it lies inside (or -1). */
  quoteOf: Int32Array;
  /** For each token: its sentence (sentences never end inside a quote). */
  sentOf: Int32Array;
  /** Token ranges of sentences. */
  sents: readonly { from: number; to: number }[];
  /** Token index of each quote's opening and closing mark (or -1). */
  openTok: Map<number, number>;
  closeTok: Map<number, number>;
  /** For each top-level quote: the token index of its closing mark, or -1 when it runs on. */
  closeOf: Int32Array;
  /** For each top-level quote: the token index of its opening mark. */
  openOf: Int32Array;
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "me", "us", "you", "reporters", "journalists"]);
const BE = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const TERMINAL = new Set([".", "!", "?"]);
const MIN_CONTENT_WORDS = 3;
// Words that may follow an inverted subject ("said a Mexican official who …", "said Edward Alden of …").
const INVERTED_FOLLOWERS = new Set(["who", "whose", "of", "and", "as"]);
const HONORIFICS = new Set(["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sir", "dame"]);

export function findFrames(v: ParagraphView, L: LangData, cues: CueIndex): Frame[] {
  const frames: Frame[] = [];
  const { toks } = v;
  for (let i = 0; i < toks.length; i++) {
    if (v.quoteOf[i]! >= 0) continue;
    const cue = matchCue(toks, i, cues);
    if (!cue) continue;
    const s = v.sents[v.sentOf[i]!]!;
    // "the Islamic State", "Says Who": a capitalised cue inside a sentence is a name, not a verb;
    // "reporting by", "writing by": a gerund before "by" is a noun (credits, bylines).
    if (toks[i]!.isCap && i !== s.from && !cue.sourceFirst) continue;
    if (/ing$/.test(toks[cue.to - 1]!.lower) && toks[cue.to]?.lower === "by") continue;
    // "his claims that …", "the report said": a cue word right after a determiner is a noun.
    if (!cue.sourceFirst && i > s.from && L.determiners.has(toks[i - 1]!.lower) && toks[i - 1]!.lower !== "that") continue;
    const frame = cue.sourceFirst ? sourceFirstFrame(v, cue.from, cue.to, s, L) : verbFrame(v, frames, cue.from, cue.to, cue.entry, s, L);
    if (frame) frames.push(frame);
    i = cue.to - 1;
  }
  return frames;
}

function verbFrame(
  v: ParagraphView, frames: readonly Frame[], from: number, to: number,
  entry: { object?: "skip" | "keep"; bareContent?: boolean; inverts?: boolean }, s: { from: number; to: number }, L: LangData,
): Frame | null {
  const { toks } = v;
  let j = from;
  while (j - 1 >= s.from && L.auxiliaries.has(toks[j - 1]!.lower)) j--;
  // "it was said that", "is expected": a passive is not a frame.
  if (j < from && BE.has(toks[j]!.lower) && /ed$|said|told|written|shown|found/.test(toks[from]!.lower) && !/^(has|have|had)$/.test(toks[j - 1]?.lower ?? "")) return null;
  let mention: Mention | null = null;
  let attrFrom = from;
  let inherits: number | null = null;
  const prev = toks[j - 1];
  if (prev && j - 1 >= s.from && prev.text === ",") {
    mention = appositiveSubject(v, j - 1, s.from, L);
  } else if (j - 1 >= s.from) {
    mention = mentionBefore(toks, j, s.from, L);
    if (mention?.refers === "relative") mention = relativeAntecedent(v, mention, s.from, L);
    else if (mention && mention.kind === "group" && toks[mention.from]?.lower === "other" && toks[mention.from - 1]?.lower === "and") {
      // "Putin and other Russian officials": the named member speaks for the group.
      const named = mentionBefore(toks, mention.from - 1, s.from, L);
      if (named && named.kind === "person") mention = { ...named, to: mention.to };
    }
  }
  if (mention) attrFrom = Math.min(attrFrom, mention.from);
  let p = to;
  // Inverted: "…," said Peskov / "…," said the spokesman.
  const leftIsOpen = j === s.from || prev?.text === "," || (prev !== undefined && v.closeTok.has(j - 1)) || prev?.text === ":";
  // Only finite forms invert ("said Peskov", not "saying they …"), and a pronoun only at the end ("said he.").
  if (!mention && entry.inverts === true && leftIsOpen && !/ing$/.test(toks[from]!.lower)) {
    let after = mentionAfter(toks, to, s.to, L);
    // An inverted subject ends the clause ("said Peskov." "said the spokesman, adding …"); a word
    // after it other than an adjunct means the words are content ("says the program changed …").
    const next = toks[after?.to ?? 0];
    if (after && next?.isWord && !L.timeWords.has(next.lower) && !L.adjunctPrepositions.has(next.lower) && !INVERTED_FOLLOWERS.has(next.lower) && !(after.kind !== "pronoun" && v.openTok.has(after.to))) after = null;
    if (after) {
      // "says Campbell's partner, Jason Louth": the name in apposition is the speaker.
      after = withApposedName(toks, after, s.to, L);
      mention = after;
      p = after.to;
      if (toks[p]?.text === ",") {
        const t = appositionTitle(v, p, s.to, L);
        if (t) { mention = { ...mention, title: mention.title ?? t.title }; p = t.to; }
      }
    }
  }
  // ", adding …", "and argues …": the speaker of the frame before in this sentence.
  if (!mention && prev && (prev.text === "," || prev.lower === "and" || prev.lower === "but") && (L.chainParticiples.has(toks[from]!.lower) || prev.text !== ",")) {
    for (let k = frames.length - 1; k >= 0; k--) {
      if (frames[k]!.cueTo <= from && v.sentOf[frames[k]!.cueFrom] === v.sentOf[from]) { inherits = k; break; }
    }
    if (inherits === null) {
      const lead = leadSubject(v, s, from, L);
      if (lead) mention = lead;
    }
  }
  if (!mention && inherits === null) return null;
  // Object ("told reporters"), then adjuncts ("on Thursday", "in a statement").
  if (entry.object === "skip") {
    if (OBJECT_PRONOUNS.has(toks[p]?.lower ?? "")) p++;
    else {
      const obj = mentionAfter(toks, p, s.to, L);
      if (obj && obj.kind !== "pronoun") p = obj.to;
    }
  }
  p = skipAdjuncts(v, p, s.to, L);
  const attrTo = Math.max(p, mention && mention.to > to ? mention.to : to);
  let hadThat = false;
  let hadComma = false;
  if (toks[p]?.lower === L.complementizer) { p++; hadThat = true; }
  else if (toks[p]?.text === ":") p++;
  else if (toks[p]?.text === ",") { p++; hadComma = true; }
  const frame: Frame = { cueFrom: from, cueTo: to, mention, inherits, attrFrom, attrTo, content: null, quoteAfter: null, quoteBefore: null, thatClause: false };
  // A quote right before the attribution: “…,” Peskov said.
  // (ICU ends a sentence at “…?” or “…!”: the attribution that follows belongs to that quote.)
  const before = attrFrom - 1 >= s.from || (attrFrom === s.from && v.closeTok.has(attrFrom - 1)) ? attrFrom - 1 : -1;
  if (before >= 0) {
    // Up to a few words may stand between (a title the name parse did not take: "…," former
    // State policy planning director Anne-Marie Slaughter wrote).
    let b = before;
    while (b > s.from && before - b < 6 && toks[b]!.isWord && !v.closeTok.has(b)) b--;
    if (b < 0) b = 0;
    if (toks[b]!.text === "," && v.closeTok.has(b - 1)) b--;
    if (v.closeTok.has(b)) {
      frame.quoteBefore = v.closeTok.get(b)!;
      if (b + 1 < frame.attrFrom && toks[b + 1]!.text !== ",") frame.attrFrom = b + 1;
      else if (b + 2 < frame.attrFrom) frame.attrFrom = b + 2;
    }
  }
  // Instead, “he just acts like a defeated man,” Trump said: words of the reporter before the
  // quote in the same clause make it one mixed claim.
  if (frame.quoteBefore !== null) {
    const open = v.openOf[frame.quoteBefore]!;
    const start = clauseStart(v, frames, open + 1, s.from);
    let words = 0;
    for (let k = start; k < open; k++) if (toks[k]!.isWord) words++;
    if (words >= 1) {
      frame.content = { start: toks[start]!.start, end: toks[v.closeOf[frame.quoteBefore]!]!.end };
      frame.quoteBefore = null;
    }
  }
  // “…,” Sarandon told MSNBC when asked …: after a quote, only "that" opens more content.
  const contentAllowed = (frame.quoteBefore === null && !frame.content) || hadThat;
  if (p < s.to && v.openTok.has(p) && hadThat) {
    // "said that “he loves you.”": a that-clause is reported speech even when all of it is quoted.
    frame.content = contentFrom(v, p, s.to, L);
    frame.thatClause = true;
  } else if (p < s.to && v.openTok.has(p) && (contentAllowed || frame.quoteBefore !== null)) {
    frame.quoteAfter = v.openTok.get(p)!;
    const closeIdx = v.closeOf[frame.quoteAfter]!;
    // “…” followed by more words in the sentence: the quote is part of a mixed claim.
    if (closeIdx >= 0 && closeIdx + 1 < s.to && toks[closeIdx + 1]!.isWord) {
      frame.quoteAfter = null;
      frame.content = contentFrom(v, p, s.to, L);
    }
  } else if (!contentAllowed) {
    // The attribution of the quote before: what follows is the reporter's ("when asked …").
  } else if (hadComma) {
    // "…, the minister said on Tuesday, in a plan funded by …": after a comma, the reporter's words.
  } else if (p < s.to && toks[p]!.isWord && (hadThat || entry.bareContent || entry.object === "keep")) {
    frame.content = contentFrom(v, p, s.to, L);
  } else if (p < s.to && v.quoteOf[p]! >= 0 && !toks[p]!.isWord) {
    frame.content = contentFrom(v, p, s.to, L);
  }
  // Nothing after: the content is what stands before ("…, Palvetzian argued.").
  if (!frame.content && frame.quoteAfter === null && frame.quoteBefore === null && (p >= s.to || TERMINAL.has(toks[p]!.text) || hadComma) && before >= 0 && toks[before]!.text === ",") {
    const start = clauseStart(v, frames, before, s.from);
    if (start < before) frame.content = { start: toks[start]!.start, end: toks[before - 1]!.end };
  }
  if (frame.content && wordCount(v.text.slice(frame.content.start, frame.content.end)) < MIN_CONTENT_WORDS) frame.content = null;
  return frame;
}

function sourceFirstFrame(v: ParagraphView, from: number, to: number, s: { from: number; to: number }, L: LangData): Frame | null {
  const { toks } = v;
  let end = to;
  while (end < s.to && end - to < 15 && toks[end]!.text !== "," && !TERMINAL.has(toks[end]!.text)) end++;
  // The source is the noun phrase that ends the phrase ("a study released by Civic Action").
  let b = end, a = end;
  let best: Mention | null = end > to ? mentionBefore(toks, end, to, L) : null;
  if (best?.kind === "pronoun") best = null;
  for (let k = end - 1; k >= to - 1 && !best; k--) {
    if (k >= to && (toks[k]!.isCap || L.groupNouns.has(toks[k]!.lower) || L.organizationNouns.has(toks[k]!.lower))) { if (b === end && a === end) b = k + 1; a = k; continue; }
    if (a < b) best = analyse(toks, a, b, L);
    a = b = end;
  }
  if (!best) return null;
  const frame: Frame = { cueFrom: from, cueTo: to, mention: best, inherits: null, attrFrom: from, attrTo: end, content: null, quoteAfter: null, quoteBefore: null, thatClause: false };
  if (from === s.from || toks[from - 1]?.text === "," && from - 1 === s.from) {
    if (toks[end]?.text === ",") frame.content = contentFrom(v, end + 1, s.to, L);
  } else if (toks[from - 1]?.text === ",") {
    const start = clauseStart(v, [], from - 1, s.from);
    if (start < from - 1) frame.content = { start: toks[start]!.start, end: toks[from - 2]!.end };
  }
  if (frame.content && wordCount(v.text.slice(frame.content.start, frame.content.end)) < MIN_CONTENT_WORDS) frame.content = null;
  return frame;
}

/** The subject that opens a sentence, after a dateline ("WASHINGTON (AP) — Vice President Joe Biden …"). */
export function leadSubject(v: ParagraphView, s: { from: number; to: number }, limit: number, L: LangData): Mention | null {
  let start = s.from;
  for (let k = s.from; k < Math.min(limit, s.from + 10); k++) if (/^[—–-]$/.test(v.toks[k]!.text)) { start = k + 1; break; }
  const m0 = mentionAfter(v.toks, start, limit, L);
  const m = m0 ? withApposedName(v.toks, m0, limit, L) : null;
  return m && m.kind !== "title" && m.refers !== "relative" ? m : null;
}

/** "Umerov, writing on X, said", "Dmitry Peskov, the Kremlin's spokesman, said": the name before the commas. */
function appositiveSubject(v: ParagraphView, comma: number, floor: number, L: LangData): Mention | null {
  const { toks } = v;
  let k = comma;
  for (let hops = 0; hops < 3; hops++) {
    let c = k - 1;
    while (c >= floor && k - c < 30 && toks[c]!.text !== ",") {
      // Quoted words inside the apposition ("who lost 16 lbs. “and two belt loops” since May").
      c = v.quoteOf[c]! >= 0 && v.openOf[v.quoteOf[c]!]! >= 0 ? v.openOf[v.quoteOf[c]!]! - 1 : c - 1;
    }
    if (c < floor || toks[c]!.text !== ",") return null;
    let m = mentionBefore(toks, c, floor, L);
    // "…," the White House press secretary, Josh Earnest, said: a title, then the name in apposition.
    if (m && m.kind === "title") {
      const named = mentionAfter(toks, c + 1, comma, L);
      if (named && named.kind === "person" && named.to === comma) m = { ...named, from: m.from, title: named.title ?? m.title };
    }
    if (m && m.kind !== "title" && m.refers !== "relative" && (m.from === floor || /^[,:;(—–]$/.test(toks[m.from - 1]!.text) || v.closeTok.has(m.from - 1))) {
      if (m.kind === "pronoun") return m;
      const t = appositionTitle(v, c, comma + 1, L);
      // "Dr. Samuel Okafor, the trust's medical director,": the role beats a bare honorific.
      return t && (!m.title || HONORIFICS.has(m.title.toLowerCase())) ? { ...m, title: t.title } : m;
    }
    k = c;
  }
  return null;
}

/** ", CEO of Civic Action," / ", the Kremlin's spokesman,": a title in apposition after a comma. */
function appositionTitle(v: ParagraphView, comma: number, limit: number, L: LangData): { title: string; to: number } | null {
  const { toks } = v;
  let e = comma + 1;
  while (e < limit && e - comma < 12 && toks[e]!.text !== "," && !TERMINAL.has(toks[e]!.text) && v.quoteOf[e]! < 0) e++;
  let a = comma + 1;
  while (a < e && L.determiners.has(toks[a]!.lower)) a++;
  // The title noun must come early ("CEO of Civic Action", "the Kremlin's spokesman"), not a clause.
  let hasTitle = false;
  for (let k = a; k < Math.min(e, a + 4); k++) if (L.titleNouns.has(toks[k]!.lower) || L.titleNouns.has(toks[k]!.lower.replace(/\.$/, ""))) hasTitle = true;
  if (!hasTitle || e === a) return null;
  return { title: v.text.slice(toks[a]!.start, toks[e - 1]!.end), to: toks[e]?.text === "," ? e + 1 : e };
}

function relativeAntecedent(v: ParagraphView, who: Mention, floor: number, L: LangData): Mention | null {
  if (v.toks[who.from - 1]?.text !== ",") return null;
  const m = mentionBefore(v.toks, who.from - 1, floor, L);
  return m && (m.kind === "person" || m.kind === "organization" || m.kind === "group") ? { ...m, from: who.from, to: who.to } : null;
}

function skipAdjuncts(v: ParagraphView, p: number, end: number, L: LangData): number {
  const { toks } = v;
  for (let guard = 0; guard < 4 && p < end; guard++) {
    const t = toks[p]!;
    if (L.timeWords.has(t.lower) && t.lower !== "that") { p++; guard--; continue; }
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
function contentFrom(v: ParagraphView, p: number, end: number, L: LangData): { start: number; end: number } | null {
  const { toks } = v;
  let k = p;
  end = Math.min(end, p + MAX_CLAUSE);
  for (; k < end; k++) {
    if (v.quoteOf[k]! >= 0) continue;
    const t = toks[k]!;
    if (t.text === ";") break;
    const n = toks[k + 1];
    if (t.text === "," && n && (L.chainParticiples.has(n.lower) || n.lower === "who" && isCueAhead(toks, k + 2) || n.lower === "according")) break;
    if ((t.lower === "and" || t.lower === "but") && n && isCueAhead(toks, k + 1) && k > p) break;
  }
  let e = k;
  while (e > p && /^[.,;:!?]$/.test(toks[e - 1]!.text) && v.quoteOf[e - 1]! < 0) e--;
  if (e <= p) return null;
  return { start: toks[p]!.start, end: toks[e - 1]!.end };
}

// A cue verb right ahead (after adverbs): the finite forms that start a coordinated claim.
const COORDINATED_CUES = new Set(["said", "says", "added", "adds", "argued", "argues", "warned", "warns", "noted", "notes", "insisted", "insists", "replied", "claimed", "claims", "told", "tells", "wrote", "writes", "urged", "urges", "suggested", "suggests", "predicted", "predicts", "stressed", "explained", "acknowledged", "denied", "believes"]);
function isCueAhead(toks: readonly Tok[], k: number): boolean {
  for (let n = 0; n < 3 && toks[k + n]; n++) if (COORDINATED_CUES.has(toks[k + n]!.lower)) return true;
  return false;
}

/** Claims are bounded in tokens so that a hostile "sentence" of 100 KB stays linear to read. */
const MAX_CLAUSE = 120;

function clauseStart(v: ParagraphView, frames: readonly Frame[], before: number, floor: number): number {
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
