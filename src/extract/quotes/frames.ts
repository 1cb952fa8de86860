// Attribution frames: a cue with its speaker and the reach of what was said. One frame per cue
// outside quotation marks: "Lavrov said Wednesday that …" (content right), "…, Peskov said."
// (content left), "according to the ministry, …", "…, who replied that …", ", adding: “…”".
// Every scan is bounded by the sentence or a small window, so the paragraph is read in linear time.

import type { LangData } from "../../lang/types.js";
import { analyse, mentionAfter, mentionBefore, nameLikeAt, withApposedName, type Mention } from "../speakers/mention.js";
import { buildCueIndex, matchCue, type CueIndex } from "./cues.js";
import type { QuoteSpan } from "./direct.js";
import type { Tok } from "./tokens.js";
import { TERMINAL, clauseStart, contentFrom, skipAdjuncts, wordCount } from "./clause.js";
import { firstQuotedWord } from "./view.js";
import { isTitleOfWork } from "./titles.js";
import { appositionTitle, appositiveSubject, leadSubject, relativeAntecedent } from "./subjects.js";
import { endsWithPossessiveS } from "../speakers/possessive.js";

export { leadSubject } from "./subjects.js";
export { wordCount } from "./clause.js";

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
const MIN_CONTENT_WORDS = 3;
// Words that may follow an inverted subject ("said a Mexican official who …", "said Edward Alden of …").
const INVERTED_FOLLOWERS = new Set(["who", "whose", "of", "and", "as", "known"]);

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
    // ("Some chanted …", "Many said …": a quantity standing alone is the subject of a verb that is no noun.)
    const standalone = L.quantityWords.has(toks[i - 1]?.lower ?? "") && !L.nounLikeCues.has(toks[i]!.lower);
    if (!cue.sourceFirst && i > s.from && L.determiners.has(toks[i - 1]!.lower) && toks[i - 1]!.lower !== "that" && !standalone) continue;
    if (!cue.sourceFirst && L.nounLikeCues.has(toks[i]!.lower) && nounAfterDeterminer(toks, i, s.from, L)) continue;
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
  while (j - 1 >= s.from && L.auxiliaries.has(toks[j - 1]!.lower) && !nameLikeAt(toks, j - 1, L)) j--;
  // "it was said that", "is expected": a passive is not a frame.
  if (j < from && BE.has(toks[j]!.lower) && /ed$|said|told|written|shown|found/.test(toks[from]!.lower) && !/^(has|have|had)$/.test(toks[j - 1]?.lower ?? "")) return null;
  let mention: Mention | null = null;
  let attrFrom = from;
  let inherits: number | null = null;
  const prev = toks[j - 1];
  if (prev && j - 1 >= s.from && prev.text === ",") {
    mention = appositiveSubject(v, j - 1, s.from, L);
  } else if (prev && j - 1 > s.from && DASHES.has(prev.text) && (mention = dashedSubject(v, j - 1, s.from, L)) !== null) {
    // "A former Republican presidential candidate -- John McCain, who lost in 2008 -- said …"
  } else if (j - 1 >= s.from) {
    mention = mentionBefore(toks, j, s.from, L);
    // "responded … on Facebook writing": a noun phrase after a preposition is its object, never
    // the subject of the cue; a participle then belongs to the sentence's subject.
    // "with analysts saying …": the object of "with" is the participle's subject.
    const before = toks[mention?.from ? mention.from - 1 : 0]?.lower ?? "";
    if (mention && mention.kind !== "pronoun" && mention.from > s.from && before !== "with" && (L.adjunctPrepositions.has(before) || L.placePrepositions.has(before))) {
      // ("Trudeau … and in a carefully worded response said …": a description after a preposition
      // is an adjunct; the finite cue too belongs to the subject.)
      mention = /ing$/.test(toks[from]!.lower) ? leadSubject(v, s, mention.from - 1, L)
        : mention.kind === "title" ? leadSubject(v, s, mention.from - 1, L) ?? mention : mention;
    }
    // "she revised her statement explaining …", "the tabloid did a cover saying …": a description
    // that is the object of a verb before a participle is what was said; the subject said it.
    else if (mention && mention.kind === "title" && /ing$/.test(toks[from]!.lower) && mention.from > s.from && toks[mention.from - 1]!.isWord && !L.titleNouns.has(toks[mention.to - 1]!.lower)) {
      mention = leadSubject(v, s, mention.from - 1, L) ?? mention;
    }
    // "her statement said", "his letter reads": the owner of a statement is its author.
    if (mention && mention.to - mention.from === 2 && L.statementNouns.has(toks[mention.to - 1]!.lower)) {
      const pr = L.phrasePronouns[toks[mention.from]!.lower];
      if (pr) mention = { from: mention.from, to: mention.to, kind: "pronoun", name: toks[mention.from]!.text, title: null, refers: pr.refers, ...(pr.gender ? { gender: pr.gender } : {}) };
    }
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
  // ("«…», — заявил X", "«…» — говорит X": a dash after the quotation, where the language sets one.)
  // "… вырастет с 1 марта. Об этом сообщила пресс-служба": an opener that points back to the sentence before.
  const anaphoric = !mention && j > s.from && j - s.from <= 3 && L.anaphoricOpeners.has(toks.slice(s.from, j).map((t) => t.lower).join(" "));
  const leftIsOpen = anaphoric || j === s.from || prev?.text === "," || (prev !== undefined && v.closeTok.has(j - 1)) || prev?.text === ":" || (prev !== undefined && L.attributionDashes.has(prev.text));
  // Only finite forms invert ("said Peskov", not "saying they …"), and a pronoun only at the end ("said he.").
  if (!mention && entry.inverts === true && leftIsOpen && !/ing$/.test(toks[from]!.lower)) {
    let after = mentionAfter(toks, L.adjunctBeforeInvertedSubject ? skipTimeAdjunct(toks, to, s.to, L) : to, s.to, L);
    // An inverted subject ends the clause ("said Peskov." "said the spokesman, adding …"); a word
    // after it other than an adjunct means the words are content ("says the program changed …").
    const next = toks[after?.to ?? 0];
    if (after && next?.isWord && !L.timeWords.has(next.lower) && !L.adjunctPrepositions.has(next.lower) && !INVERTED_FOLLOWERS.has(next.lower) && !L.recipients.has(next.lower) && !(after.kind !== "pronoun" && v.openTok.has(after.to))) after = null;
    // "«…», — сообщили в пресс-службе мэрии": an impersonal cue, then where it was said, which
    // names the body (only where the language lets adjuncts stand before an inverted subject).
    if (!after && L.adjunctBeforeInvertedSubject && L.adjunctPrepositions.has(toks[to]?.lower ?? "") && L.organizationNouns.has(toks[to + 1]?.lower ?? "")) {
      const body = mentionAfter(toks, to + 1, s.to, L);
      if (body && body.kind === "organization") after = body;
    }
    if (after) {
      // "says Campbell's partner, Jason Louth": the name in apposition is the speaker.
      after = withApposedName(toks, after, s.to, L);
      // "said the base chief known as Bob": the name the description goes by.
      if (after.kind === "title" && toks[after.to]?.lower === "known" && toks[after.to + 1]?.lower === "as") {
        const named = mentionAfter(toks, after.to + 2, s.to, L);
        if (named && named.kind === "person") after = { ...named, from: after.from, title: named.title ?? after.title };
      }
      mention = after;
      p = after.to;
      if (toks[p]?.text === ",") {
        const t = appositionTitle(v, p, s.to, L);
        if (t) { mention = { ...mention, title: mention.title ?? t.title }; p = t.to; }
      }
    }
  }
  // ", adding …", "and argues …": the speaker of the frame before in this sentence.
  // (A comma inside the closing mark before it counts: 'on MSNBC's “Morning Joe,” adding, “…”'.)
  const commaClose = !!prev && v.closeTok.has(j - 1) && commaBeforeClose(v, v.closeTok.get(j - 1)!) && L.chainParticiples.has(toks[from]!.lower);
  if (!mention && prev && (prev.text === "," || commaClose || L.cueCoordinators.has(prev.lower)) && (L.chainParticiples.has(toks[from]!.lower) || prev.text !== ",")) {
    // ("Clinton told the audience that she believes we must continue …, saying …": not a cue inside
    // another frame's reported content, but the frame that reports it.)
    for (let k = frames.length - 1; k >= 0; k--) {
      if (frames[k]!.cueTo <= from && v.sentOf[frames[k]!.cueFrom] === v.sentOf[from] && !insideContent(v, frames, k)) { inherits = k; break; }
    }
    if (inherits === null) {
      const lead = leadSubject(v, s, from, L);
      if (lead) mention = lead;
    }
  }
  // "Mr. McConnell deflected questions about Mr. Trump before saying, “…”": a participle after a
  // preposition belongs to the sentence's subject.
  if (!mention && inherits === null && /ing$/.test(toks[from]!.lower) && prev && L.subordinators.has(prev.lower) || !mention && inherits === null && /ing$/.test(toks[from]!.lower) && prev && (prev.lower === "by" || prev.lower === "without" || prev.lower === "upon")) {
    mention = leadSubject(v, s, j - 1, L);
    if (mention) attrFrom = Math.min(attrFrom, mention.from);
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
  // "сказал журналистам, что …": a listener the language names after the cue.
  if (L.recipients.has(toks[p]?.lower ?? "")) p++;
  p = skipAdjuncts(v, p, s.to, L);
  // "said on MSNBC's “Morning Joe,” adding, “…”": the title of a show among the adjuncts is where it
  // was said, not what (its comma then belongs to the attribution).
  if (p < s.to && v.openTok.has(p) && p > to && isTitleOfWork(v, v.openTok.get(p)!, L) && v.closeOf[v.openTok.get(p)!]! >= 0) {
    p = v.closeOf[v.openTok.get(p)!]! + 1;
    if (toks[p]?.text === ",") p++;
  }
  const attrTo = Math.max(p, mention && mention.to > to ? mention.to : to);
  let hadThat = false;
  let hadComma = false;
  if (toks[p]?.lower === L.complementizer) { p++; hadThat = true; }
  // "заявил, что …": the language sets its complementizer after a comma.
  else if (L.commaBeforeComplementizer && toks[p]?.text === "," && toks[p + 1]?.lower === L.complementizer) { p += 2; hadThat = true; }
  else if (toks[p]?.text === ":") p++;
  // "«…, — сказала Петрова. — …»": a stop, then the dash that reopens the split quotation.
  else if (TERMINAL.has(toks[p]?.text ?? "") && v.openTok.has(p + 1) && L.attributionDashes.has(toks[p + 1]!.text)) p++;
  else if (toks[p]?.text === ",") {
    p++;
    hadComma = true;
    // "Clinton said in the spring, when the email story broke, “I did not …”": an adverbial clause
    // set between the cue and its quotation.
    if (p < s.to && L.subordinators.has(toks[p]!.lower)) {
      for (let k = p + 1; k + 1 < s.to && k - p < 25; k++) {
        if (TERMINAL.has(toks[k]!.text) || v.quoteOf[k]! >= 0 || matchesCue(toks, k, L)) break;
        if (toks[k]!.text === "," && v.openTok.has(k + 1)) { p = k + 1; break; }
      }
    }
  }
  const frame: Frame = { cueFrom: from, cueTo: to, mention, inherits, attrFrom, attrTo, content: null, quoteAfter: null, quoteBefore: null, thatClause: false };
  // A quote right before the attribution: “…,” Peskov said.
  // (ICU ends a sentence at “…?” or “…!”: the attribution that follows belongs to that quote.)
  // (Not a quotation closed by a full stop when the reporter's sentence goes on after the cue:
  // “You just simply haven't.” Rubio fired back at Christie over … is a sentence of its own.)
  const before = attrFrom - 1 >= s.from || (attrFrom === s.from && v.closeTok.has(attrFrom - 1) && !(stopBeforeClose(v, attrFrom - 1) && wordsBetween(toks, Math.max(to, mention?.to ?? 0), s.to) > 3)) ? attrFrom - 1 : -1;
  // (", adding" after a quotation closed by its comma continues the frame before; that quotation is not its own.)
  if (before >= 0 && !commaClose) {
    // Up to a few words may stand between (a title the name parse did not take: "…," former
    // State policy planning director Anne-Marie Slaughter wrote).
    let b = before;
    while (b > s.from && before - b < 6 && toks[b]!.isWord && !v.closeTok.has(b)) b--;
    if (b < 0) b = 0;
    // ("«…», — заявил X": the dash of the attribution, then the comma.)
    if (b > 0 && L.attributionDashes.has(toks[b]!.text) && !v.closeTok.has(b)) b--;
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
    // (", but despite the fractious tone, “I think he will do it,” said Kunin": a capitalised
    // quotation after a comma is a sentence of its own; the words before it are the reporter's.)
    const first = firstQuotedWord(v, open);
    const ownSentence = toks[open - 1]?.text === "," && !!first && first.isCap;
    if (words >= 1 && !ownSentence) {
      frame.content = { start: toks[start]!.start, end: toks[v.closeOf[frame.quoteBefore]!]!.end };
      frame.quoteBefore = null;
    }
  }
  // "While consumer confidence is high, he said, ''this has done nothing …''", "Her countrymen, she
  // said, should not listen to “…”": an attribution set between commas inside the reporter's
  // sentence; what stands on both sides is one claim (mixed when it holds quoted words). Not after
  // a quote (“…,” Coleman said, “but not …” is one quote split in two).
  if (hadComma && frame.quoteBefore === null && !frame.content && before >= 0 && toks[before]!.text === "," && !v.closeTok.has(before - 1) && p < s.to && continuesClause(v, p, L)) {
    const start = clauseStart(v, frames, before, s.from);
    let words = 0;
    for (let k = start; k < before; k++) if (toks[k]!.isWord && v.quoteOf[k]! < 0) words++;
    const rest = contentFrom(v, p, s.to, L);
    if (words >= 1 && rest) {
      frame.content = { start: toks[start]!.start, end: rest.end };
      return frame.content && wordCount(v.text.slice(frame.content.start, frame.content.end)) >= MIN_CONTENT_WORDS ? frame : { ...frame, content: null };
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
    // (Not a sentence quoted whole and closed by its comma: 'said, ''We are going to enact the
    // changes,'' including ending the sales goals' — the words after are the reporter's.)
    const first = firstQuotedWord(v, p);
    const wholeSentence = !!first && first.isCap && commaBeforeClose(v, frame.quoteAfter);
    if (closeIdx >= 0 && closeIdx + 1 < s.to && toks[closeIdx + 1]!.isWord && !wholeSentence) {
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
  if (anaphoric && frame.mention && !frame.content && frame.quoteAfter === null && frame.quoteBefore === null && v.sentOf[from]! > 0) {
    const ps = v.sents[v.sentOf[from]! - 1]!;
    let e = ps.to;
    while (e > ps.from && /^[.!?;:,]$/.test(toks[e - 1]!.text)) e--;
    let quoted = false;
    for (let k = ps.from; k < e && !quoted; k++) quoted = v.quoteOf[k]! >= 0;
    if (!quoted && e > ps.from) frame.content = { start: toks[ps.from]!.start, end: toks[e - 1]!.end };
  }
  // Nothing after: the content is what stands before ("…, Palvetzian argued.").
  // (Not for a participle: "the journalist Olivia Messer, writing in The Texas Observer, described …",
  // "…, the president has been holed up at the White House, tweeting." report nothing before them.)
  if (!frame.content && frame.quoteAfter === null && frame.quoteBefore === null && (p >= s.to || TERMINAL.has(toks[p]!.text) || hadComma) && before >= 0 && toks[before]!.text === "," && !/ing$/.test(toks[from]!.lower)) {
    const start = clauseStart(v, frames, before, s.from);
    if (start < before) frame.content = { start: toks[start]!.start, end: toks[before - 1]!.end };
  }
  if (frame.content && wordCount(v.text.slice(frame.content.start, frame.content.end)) < MIN_CONTENT_WORDS) frame.content = null;
  return frame;
}

function wordsBetween(toks: readonly Tok[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to && n <= 3; k++) if (toks[k]!.isWord) n++;
  return n;
}

/** Quotation q ends with a comma inside its closing mark (“…,”). */
function commaBeforeClose(v: ParagraphView, q: number): boolean {
  const span = v.quotes[q]!;
  if (!span.closed) return false;
  let e = span.close - span.closeLen + 1;
  while (e > span.open && /\s/.test(v.text[e - 1]!)) e--;
  return v.text[e - 1] === ",";
}

/** The quotation that closes at token k ends with a full stop (“… haven't.”). */
function stopBeforeClose(v: ParagraphView, k: number): boolean {
  const q = v.quotes[v.closeTok.get(k)!]!;
  let e = q.close - q.closeLen + 1;
  while (e > q.open && /\s/.test(v.text[e - 1]!)) e--;
  return v.text[e - 1] === ".";
}

/** After "…, he said,": the sentence goes on (a quotation opening in lower case, or a verb or
 * auxiliary), rather than an adjunct of the attribution ("in a plan funded by …") or a new clause. */
function continuesClause(v: ParagraphView, p: number, L: LangData): boolean {
  const t = v.toks[p]!;
  if (v.openTok.has(p)) {
    const first = firstQuotedWord(v, p);
    return !!first && !first.isCap;
  }
  return t.isWord && !t.isCap && (L.auxiliaries.has(t.lower) || BE.has(t.lower)) && !L.timeWords.has(t.lower);
}

/** A cue starts at token k (the subordinate clause before a quotation holds none). */
function matchesCue(toks: readonly Tok[], k: number, L: LangData): boolean {
  return matchCue(toks, k, buildCueIndex(L)) !== null;
}

/** Frame k's cue stands inside the reported content of an earlier frame. */
function insideContent(v: ParagraphView, frames: readonly Frame[], k: number): boolean {
  const at = v.toks[frames[k]!.cueFrom]!.start;
  for (let m = k - 1; m >= 0 && m >= k - 8; m--) {
    const c = frames[m]!.content;
    if (c && c.start <= at && at < c.end) return true;
  }
  return false;
}

/** "a rare note", "the original Sanders demand": a determiner, then one or two modifiers. */
function nounAfterDeterminer(toks: readonly Tok[], i: number, floor: number, L: LangData): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
    const t = toks[k]!;
    if (L.determiners.has(t.lower) && t.lower !== "that") return k < i - 1;
    if (!t.isWord || L.auxiliaries.has(t.lower) || L.functionWords.has(t.lower) || L.pronouns[t.lower] || /ly$/.test(t.lower) || endsWithPossessiveS(t.text)) return false;
  }
  return false;
}

const DASHES: ReadonlySet<string> = new Set(["—", "–", "-"]);

/** "сообщила в четверг пресс-служба": a time adjunct (time words, or a preposition and time words
 * or numbers) between an inverted cue and its subject; the subject's first token. */
function skipTimeAdjunct(toks: readonly Tok[], p: number, end: number, L: LangData): number {
  for (let guard = 0; guard < 3 && p < end; guard++) {
    const t = toks[p]!;
    if (L.timeWords.has(t.lower)) { p++; continue; }
    if (!L.adjunctPrepositions.has(t.lower)) break;
    let k = p + 1;
    while (k < end && k - p <= 4 && (L.timeWords.has(toks[k]!.lower) || /^\d/.test(toks[k]!.text))) k++;
    if (k === p + 1) break;
    p = k;
  }
  return p;
}

/** The subject before an aside set off by dashes: the name inside the dashes when a description
 * stands before them, else the phrase before them. */
function dashedSubject(v: ParagraphView, dash: number, floor: number, L: LangData): Mention | null {
  const { toks } = v;
  let c = dash;
  while (c > floor && DASHES.has(toks[c - 1]!.text)) c--; // "--"
  let d = c - 1;
  while (d > floor && c - d < 30 && !DASHES.has(toks[d]!.text)) {
    if (TERMINAL.has(toks[d]!.text) || v.quoteOf[d]! >= 0) return null;
    d--;
  }
  if (d <= floor || !DASHES.has(toks[d]!.text)) return null;
  let d0 = d;
  while (d0 - 1 > floor && DASHES.has(toks[d0 - 1]!.text)) d0--;
  const before = mentionBefore(toks, d0, floor, L);
  const named = mentionAfter(toks, d + 1, c, L);
  if (named && named.kind === "person" && (!before || before.kind === "title")) return { ...named, from: before?.from ?? named.from, title: named.title ?? before?.title ?? null };
  return before && before.kind !== "pronoun" && before.refers !== "relative" ? before : null;
}

function sourceFirstFrame(v: ParagraphView, from: number, to: number, s: { from: number; to: number }, L: LangData): Frame | null {
  const { toks } = v;
  let end = to;
  // The phrase ends at a comma, the sentence's end or a dash ("according to a poll last week - virtually …").
  // A relative clause describes the source ("a senior official who spoke on the condition of anonymity").
  while (end < s.to && end - to < 15 && toks[end]!.text !== "," && !TERMINAL.has(toks[end]!.text) && !/^[—–-]$/.test(toks[end]!.text) && !(end > to && L.relativePronouns.has(toks[end]!.lower))) end++;
  // The source is the noun phrase that ends the phrase ("a study released by Civic Action").
  let b = end, a = end;
  let best: Mention | null = end > to ? mentionBefore(toks, end, to, L) : null;
  if (best?.kind === "pronoun") best = null;
  // "по его словам, …": the source is the possessive pronoun inside the phrase.
  for (let k = from + 1; k < to - 1 && !best; k++) {
    const pr = L.phrasePronouns[toks[k]!.lower];
    if (pr) best = { from: k, to: k + 1, kind: "pronoun", name: toks[k]!.text, title: null, refers: pr.refers, ...(pr.gender ? { gender: pr.gender } : {}) };
  }
  for (let k = end - 1; k >= to - 1 && !best; k--) {
    if (k >= to && (toks[k]!.isCap || L.groupNouns.has(toks[k]!.lower) || L.organizationNouns.has(toks[k]!.lower))) { if (b === end && a === end) b = k + 1; a = k; continue; }
    // "the officer in charge of the CIA's Benghazi base": capitalised words before a common noun
    // modify it; they are not the source.
    const next = toks[b];
    const modifies = b < end && toks[b - 1]!.isCap && !!next && next.isWord && !next.isCap && !L.functionWords.has(next.lower) && !L.timeWords.has(next.lower) && !/ed$/.test(next.lower);
    if (a < b && !modifies) best = analyse(toks, a, b, L);
    a = b = end;
  }
  // Then the noun phrase that opens the source ("the officer in charge of …").
  if (!best && end > to) {
    const head = mentionAfter(toks, to, end, L);
    if (head && head.kind !== "pronoun") best = head;
  }
  if (!best) return null;
  // "по данным Архангельскстата": after a phrase of data, a lone name is a body, not a person.
  if (best.kind === "person" && !best.title && !best.name.includes(" ") && L.bodySourcePhrases.has(toks.slice(from, to).map((t) => t.lower).join(" "))) best = { ...best, kind: "organization" };
  const frame: Frame = { cueFrom: from, cueTo: to, mention: best, inherits: null, attrFrom: from, attrTo: end, content: null, quoteAfter: null, quoteBefore: null, thatClause: false };
  if (from === s.from || toks[from - 1]?.text === "," && from - 1 === s.from) {
    if (toks[end]?.text === ",") frame.content = contentFrom(v, end + 1, s.to, L);
  } else if (toks[from - 1]?.text === ",") {
    const start = clauseStart(v, [], from - 1, s.from);
    if (start < from - 1) frame.content = { start: toks[start]!.start, end: toks[from - 2]!.end };
  } else if (v.closeTok.has(from - 1)) {
    // "“…,” according to a court document filed by state attorney Dave Aronberg."
    const q = v.closeTok.get(from - 1)!;
    const open = v.openOf[q]!;
    // "… with ''negligible effects on economic performance,'' according to a study": quoted words
    // inside the reporter's clause make one mixed claim with it.
    const start = clauseStart(v, [], open, s.from);
    let words = 0;
    for (let k = start; k < open; k++) if (toks[k]!.isWord) words++;
    const first = firstQuotedWord(v, open);
    if (words >= 1 && first && !first.isCap && toks[open - 1]?.isWord) frame.content = { start: toks[start]!.start, end: toks[from - 1]!.end };
    else frame.quoteBefore = q;
  }
  if (frame.content && wordCount(v.text.slice(frame.content.start, frame.content.end)) < MIN_CONTENT_WORDS) frame.content = null;
  return frame;
}

