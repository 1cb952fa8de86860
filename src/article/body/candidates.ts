// Which elements hold the article: a cascade with named thresholds (trafilatura's shape), each
// step run only when the one before under-delivered:
//   1. selectors of known article containers (body.data.ts), chunks of one body kept together;
//   2. Readability's scoring: paragraphs give points to their ancestors, weighted by class and
//      tag, discounted by link density; the best container plus its high-scoring siblings;
//   3. baseline: every substantial paragraph outside boilerplate.
// All text measures come from one pass over the page (stats.ts).

import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { BODY_SELECTORS, GALLERY_WORDS, NEGATIVE_CLASS, POSITIVE_CLASS, TAG_SCORE, TEXT_CONTAINER_TAGS } from "./body.data.js";
import { collectStats, linkDensity, type ElementStats, type PageStats } from "./stats.js";

/** Minimum text in a container for a selector match to count. */
const MIN_SELECTOR_TEXT = 200;
/** Highest link density of a usable container. */
const MAX_LINK_DENSITY = 0.5;
/** A further chunk of the same selector (body split by ads) needs this much text. */
const MIN_CHUNK_TEXT = 80;
/** A selector's containers must hold at least this share of the best scored container's text. */
const MIN_SELECTOR_SHARE = 0.4;
/** Shortest paragraph that scores. */
const MIN_PARAGRAPH = 25;
/** Ancestors a paragraph gives points to. */
const SCORE_LEVELS = 5;
/** Siblings of the best container are kept when they score this share of it. */
const SIBLING_SHARE = 0.2;
/** A sibling paragraph is kept when longer than this with little link text. */
const SIBLING_PARAGRAPH = 80;
/** Near-best containers: this share of the best score… */
const CLOSE_SHARE = 0.75;
/** …among the best this many… */
const TOP_CANDIDATES = 5;
/** …of which this many under one ancestor make it the article (Readability's MINIMUM_TOPCANDIDATES). */
const MIN_CLOSE_CANDIDATES = 3;
/** Baseline: paragraphs at least this long. */
const BASELINE_PARAGRAPH = 60;

export interface BodyRoots {
  roots: Element[];
  method: string;
  /** Containers inside the roots that are not article text (Readability's conditional cleaning). */
  isNoise?: (el: Element) => boolean;
  /** The page is larger than the statistics' limits (stats.ts): only its first part was looked at. */
  statsCut?: boolean;
  /** …and the walk stopped inside a root: the roots' text is more than their figures say. */
  rootsCut?: boolean;
}

/** The containers of the article, and their text by the page's figures (links and boilerplate not counted). */
export function findBodyRoots($: CheerioAPI): BodyRoots & { text: number } {
  const body = ($("body").get(0) ?? $.root().children("html").get(0) ?? null) as Element | null;
  if (!body) return { roots: [], method: "none", text: 0 };
  const strictStats = collectStats(body);
  const strictRoots = cascade($, body, strictStats.byElement);
  const strict = { ...strictRoots, isNoise: noiseTest(strictStats.byElement, strictRoots), ...cutFlags(strictStats, strictRoots.roots) };
  if (strict.text >= MIN_SELECTOR_TEXT) return strict;
  // Under-delivered: some pages wrap everything in a "modal" or aria-hidden container; try again
  // with class words ignored above the article.
  const lenientStats = collectStats(body, true);
  const lenient = cascade($, body, lenientStats.byElement);
  return lenient.text > strict.text ? { ...lenient, method: `${lenient.method} (lenient)`, isNoise: noiseTest(lenientStats.byElement, lenient), ...cutFlags(lenientStats, lenient.roots) } : strict;
}

function cutFlags(s: PageStats, roots: readonly Element[]): { statsCut?: true; rootsCut?: true } {
  if (!s.cut) return {};
  return roots.some((r) => s.open.has(r)) ? { statsCut: true, rootsCut: true } : { statsCut: true };
}

function cascade($: CheerioAPI, body: Element, stats: Map<Element, ElementStats>): BodyRoots & { text: number } {
  const r = chooseRoots($, body, stats);
  return { ...r, text: r.roots.reduce((n, e) => n + usable(stats.get(e) ?? EMPTY), 0) };
}

const EMPTY: ElementStats = { text: 0, link: 0, commas: 0, own: 0, excluded: true, depth: 0, p: 0, li: 0, img: 0, input: 0, listText: 0 };

