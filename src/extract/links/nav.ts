// Links that are a site's own navigation rather than something the article cites: a tag box
// ("Tags: China, Trade war"), a byline's author page, a category strip. Judged only where the
// links are the whole block, or the block is a byline; a tag or person page linked from inside a
// sentence stays (news sites link names in prose to topic pages, and those are part of the text).

import type { LinkSpan } from "../../article/types.js";
import { AUTHOR_SEGMENTS, BYLINE_LEADS, CONTACT_LEADS, LISTING_SEGMENTS, SELF_PROMOTION_LEADS } from "./links.data.js";

/** Share of a block's visible characters that its links must cover for it to read as a list of links. */
const LINK_LIST_COVERAGE = 0.8;
/** Most words a byline line holds ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST"). */
const BYLINE_MAX_WORDS = 20;

/** The path names a listing page and something after it: "/tag/metroid", not "/tag" or "/tagged-story". */
export function isListingUrl(url: URL): boolean {
  return hasSegmentBeforeMore(url, LISTING_SEGMENTS);
}

export function isAuthorUrl(url: URL): boolean {
  return hasSegmentBeforeMore(url, AUTHOR_SEGMENTS);
}

function hasSegmentBeforeMore(url: URL, table: ReadonlySet<string>): boolean {
  const segments = url.pathname.split("/").filter((s) => s !== "");
  for (let i = 0; i < segments.length - 1; i++) if (table.has(segments[i]!.toLowerCase())) return true;
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

/**
 * Where the block is a byline ("By Meg James Staff Writer"), the offset its name starts at; else -1.
 * Short blocks only, so "By comparison, the report found …" in prose is not one unless the link
 * stands right after "By".
 */
export function bylineNameStart(text: string): number {
  const m = /^\s*(\p{L}+)\s+/u.exec(text.slice(0, 16));
  if (!m || !BYLINE_LEADS.includes(m[1]!.toLowerCase())) return -1;
  return wordCount(text, BYLINE_MAX_WORDS + 1) <= BYLINE_MAX_WORDS ? m[0].length : -1;
}

/** Most words of a line that can be the site's own promotion, credit or tag line. */
const SELF_PROMOTION_MAX_WORDS = 40;

/**
 * The block is a short line in which the site speaks about itself ("Subscribe to …", "Join our
 * forums", "Have a tip? …", "Editor's note: …", "Via SyndiGate.info", "Tags: Alibaba"): its links
 * are the site's navigation, not citations.
 */
export function isSelfPromotion(text: string): boolean {
  const head = text.slice(0, 40).replace(/^[^\p{L}\p{N}©]+/u, "").toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const opens = (lead: string): boolean => head.startsWith(lead) && !/[\p{L}\p{N}]/u.test(head.charAt(lead.length));
  if (!SELF_PROMOTION_LEADS.some(opens) && !(CONTACT_LEADS.some(opens) && /\S@\S/.test(text))) return false;
  return wordCount(text, SELF_PROMOTION_MAX_WORDS + 1) <= SELF_PROMOTION_MAX_WORDS;
}

/** Words in `s`, counting no further than `cap` (a long paragraph is not walked to its end). */
export function wordCount(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const space = s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function countVisible(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 44 /* , */ && c !== 124 /* | */ && c !== 0xb7 /* · */) n++;
  }
  return n;
}
