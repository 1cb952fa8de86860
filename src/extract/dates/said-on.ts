// said_on: the date a quote's attribution gives. A date mention inside the attribution, or next
// to it or to the cue with nothing but a few words without punctuation between ("Lavrov said
// Wednesday", "told reporters on Thursday", "However, last week, he cast doubt"), in the same
// paragraph and outside the quoted words themselves ("said … which wrapped up on Sunday" is not
// when it was said). A quote with no date of its own whose cue shares a sentence with a dated
// attribution of the same speaker takes that date ("Peskov told reporters on Thursday that …,
// adding: '…'").

import type { Article } from "../../article/types.js";
import type { Place, Quote } from "../quotes/types.js";
import type { DateMention } from "./types.js";
import { lowerBound } from "../../text/lower-bound.js";

/** Words allowed between a cue and its date: "told reporters on Thursday", "said in a statement Monday". */
const MAX_GAP_WORDS = 4;

/**
 * How far (in characters) beyond its attribution a quote's date may stand: MAX_GAP_WORDS words
 * with no punctuation between never reach this far. Bounds the dates looked at per quote, so a
 * page of thousands of quotes and dates stays linear (it was quotes × dates).
 */
const REACH_CHARS = 400;

export function saidOnDates(quotes: readonly Quote[], dates: readonly DateMention[], article: Article): (string | null)[] {
  const byParagraph = new Map<number, DateMention[]>();
  for (const d of dates) {
    let list = byParagraph.get(d.paragraph);
    if (!list) byParagraph.set(d.paragraph, (list = []));
    list.push(d);
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start);
  const own = quotes.map((q) => ownDate(q, byParagraph, article));
  // Dated quotes by the paragraph of their attribution, for the quotes that share their date.
  const dated = new Map<number, number[]>();
  own.forEach((value, j) => {
    const anchor = quotes[j]!.attribution ?? quotes[j]!.cuePlace;
    if (value === null || !anchor) return;
    let list = dated.get(anchor.paragraph);
    if (!list) dated.set(anchor.paragraph, (list = []));
    list.push(j);
  });
  return quotes.map((q, i) => own[i] ?? sharedDate(q, i, quotes, own, dated.get(q.cuePlace?.paragraph ?? -1) ?? [], article));
}

/** The dates of a paragraph (sorted by start) that begin within [from, to). */
function datesBetween(sorted: readonly DateMention[], from: number, to: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = lowerBound(sorted, (d) => d.start < from); i < sorted.length && sorted[i]!.start < to; i++) out.push(sorted[i]!);
  return out;
}

function ownDate(q: Quote, byParagraph: ReadonlyMap<number, DateMention[]>, article: Article): string | null {
  const anchors = [q.attribution, q.cuePlace].filter((p): p is Place => p !== null);
  if (anchors.length === 0) return null;
  const paragraph = anchors[0]!.paragraph;
  const text = article.blocks[paragraph]?.text ?? "";
  const from = Math.min(...anchors.map((a) => a.start)) - REACH_CHARS;
  const to = Math.max(...anchors.map((a) => a.end)) + REACH_CHARS;
  const candidates = datesBetween(byParagraph.get(paragraph) ?? [], from, to).filter((d) => !inside(d, q.place));
  // Inside the attribution first, when it stands by the cue or the speaker's name (not in an
  // apposition about the speaker: "said Tim Pawlenty, … a presidential candidate in 2012"); then
  // adjacent to the attribution or the cue; nearest wins.
  const speakerAnchors = [q.cuePlace, q.mentionPlace].filter((p): p is Place => p !== null && p.paragraph === paragraph);
  const within = q.attribution
    ? candidates.find((d) => d.start >= q.attribution!.start && d.end <= q.attribution!.end
      && (speakerAnchors.length === 0 || speakerAnchors.some((a) => adjacency(text, a, d, q.place, q.mentionPlace) !== null)))
    : undefined;
  if (within) return within.value;
  let best: { d: DateMention; gap: number } | null = null;
  for (const anchor of anchors) {
    for (const d of candidates) {
      if (q.attribution && d.start >= q.attribution.start && d.end <= q.attribution.end) continue;
      const gap = adjacency(text, anchor, d, q.place, q.mentionPlace);
      if (gap !== null && (!best || gap < best.gap)) best = { d, gap };
    }
  }
  return best?.d.value ?? null;
}

/** The number of words between anchor and date when they are adjacent, else null. */
function adjacency(text: string, anchor: Place, d: DateMention, quote: Place, mention: Place | null): number | null {
  const [from, to] = d.start >= anchor.end ? [anchor.end, d.start] : d.end <= anchor.start ? [d.end, anchor.start] : [-1, -1];
  if (from < 0) return null;
  // The quoted words never stand between an attribution and its date.
  if (quote.paragraph === anchor.paragraph && quote.start < to && quote.end > from) return null;
  // The speaker's name may stand between ("On Monday, Hillary Clinton said"): it is not a gap.
  const gap = mention && mention.paragraph === anchor.paragraph && mention.start >= from && mention.end <= to
    ? text.slice(from, mention.start) + " " + text.slice(mention.end, to)
    : text.slice(from, to);
  if (/["“”«».;:!?()]/.test(gap)) return null;
  const words = gap.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length > MAX_GAP_WORDS) return null;
  // A clause boundary ("that", a comma followed by words) ends the attribution.
  if (words.some((w) => THAT.has(w.toLowerCase()))) return null;
  if (/,/.test(gap) && words.length > 1) return null;
  return words.length;
}

/** Complementisers that start the reported clause: after them, a date belongs to what was said. */
const THAT: ReadonlySet<string> = new Set(["that", "dass", "que", "qu'", "who", "which", "whether", "if"]);

function sharedDate(q: Quote, i: number, quotes: readonly Quote[], own: readonly (string | null)[], datedHere: readonly number[], article: Article): string | null {
  if (!q.cuePlace || q.speaker === null) return null;
  const sentence = sentenceOf(article, q.cuePlace);
  if (!sentence) return null;
  for (const j of datedHere) {
    const other = quotes[j]!;
    if (j === i || own[j] === null || other.speaker !== q.speaker) continue;
    const anchor = other.attribution ?? other.cuePlace;
    if (!anchor || anchor.paragraph !== q.cuePlace.paragraph) continue;
    if (anchor.start >= sentence.start && anchor.end <= sentence.end) return own[j]!;
  }
  return null;
}

function sentenceOf(article: Article, p: Place): { start: number; end: number } | null {
  const sentences = article.blocks[p.paragraph]?.sentences ?? [];
  const s = sentences[lowerBound(sentences, (x) => x.end <= p.start)];
  return s && s.start <= p.start && p.start < s.end ? s : null;
}

function inside(d: DateMention, p: Place): boolean {
  return d.paragraph === p.paragraph && d.start >= p.start && d.end <= p.end;
}