/** Containers Readability's _cleanConditionally looks at. */
const CONDITIONAL_TAGS: ReadonlySet<string> = new Set(["div", "section", "ul", "ol", "table", "form", "fieldset", "aside", "header", "figure"]);
/** Characters per image above which a container with few <p> is text laid out with <br>, not a gallery. */
const TEXT_PER_IMAGE = 300;
/** Share of a container's text in lists above which it is judged as a list. */
const LIST_SHARE = 0.9;
/** Share of the body's text above which a container is never dropped as noise. */
const MAX_NOISE_SHARE = 0.5;
/** A container with this many commas is prose, whatever else it holds. */
const PROSE_COMMAS = 10;

/**
 * Readability's conditional cleaning, from the one-pass statistics: inside the chosen article, a
 * container with few commas goes when its class is negative, it is mostly links, it holds more
 * list items than paragraphs (menus, player controls), more images than paragraphs (galleries),
 * or form fields.
 */
/** Text the body must keep outside galleries and story streams for them to be dropped; with less, they are the page (a front page). */
const MIN_TEXT_BESIDE_STREAMS = 500;

function noiseTest(stats: Map<Element, ElementStats>, chosen: { roots: Element[]; text: number }): (el: Element) => boolean {
  const dropStreams = chosen.text - streamText(stats, chosen.roots) >= MIN_TEXT_BESIDE_STREAMS;
  return (el) => {
    if (!CONDITIONAL_TAGS.has(el.name)) return false;
    const s = stats.get(el);
    if (!s) return false;
    // Slideshows and story streams carry prose of their own (captions, summaries), so they go
    // whatever their commas: a gallery by its class, a stream by its items, each a linked headline.
    if (dropStreams && isStream(el)) return true;
    if (s.commas >= PROSE_COMMAS) return false;
    // Most of the article is the article, whatever its images or links (a photo post's text).
    if (usable(s) > chosen.text * MAX_NOISE_SHARE) return false;
    const w = classWeight(el);
    if (w < 0) return true;
    // Readability: a container whose text is nine tenths lists is judged as a list ("What You'll Need:" and its items).
    const isList = el.name === "ul" || el.name === "ol" || (s.text > 0 && s.listText / s.text > LIST_SHARE);
    const ld = linkDensity(s);
    // More images than paragraphs is a gallery, unless the text is laid out with <br> rather than <p>
    // (Korean and Japanese news CMSs): then it has much text for each image.
    if (s.img > 1 && s.p / s.img < 0.5 && s.text < s.img * TEXT_PER_IMAGE) return true;
    if (!isList && s.li > s.p + 1) return true;
    if (s.input > Math.floor(s.p / 3)) return true;
    // Lists of items that each cite a link ("Fixed a crash (Bug 1663501)") are content; menus are all link.
    // A list is a menu or a list of headlines when its items are links through and through; items
    // that each carry a link inside a sentence ("gero removed the windowtype attribute from dialogs")
    // are content however much of the text the links hold (Readability keeps lists of that kind).
    if (w < 25 && ld > (isList ? 0.5 : 0.2) && (!isList || itemsAreLinks(el, stats))) return true;
    if (w >= 25 && ld > 0.5) return true;
    return false;
  };
}

/** Share of a list's items that are links through and through… */
const LINKED_ITEMS_SHARE = 0.8;
/** …each with this share of its text inside links. */
const LINKED_ITEM_DENSITY = 0.8;

function itemsAreLinks(list: Element, stats: Map<Element, ElementStats>): boolean {
  const items = list.children.filter((c): c is Element => c.type === "tag" && c.name === "li");
  if (!items.length) return true;
  const linked = items.filter((li) => {
    const st = stats.get(li);
    return !st || !st.text || linkDensity(st) >= LINKED_ITEM_DENSITY;
  }).length;
  return linked >= items.length * LINKED_ITEMS_SHARE;
}

const isStream = (el: Element) => CONDITIONAL_TAGS.has(el.name) && (isGallery(el) || isTeaserList(el));

/** Text of the outermost galleries and story streams inside the roots. */
function streamText(stats: Map<Element, ElementStats>, roots: Element[]): number {
  let n = 0;
  const counted: Element[] = [];
  for (const [el, st] of stats) {
    if (st.excluded || !isStream(el) || counted.some((c) => contains(c, el)) || !roots.some((r) => contains(r, el))) continue;
    counted.push(el);
    n += usable(st);
  }
  return n;
}

