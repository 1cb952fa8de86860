// Cited links: every followable link of the body (and of the related-story boxes and image links
// kept beside it), with its kind, whether it stays on the article's site, the sentence it stands
// in, and the claim it backs. The body's edges are the site's, not the article's: what follows the
// last paragraph of prose and offers two stories or more (a "More from …" box, a run of headlines,
// a list of the site's own stories) gives no links, nor do self-promotion lines (nav.ts).
// Unusable hrefs (javascript:, data:, mailto:, tel:, bare fragments, broken, relative with no
// base) arrive with url null from the body stage and are skipped, never guessed; in-page anchors
// resolve to the page itself and are left out. Each occurrence is reported: a URL the text links
// twice is two links.

import { getDomain } from "tldts";
import type { Article, AsideLink, Block, Span } from "../../article/types.js";
import type { Quote } from "../quotes/types.js";
import { cleanUrl } from "./clean-url.js";
import { blockFacts, isShareUrl, linkKind } from "./kind.js";
import { bylineNameStart, isAuthorUrl, isLinkList, isListingUrl, isSelfPromotion, wordCount } from "./nav.js";
import { indexQuotes, type QuoteIndex } from "./ties.js";
import type { Link } from "./types.js";

export type { Link } from "./types.js";
export { cleanUrl } from "./clean-url.js";

/** Blocks of at most this many words are lines (bylines, credits), not prose. */
const SHORT_BLOCK_WORDS = 15;

/** Kinds of link that can back a claim (a related box or a heading's link does not). */
const BACKING_KINDS: ReadonlySet<Link["kind"]> = new Set(["citation", "social", "media"]);

export function findLinks(article: Article, quotes: readonly Quote[]): Link[] {
  const site = siteOf(article.doc.url ?? article.meta.canonicalUrl, article.meta.canonicalUrl);
  const ties = indexQuotes(quotes);
  const asides = [...article.asideLinks].sort((a, b) => a.paragraph - b.paragraph);
  const links: Link[] = [];
  const lastProse = lastProseIndex(article.blocks);
  // The stories each further-reading box offers (a box is known by its place and its text).
  const boxKey = (a: AsideLink): string => `${a.paragraph}\u0000${a.context}`;
  const boxStories = new Map<string, Set<string>>();
  for (const a of article.asideLinks) {
    if (a.isMedia || !a.url) continue;
    const set = boxStories.get(boxKey(a)) ?? new Set<string>();
    set.add(a.url);
    boxStories.set(boxKey(a), set);
  }
  const closingLists = storyLists(article.blocks, lastProse, site);
  let nextAside = 0;
  const flushAsides = (upTo: number): void => {
    for (; nextAside < asides.length && asides[nextAside]!.paragraph <= upTo; nextAside++) {
      const a = asides[nextAside]!;
      const url = followable(a.url);
      if (!url || isShareUrl(url) || isSelf(url, site)) continue;
      // A box of several stories after the last paragraph of prose closes the page, not the text
      // ("More from …", "Latest news"): the site's navigation. A single pointer ("Related: …")
      // before a short closing line stays.
      if (!a.isMedia && a.paragraph > lastProse && (boxStories.get(boxKey(a))?.size ?? 0) >= MIN_CLOSING_STORIES) continue;
      // An image that links off-site with campaign tracking (utm_source=…) is a banner (an ad, a
      // subscription offer), not the article's picture.
      const clean = cleanUrl(a.url!);
      if (a.isMedia && clean !== a.url && !isInternal(url, site)) continue;
      links.push({
        url: a.url!, cleanUrl: clean, text: a.text, kind: a.isMedia ? "media" : "related", internal: isInternal(url, site),
        paragraph: a.paragraph, sentence: a.context, start: a.start, end: a.end, quote: null,
      });
    }
  };
  const closingHeadlines = new Set<Link>();
  for (const block of article.blocks) {
    // A box stands before the paragraph it names, so its links come first.
    flushAsides(block.index);
    // A closing list of the site's own stories ("More Great WIRED Stories"): navigation.
    if (closingLists.has(block.index)) continue;
    const found = blockLinks(block, site, ties);
    // Headline paragraphs after the last paragraph of prose (list items there may be references).
    if (block.index > lastProse && block.kind !== "list-item") for (const l of found) if (l.kind === "related") closingHeadlines.add(l);
    links.push(...found);
  }
  flushAsides(Number.POSITIVE_INFINITY);
  // A run of them ("You may also like…" and two stories or more) closes the page, not the text:
  // the site's navigation (issue 7: "more from" lists). A single closing "Read more: …" stays.
  if (new Set([...closingHeadlines].map((l) => l.url)).size < MIN_CLOSING_STORIES) return links;
  return links.filter((l) => !closingHeadlines.has(l));
}

/** Fewest stories offered after the last paragraph of prose for them to be the site's navigation. */
const MIN_CLOSING_STORIES = 2;

