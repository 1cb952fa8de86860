// Whether a date on the page belongs to the article, judged from where it sits relative to the
// headline. The class words of regions.ts (comment, related, footer, sidebar, teaser…) mark
// other people's dates, but pages also use them for the article's own frame: the blog theme's
// "mainwrap sidebar" layout that holds the whole post, the "teaser-body" that is the article,
// WordPress's "entry-footer" and Blogger's "post-footer" that carry the posted-on date, Drupal's
// <aside class="meta"> inside <article>. So:
//   - an ancestor that contains the headline (<h1>) is the article's frame, never foreign;
//   - below the headline's nearest common container, when that container is (or is inside) an
//     article container (<article>, hentry, "post", "entry"…), structural words (footer, aside,
//     sidebar, widget, teaser) describe the article's own parts and only content words
//     (comment, related, embed, copyright…) make a region foreign;
//   - elsewhere every word counts, as before;
//   - a block beside the headline (its parent or grandparent, small) is the article's header
//     whatever its classes say; a story element (<article>, hentry) that does not hold the
//     headline is another story's teaser; infoboxes and reference lists hold facts about the
//     subject and the sources, not the page's date.
// The headline is the heading that shares most words with the page's title.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";
import { boundedText } from "./visible-text.js";
import { classWords } from "./regions.js";
import {
  ARTICLE_CONTAINER_WORDS, FOREIGN_DATE_REGIONS, HEADLINE_SELECTORS, SUBJECT_FACT_REGIONS, FOREIGN_DATE_TAGS, FRAME_REGION_WORDS, FRAME_TAGS,
} from "./published.data.js";

export interface DateScope {
  /** The headline element, when the page has one. */
  readonly headline: Element | null;
  /** The headline and every element above it. */
  readonly headlineFrame: ReadonlySet<Element>;
  /** The nearest story element (<article>, hentry, schema.org Article) holding the headline. */
  readonly headlineStory: Element | null;
  /** Memo of isForeignDate's ancestor chains, for this Doc only. */
  readonly chains: WeakMap<Element, Chain>;
}

const cache = new WeakMap<Doc, DateScope>();

/** Class/id words that make a region foreign wherever it sits (content of others). */
const CONTENT_WORDS: ReadonlySet<string> = new Set(
  FOREIGN_DATE_REGIONS.flatMap((w) => w.split("-"))
    .filter((w) => w !== "media" && w !== "twitter" && !FRAME_REGION_WORDS.includes(w))
    .concat(SUBJECT_FACT_REGIONS),
);
const FRAME_WORDS: ReadonlySet<string> = new Set(FRAME_REGION_WORDS);
const ARTICLE_WORDS: ReadonlySet<string> = new Set(ARTICLE_CONTAINER_WORDS);

export function dateScope(doc: Doc): DateScope {
  let scope = cache.get(doc);
  if (scope) return scope;
  const frame = new Set<Element>();
  const headline = findHeadline(doc);
  for (let n: Element | null = headline; n && n.type === "tag"; n = n.parent as Element | null) frame.add(n);
  scope = { headline, headlineFrame: frame, headlineStory: [...frame].find(isStory) ?? null, chains: new WeakMap() };
  cache.set(doc, scope);
  return scope;
}

/** What the ancestors of an element below the headline's frame say about it (memoised per element). */
interface Chain {
  /** The first ancestor that holds the headline, or null (body reached). */
  readonly frameTop: Element | null;
  /** A comment/related/footer… word or tag on the chain, judged for an article or a page. */
  readonly foreign: boolean;
  readonly hasForeignTag: boolean;
  readonly hasStory: boolean;
}

/** The element or an ancestor below the headline's frame is a comment, related story, embed, footer… */
export function isForeignDate(el: Element, scope: DateScope): boolean {
  const chain = chainOf(el, scope);
  if (!chain) return false;
  const { frameTop } = chain;
  // Beside the headline (its parent or grandparent holds both): the article's own header, whatever
  // its classes say (BuzzFeed's "headline-timestamp embed-timestamp").
  if (frameTop !== null && !chain.hasForeignTag && depthAbove(scope.headline, frameTop) <= HEADER_LEVELS
    && boundedText(frameTop, MAX_HEADER_TEXT) !== null) return false;
  // A story of its own (<article>, hentry, schema.org Article) that does not hold the headline,
  // on a page whose headline sits in one: a teaser of another story ("à ne pas manquer").
  if (frameTop !== null && isStory(scope.headlineStory) && chain.hasStory) return true;
  return chain.foreign;
}

/**
 * The chain of `el`: its ancestors up to (not including) the first one that holds the headline.
 * Computed from the top down and memoised, so that thousands of dates nested thousands deep cost
 * one walk, not one per date. Null for the frame itself, <body> and <html>.
 */
