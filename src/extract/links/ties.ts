// The tie from a link to the claim it backs. A link on the cue verb ("said", "cast doubt",
// "told"), on the speaker's name, inside the claim's own words, or anywhere in the attribution
// belongs to that quote, in that order of strength: "Lavrov said (link) … Zelensky" ties to
// Lavrov's claim even when a second claim in the sentence overlaps the link.
//
// Pages can hold thousands of links and quotes in one paragraph, so nothing here compares every
// link with every quote: the anchors of each paragraph are sorted once per rank, with a running
// "furthest end so far", and each link is a binary search: O((links + quotes) · log quotes).

import type { Place, Quote } from "../quotes/types.js";

interface Anchor {
  start: number;
  end: number;
  quote: number;
}

/** One rank of anchors in one paragraph, sorted by start, with the prefix arg-max of `end`. */
interface RankIndex {
  anchors: Anchor[];
  starts: number[];
  furthest: number[];
}

const RANKS = ["cuePlace", "mentionPlace", "place", "attribution"] as const satisfies readonly (keyof Quote)[];

export interface QuoteIndex {
  /** The quote whose cue, speaker mention, words or attribution overlaps [start, end), or null. */
  find(paragraph: number, start: number, end: number): number | null;
}

export function indexQuotes(quotes: readonly Quote[]): QuoteIndex {
  const byParagraph = new Map<number, Anchor[][]>();
  quotes.forEach((q, i) => {
    RANKS.forEach((rank, r) => {
      const p = q[rank] as Place | null | undefined;
      if (!p || !(p.end > p.start)) return;
      let ranks = byParagraph.get(p.paragraph);
      if (!ranks) byParagraph.set(p.paragraph, (ranks = RANKS.map(() => [])));
      ranks[r]!.push({ start: p.start, end: p.end, quote: i });
    });
  });
  const index = new Map<number, RankIndex[]>();
  for (const [paragraph, ranks] of byParagraph) index.set(paragraph, ranks.map(buildRank));
  return {
    find(paragraph, start, end) {
      const ranks = index.get(paragraph);
      if (!ranks) return null;
      for (const rank of ranks) {
        const hit = overlapping(rank, start, end);
        if (hit !== null) return hit;
      }
      return null;
    },
  };
}

function buildRank(anchors: Anchor[]): RankIndex {
  const sorted = [...anchors].sort((a, b) => a.start - b.start || a.end - b.end || a.quote - b.quote);
  const furthest: number[] = [];
  let best = -1;
  sorted.forEach((a, i) => {
    if (best < 0 || a.end > sorted[best]!.end) best = i;
    furthest.push(best);
  });
  return { anchors: sorted, starts: sorted.map((a) => a.start), furthest };
}

/** An anchor with start < end and end > start (zero-width links: an anchor strictly around the point). */
function overlapping(rank: RankIndex, start: number, end: number): number | null {
  const k = countBelow(rank.starts, Math.max(end, start + 1));
  if (k === 0) return null;
  const a = rank.anchors[rank.furthest[k - 1]!]!;
  return a.end > start ? a.quote : null;
}

/** How many sorted values are < x. */
function countBelow(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
