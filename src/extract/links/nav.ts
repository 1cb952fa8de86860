// Links that are a site's own navigation rather than something the article cites: a tag box
// ("Tags: China, Trade war"), a byline's author page, a category strip. Judged only where the
// links are the whole block; a tag page linked from inside a sentence stays (news sites link
// names in prose to topic pages, and those are part of the text).

import type { LinkSpan } from "../../article/types.js";
import { LISTING_SEGMENTS } from "./links.data.js";

/** Share of a block's visible characters that its links must cover for it to read as a list of links. */
const LINK_LIST_COVERAGE = 0.8;

/** The path names a listing page and something after it: "/tag/metroid", not "/tag" or "/tagged-story". */
export function isListingUrl(url: URL): boolean {
  const segments = url.pathname.split("/").filter((s) => s !== "");
  for (let i = 0; i < segments.length - 1; i++) if (LISTING_SEGMENTS.has(segments[i]!.toLowerCase())) return true;
  return false;
}

/** The block is (almost) nothing but links: a tag strip, a byline, a list item that is one link. */
export function isLinkList(text: string, sortedLinks: readonly LinkSpan[]): boolean {
  const visible = countVisible(text, 0, text.length);
  if (visible === 0) return false;
  let covered = 0;
  let lastEnd = 0;
  for (const l of sortedLinks) {
    const start = Math.max(l.start, lastEnd); // nested or overlapping spans count once
    if (l.end > start) covered += countVisible(text, start, l.end);
    lastEnd = Math.max(lastEnd, l.end);
  }
  return covered >= LINK_LIST_COVERAGE * visible;
}

function countVisible(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 44 /* , */ && c !== 124 /* | */ && c !== 0xb7 /* · */) n++;
  }
  return n;
}