function chainOf(el: Element, scope: DateScope): Chain | null {
  const memo = scope.chains;
  const path: Element[] = [];
  let top: Chain | null = null;
  let frameTop: Element | null = null;
  for (let n: Element | null = el; n && n.type === "tag"; n = n.parent as Element | null) {
    if (n.name === "body" || n.name === "html") break;
    if (scope.headlineFrame.has(n)) {
      frameTop = n;
      break;
    }
    const known = memo.get(n);
    if (known) {
      top = known;
      frameTop = known.frameTop;
      break;
    }
    path.push(n);
  }
  if (!path.length) return top;
  const inArticle = frameTop !== null && isInArticle(frameTop);
  let chain: Chain = top ?? { frameTop, foreign: false, hasForeignTag: false, hasStory: false };
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i]!;
    const tag = FOREIGN_DATE_TAGS.has(n.name);
    chain = {
      frameTop,
      foreign: chain.foreign || (tag && !(inArticle && FRAME_TAGS.has(n.name))) || hasForeignWord(n, inArticle),
      hasForeignTag: chain.hasForeignTag || tag,
      hasStory: chain.hasStory || isStory(n),
    };
    memo.set(n, chain);
  }
  return chain;
}

function hasForeignWord(n: Element, inArticle: boolean): boolean {
  for (const w of classWords(n)) {
    if (CONTENT_WORDS.has(w)) return true;
    if (FRAME_WORDS.has(w) && !inArticle) return true;
  }
  return false;
}

/**
 * The element shares an article container with the headline (it sits in the article's header,
 * byline or footer), rather than in the page's masthead ("lun. 5 août 2019", today's date) or
 * another part of the page.
 */
export function sharesArticle(el: Element, scope: DateScope): boolean {
  for (let n: Element | null = el; n && n.type === "tag"; n = n.parent as Element | null) {
    if (scope.headlineFrame.has(n)) return isInArticle(n) || depthAbove(scope.headline, n) <= HEADER_LEVELS;
  }
  return false;
}

/** Longest text of a block that is the article's header (headline, kicker, byline, date), not the page. */
const MAX_HEADER_TEXT = 600;

/** Levels above the headline within which a date shares its header ("ArticleHeader_date" beside the <h1>). */
const HEADER_LEVELS = 2;

function depthAbove(from: Element | null, ancestor: Element): number {
  let d = 0;
  for (let n = from; n && n !== ancestor; n = n.parent as Element | null) d++;
  return d;
}

/** One story's element: <article>, hAtom's hentry, or schema.org Article markup. */
function isStory(n: Element | null): n is Element {
  if (!n) return false;
  return n.name === "article" || STORY_TYPE.test(n.attribs["itemtype"] ?? "") || /(?:^|\s)h-?entry(?:\s|$)/.test(n.attribs["class"] ?? "");
}

const STORY_TYPE = /Article|BlogPosting|NewsArticle|Posting/;

/** The element or one of its ancestors is an article container. */
function isInArticle(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === "tag"; n = n.parent as Element | null) {
    if (n.name === "body" || n.name === "html") return false;
    if (n.name === "article") return true;
    if (STORY_TYPE.test(n.attribs["itemtype"] ?? "")) return true;
    for (const w of classWords(n)) if (ARTICLE_WORDS.has(w)) return true;
  }
  return false;
}

/** Headings looked at for the headline, per selector. */
const MAX_HEADINGS = 40;
/** Longest heading text compared with the title. */
const MAX_HEADING_TEXT = 300;
/** Share of words a heading and a title must share (over the longer) for the heading to be the headline. */
const MIN_TITLE_COVER = 0.4;

/**
 * The article's headline element: the first heading whose words are the page's title (og:title,
 * <title>, JSON-LD headline: a site logo in <h1> and "SERVICE" menus in <h1 class="noscreen">
 * are not), else the first <h1> outside navigation, footers and asides.
 */
function findHeadline(doc: Doc): Element | null {
  const titles = [
    metaContent(doc, ["og:title", "twitter:title"]), doc.$("head title").first().text(),
    ...articleNodes(doc).slice(0, 1).map((n) => textOf(n["headline"])),
  ].map((t) => normalise(t ?? "")).filter((t) => t.length >= 4);
  // Selector by selector, so that an <h1> wins a tie with the same title in a menu's <h3>.
  const headings = [...new Set(HEADLINE_SELECTORS.flatMap((sel) => (doc.$(sel).toArray() as Element[]).slice(0, MAX_HEADINGS)))];
  // The heading that covers most of a title (a logo that is the title's " | Site" part covers little).
  let best: Element | null = null;
  let bestCover = MIN_TITLE_COVER;
  for (const h of headings) {
    const text = normalise(boundedText(h, MAX_HEADING_TEXT) ?? "");
    if (text.length < 4 || hasForeignTagAbove(h)) continue;
    for (const t of titles) {
      const cover = tokenCover(text, t);
      if (cover > bestCover) [best, bestCover] = [h, cover];
    }
  }
  return best ?? headings.find((h) => h.name === "h1" && !hasForeignTagAbove(h)) ?? null;
}

/** Words shared by a heading and a title, over the longer of the two. */
function tokenCover(heading: string, title: string): number {
  const a = new Set(heading.split(" "));
  const b = new Set(title.split(" "));
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(a.size, b.size);
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function hasForeignTagAbove(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === "tag"; n = n.parent as Element | null) {
    if (FOREIGN_DATE_TAGS.has(n.name) || n.name === "header" && n.parent?.type === "tag" && (n.parent as Element).name === "body") return true;
  }
  return false;
}

