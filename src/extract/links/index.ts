// Cited links: every followable link of the body (and of the related-story boxes inside it), with
// its kind, whether it stays on the article's site, the sentence it stands in, and the claim it
// backs. Unusable hrefs (javascript:, data:, mailto:, tel:, bare fragments, broken, relative with
// no base) arrive with url null from the body stage and are skipped, never guessed. Each
// occurrence is reported: a URL the text links twice is two links.

import { getDomain } from "tldts";
import type { Article, Block, Span } from "../../article/types.js";
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
  const closingLists = storyLists(article.blocks, lastProse, site);
  let nextAside = 0;
  const flushAsides = (upTo: number): void => {
    for (; nextAside < asides.length && asides[nextAside]!.paragraph <= upTo; nextAside++) {
      const a = asides[nextAside]!;
      const url = followable(a.url);
      if (!url || isShareUrl(url) || isSelf(url, site)) continue;
      // A further-reading box after the last paragraph of prose closes the page, not the text
      // ("More from …", "Latest news"): the site's navigation, not a pointer the article makes.
      if (!a.isMedia && a.paragraph > lastProse) continue;
      links.push({
        url: a.url!, cleanUrl: cleanUrl(a.url!), text: a.text, kind: a.isMedia ? "media" : "related", internal: isInternal(url, site),
        paragraph: a.paragraph, sentence: a.context, start: a.start, end: a.end, quote: null,
      });
    }
  };
  for (const block of article.blocks) {
    // A box stands before the paragraph it names, so its links come first.
    flushAsides(block.index);
    const found = blockLinks(block, site, ties);
    // Headline paragraphs after the last paragraph of prose ("You may also like…" and a run of
    // stories) close the page, not the text: the site's navigation (issue 7: "more from" lists).
    // List items there stay: a closing list may be the article's references.
    // A closing list of the site's own stories ("More Great WIRED Stories"): navigation too.
    if (closingLists.has(block.index)) continue;
    links.push(...(block.index > lastProse && block.kind !== "list-item" ? found.filter((l) => l.kind !== "related") : found));
  }
  flushAsides(Number.POSITIVE_INFINITY);
  return links;
}

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
 * The last block that is prose (a paragraph of PROSE_WORDS words or more, not a list of links nor
 * a list item);
 * the last block when there is none (then nothing closes the page).
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