/**
 * Blocks (by index) of the lists after the last paragraph of prose in which every item links
 * pages of the article's own site only: "More great stories" lists. (A closing list with an
 * outside link may be the references, and stays.)
 */
function storyLists(blocks: readonly Block[], lastProse: number, site: Site | null): Set<number> {
  const out = new Set<number>();
  let i = lastProse + 1;
  while (i < blocks.length) {
    const first = blocks[i]!;
    const parent = first.kind === "list-item" ? first.element?.parent ?? null : null;
    let j = i;
    let stories = true;
    while (j < blocks.length && blocks[j]!.kind === "list-item" && parent !== null && blocks[j]!.element?.parent === parent) {
      const ls = blocks[j]!.links.map((l) => followable(l.url)).filter((u): u is URL => u !== null && !isSelf(u, site));
      if (!ls.length || !ls.every((u) => isInternal(u, site))) stories = false;
      j++;
    }
    if (j - i >= MIN_STORY_LIST && stories) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Fewest items of a closing list of the site's own stories. */
const MIN_STORY_LIST = 3;

/** Blocks that can be the article's prose (a list item is a line of a list, whatever its length). */
const PROSE_KINDS: ReadonlySet<Block["kind"]> = new Set(["paragraph", "blockquote", "preformatted", "table"]);

/** Fewest words of a paragraph that reads as the article's prose rather than a line of the page. */
const PROSE_WORDS = 20;

/**
 * The index of the last block that is prose (a paragraph of PROSE_WORDS words or more, not a
 * list of links nor a list item); blocks.length when there is none (then nothing closes the page).
 */
function lastProseIndex(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (!PROSE_KINDS.has(b.kind) || wordCount(b.text, PROSE_WORDS) < PROSE_WORDS) continue;
    if (!isLinkList(b.text, [...b.links].sort((x, y) => x.start - y.start))) return b.index;
  }
  return blocks.length;
}

function blockLinks(block: Block, site: Site | null, ties: QuoteIndex): Link[] {
  const out: Link[] = [];
  if (block.links.length === 0 || isSelfPromotion(block.text)) return out;
  const spans = [...block.links].sort((a, b) => a.start - b.start);
  const linkList = isLinkList(block.text, spans);
  const byline = bylineNameStart(block.text);
  const short = wordCount(block.text, SHORT_BLOCK_WORDS + 1) <= SHORT_BLOCK_WORDS;
  const facts = blockFacts(block);
  let s = 0; // sentences are in order: one sweep finds each link's sentence
  for (const span of spans) {
    const url = followable(span.url);
    if (!url || isShareUrl(url) || isSelf(url, site) || (linkList && isListingUrl(url))) continue;
    // A byline's linked name, or an author page in a line too short to be prose: not a citation.
    if (span.start === byline || (short && isAuthorUrl(url))) continue;
    while (s < block.sentences.length - 1 && block.sentences[s]!.end <= span.start) s++;
    const kind = linkKind(span, url, facts);
    out.push({
      url: span.url!, cleanUrl: cleanUrl(span.url!), text: span.text, kind, internal: isInternal(url, site),
      paragraph: block.index, sentence: sentenceText(block, block.sentences[s], span.start),
      start: span.start, end: span.end,
      quote: BACKING_KINDS.has(kind) ? ties.find(block.index, span.start, span.end) : null,
    });
  }
  return out;
}

function sentenceText(block: Block, sentence: Span | undefined, at: number): string {
  if (!sentence || at < sentence.start || at > sentence.end) return block.text;
  return block.text.slice(sentence.start, sentence.end).trim();
}

/** The URL when it can be followed over the web (http or https), else null. */
function followable(u: string | null): URL | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

interface Site {
  domain: string | null;
  host: string;
  /** The page's own addresses (URL and canonical), without fragment or trailing slash. */
  self: ReadonlySet<string>;
}

function siteOf(u: string | null, canonical: string | null): Site | null {
  const url = followable(u);
  if (!url) return null;
  const self = new Set([samePageKey(url)]);
  const c = followable(canonical);
  if (c) self.add(samePageKey(c));
  return { domain: getDomain(url.href), host: url.hostname.toLowerCase(), self };
}

/** The URL as a page address: no fragment, no trailing slash, host lower case (URL does that). */
function samePageKey(url: URL): string {
  const s = url.href.slice(0, url.hash ? url.href.length - url.hash.length : undefined);
  return s.endsWith("/") ? s.slice(0, -1) : s;
}

/** A link to the page itself (a permalink on the timestamp, an in-page anchor): never a citation. */
function isSelf(url: URL, site: Site | null): boolean {
  return site !== null && site.self.has(samePageKey(url));
}

/** Same registrable domain (public suffix list, via tldts); hosts with none (IPs, intranet names) must match exactly. */
function isInternal(url: URL, site: Site | null): boolean {
  if (!site) return false;
  const domain = getDomain(url.href);
  if (domain && site.domain) return domain === site.domain;
  return url.hostname.toLowerCase() === site.host;
}