function isGallery(el: Element): boolean {
  const words = `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => GALLERY_WORDS.has(w));
}

/** Fewest items of a list of story teasers. */
const MIN_TEASERS = 3;
/** Share of its items that open with a linked headline. */
const TEASER_SHARE = 0.8;

/** A list whose items each hold a heading that is a link (story cards: headline, summary, source). */
function isTeaserList(el: Element): boolean {
  if (el.name !== "ul" && el.name !== "ol") return false;
  const items = el.children.filter((c): c is Element => c.type === "tag" && c.name === "li");
  if (items.length < MIN_TEASERS) return false;
  const linkedHeading = (li: Element): boolean => {
    const stack: Element[] = [li];
    for (let seen = 0; stack.length && seen < MAX_HEADING_NODES; seen++) {
      const n = stack.pop()!;
      if (/^h[2-6]$/.test(n.name)) return hasLink(n);
      for (const c of n.children) if (c.type === "tag") stack.push(c as Element);
    }
    return false;
  };
  return items.filter(linkedHeading).length >= items.length * TEASER_SHARE;
}

/** Nodes of a heading looked at for a link. */
const MAX_HEADING_NODES = 200;

function hasLink(heading: Element): boolean {
  const stack: Element[] = [heading];
  for (let seen = 0; stack.length && seen < MAX_HEADING_NODES; seen++) {
    const n = stack.pop()!;
    if (n.name === "a") return true;
    for (const c of n.children) if (c.type === "tag") stack.push(c as Element);
  }
  return false;
}

function chooseRoots($: CheerioAPI, body: Element, stats: Map<Element, ElementStats>): BodyRoots {
  const chosen = chooseMainRoots($, body, stats);
  return chosen.roots.length ? { ...chosen, roots: withSameClassChunks(chosen.roots, stats) } : chosen;
}

/** A further chunk with the main container's class needs this much text… */
const MIN_SAME_CLASS_TEXT = 200;
/** …at most this link density… */
const MAX_SAME_CLASS_LINK_DENSITY = 0.25;
/** …and this many commas (prose, not a list of links or a caption). */
const MIN_SAME_CLASS_COMMAS = 3;
/** Most further chunks taken (sections of one article, not every post of a page). */
const MAX_SAME_CLASS_CHUNKS = 20;

/**
 * An article split into sections that the template nests at different depths (quanta's
 * "post__content__section" after a full-width figure): other containers with exactly the main
 * container's class, outside it, holding prose, are more of the article. Kept in page order.
 */
function withSameClassChunks(roots: Element[], stats: Map<Element, ElementStats>): Element[] {
  const cls = roots[0]!.attribs["class"]?.trim();
  if (!cls) return roots;
  const extra: Element[] = [];
  for (const [el, st] of stats) {
    if (st.excluded || el.attribs["class"]?.trim() !== cls || el.name !== roots[0]!.name) continue;
    // The cheap figures first: ancestry is walked only for the few prose containers left.
    if (usable(st) < MIN_SAME_CLASS_TEXT || linkDensity(st) > MAX_SAME_CLASS_LINK_DENSITY || st.commas < MIN_SAME_CLASS_COMMAS) continue;
    if (roots.some((r) => contains(r, el) || contains(el, r)) || extra.some((r) => contains(r, el))) continue;
    extra.push(el);
    if (extra.length >= MAX_SAME_CLASS_CHUNKS) break;
  }
  if (!extra.length) return roots;
  const order = new Map<Element, number>();
  let i = 0;
  for (const el of stats.keys()) order.set(el, i++);
  return [...roots, ...extra].sort((a, b) => order.get(a)! - order.get(b)!);
}

function chooseMainRoots($: CheerioAPI, body: Element, stats: Map<Element, ElementStats>): BodyRoots {
  const scored = scoreByParagraphs(stats);
  const bySelector = selectorRoots($, stats);
  if (bySelector) {
    const selected = bySelector.roots.reduce((n, r) => n + usable(stats.get(r)!), 0);
    const best = scored ? usable(stats.get(scored.roots[0]!)!) : 0;
    // A selector match much smaller than what scoring finds is a teaser or one chunk of many.
    if (selected >= best * MIN_SELECTOR_SHARE || bySelector.roots.some((r) => scored?.roots.some((s) => r.parent && contains(r, s))))
      return bySelector;
  }
  if (scored) return scored;
  const baseline = baselineRoots(stats);
  if (baseline.length) return { roots: baseline, method: "baseline paragraphs" };
  return { roots: [body], method: "body" };
}

const usable = (s: ElementStats) => s.text - s.link;

function contains(a: Element, b: Element): boolean {
  for (let n: Element | null = b; n; n = n.parent as Element | null) if (n === a) return true;
  return false;
}

function selectorRoots($: CheerioAPI, stats: Map<Element, ElementStats>): BodyRoots | null {
  for (const sel of BODY_SELECTORS) {
    const matches = ($(sel).toArray() as Element[]).filter((el) => {
      const s = stats.get(el);
      return s && !s.excluded && linkDensity(s) < MAX_LINK_DENSITY;
    });
    const big = matches.filter((el) => usable(stats.get(el)!) >= MIN_SELECTOR_TEXT);
    if (!big.length) continue;
    const best = big.reduce((a, b) => (usable(stats.get(b)!) > usable(stats.get(a)!) ? b : a));
    // The body split into several containers of the same kind under one parent (ads between).
    const roots = matches.filter((el) => el === best || (el.parent === best.parent && !contains(el, best) && !contains(best, el) && usable(stats.get(el)!) >= MIN_CHUNK_TEXT));
    return { roots, method: `selector ${sel}` };
  }
  return null;
}

function classWeight(el: Element): number {
  let w = 0;
  for (const v of [el.attribs["class"], el.attribs["id"]]) {
    if (!v) continue;
    if (NEGATIVE_CLASS.test(v)) w -= 25;
    if (POSITIVE_CLASS.test(v)) w += 25;
  }
  return w;
}

/** Readability's core: paragraphs give points to their ancestors; link density discounts. */
function scoreByParagraphs(stats: Map<Element, ElementStats>): BodyRoots | null {
  const score = new Map<Element, number>();
  const touch = (el: Element) => {
    let s = score.get(el);
    if (s === undefined) {
      s = (TAG_SCORE[el.name] ?? 0) + classWeight(el);
      score.set(el, s);
    }
    return s;
  };
  for (const [el, s] of stats) {
    if (s.excluded || !TEXT_CONTAINER_TAGS.has(el.name)) continue;
    const isParagraph = el.name === "p" || el.name === "pre" ? s.text >= MIN_PARAGRAPH : s.own >= MIN_PARAGRAPH;
    if (!isParagraph) continue;
    const len = el.name === "p" || el.name === "pre" ? s.text : s.own;
    const points = 1 + Math.min(s.commas, 20) + Math.min(3, Math.floor(len / 100));
    // A <div> of text with <br>s is its own container as well as a paragraph.
    let level = 0;
    for (let n: Element | null = el.name === "p" || el.name === "pre" ? (el.parent as Element | null) : el; n && n.type === "tag" && level < SCORE_LEVELS; n = n.parent as Element | null, level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(n, touch(n) + points / divider);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  const finals = new Map<Element, number>();
  for (const [el, s] of score) {
    const st = stats.get(el);
    if (!st || st.excluded) continue;
    const f = s * (1 - linkDensity(st));
    finals.set(el, f);
    if (f > bestScore) {
      best = el;
      bestScore = f;
    }
  }
  if (!best) return null;
  // Readability's "better top candidate": when several near-best containers share an ancestor
  // with the best (an article split into sections, a how-to split into steps), that ancestor is
  // the article.
  const close = [...finals].filter(([el, f]) => el !== best && f >= bestScore * CLOSE_SHARE).sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES).map(([el]) => el);
  if (close.length >= MIN_CLOSE_CANDIDATES) {
    for (let n = best.parent as Element | null; n && n.type === "tag" && n.name !== "body"; n = n.parent as Element | null) {
      const holds = close.filter((c) => c !== n && contains(n, c)).length;
      if (holds >= MIN_CLOSE_CANDIDATES) {
        const st = stats.get(n);
        if (st && !st.excluded && linkDensity(st) < MAX_LINK_DENSITY) {
          best = n;
          bestScore = finals.get(n) ?? bestScore;
        }
        break;
      }
    }
  }
  // Readability's sibling pass: parts of the article split into sibling containers.
  const parent = best.parent as Element | null;
  if (!parent || parent.type !== "tag") return { roots: [best], method: "paragraph scoring" };
  const threshold = Math.max(10, bestScore * SIBLING_SHARE);
  const roots: Element[] = [];
  for (const sib of parent.children) {
    if (sib.type !== "tag") continue;
    const el = sib as Element;
    const st = stats.get(el);
    if (!st || st.excluded) continue;
    if (el === best) {
      roots.push(el);
      continue;
    }
    const f = finals.get(el) ?? 0;
    // Readability: a sibling with the best's own class ("section", "step") is likely more of it.
    const cw = best.attribs["class"] && el.attribs["class"] === best.attribs["class"] ? bestScore * 0.2 : 0;
    if (f + cw >= threshold) roots.push(el);
    else if (el.name === "p" && st.text > SIBLING_PARAGRAPH && linkDensity(st) < 0.25) roots.push(el);
  }
  return { roots, method: "paragraph scoring" };
}

function baselineRoots(stats: Map<Element, ElementStats>): Element[] {
  const out: Element[] = [];
  for (const [el, s] of stats) {
    if (s.excluded || (el.name !== "p" && el.name !== "pre" && el.name !== "blockquote")) continue;
    if (s.text >= BASELINE_PARAGRAPH && linkDensity(s) < MAX_LINK_DENSITY) out.push(el);
  }
  // Keep the outermost only (a <blockquote> holding <p>s once).
  return out.filter((el) => !out.some((o) => o !== el && contains(o, el)));
}
