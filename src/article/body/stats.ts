// Text statistics of every element under <body>, in one iterative pass (pages nest 5,000 deep,
// and asking cheerio for .text() per candidate would be quadratic): text length, text inside
// links, commas, the element's own direct text, and whether it sits in boilerplate.

import type { AnyNode, Element } from "domhandler";
import { isBoilerplate, isSkipped } from "./boilerplate.js";

export interface ElementStats {
  /** Characters of text (white space collapsed), skipped tags and boilerplate excluded. */
  text: number;
  /** Of which inside <a>. */
  link: number;
  commas: number;
  /** Text of the element's own text children (text laid out with <br> in a <div>). */
  own: number;
  /** The element or an ancestor is boilerplate or a skipped tag. */
  excluded: boolean;
  depth: number;
  /** Descendant <p>, <li>, <img> and <input> elements (for Readability's conditional cleaning). */
  p: number;
  li: number;
  img: number;
  input: number;
  /** Characters of text inside <ul>/<ol> descendants (outermost lists counted once). */
  listText: number;
}

/**
 * Class/id words of wrappers that may hold the article even when a boilerplate word is in them
 * too ("ad_body", "main sidebar-layout"): Readability's okMaybeItsACandidate. <form> is not
 * excluded here either: ASP.NET pages wrap the whole page in one.
 */
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow/i;
const classAndId = (el: Element) => `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`;

/** Walk-stack flags: the node is inside excluded content / inside a link; the entry closes an element. */
const EXCLUDED = 1;
const IN_LINK = 2;
const EXIT = 4;

/**
 * Text of an element's own (not in a <p>) that counts as a paragraph for the conditional cleaning,
 * as Readability turns a <div> of inline text into a <p> before it counts (blogs that write
 * every paragraph as <div><span>…</span></div>).
 */
const LOOSE_PARAGRAPH = 80;
const NOT_PARAGRAPH: ReadonlySet<string> = new Set(["p", "a", "li", "h1", "h2", "h3", "h4", "h5", "h6", "option", "button", "label"]);

/**
 * Elements given figures at most. Far above any news page (the eval corpus's most is 11,500
 * elements under <body>, reddit.com); a page of 50,000 list items or megabytes of paragraphs is
 * judged on its first part, which is all the body reads anyway (MAX_BODY_TEXT, MAX_BODY_BLOCKS).
 */
export const MAX_STATS_ELEMENTS = 20_000;
/** Text characters counted at most, for the same reason (the corpus's most is 120,000; the body reads 150,000). */
export const MAX_STATS_TEXT = 300_000;

export interface PageStats {
  /** Figures of every element walked, in document order. */
  byElement: Map<Element, ElementStats>;
  /** The walk stopped at MAX_STATS_ELEMENTS or MAX_STATS_TEXT: elements after that point have no figures. */
  cut: boolean;
  /** The elements the walk was inside when it stopped: their figures hold only what was read. */
  open: ReadonlySet<Element>;
}

/**
 * `lenient`: boilerplate classes do not exclude (pages that put aria-hidden or "modal" on the
 * wrapper of everything). Past the limits the walk takes no new node, but still closes the
 * elements it is inside, so their figures hold what was read.
 */
export function collectStats(root: Element, lenient = false): PageStats {
  const stats = new Map<Element, ElementStats>();
  let textLeft = MAX_STATS_TEXT;
  let cut = false;
  const open = new Set<Element>();
  // Three parallel stacks rather than a frame object per node: this walk visits every node of
  // the page, and allocation was most of its cost on big pages.
  const nodes: AnyNode[] = [root];
  const flags: number[] = [0];
  const depths: number[] = [0];
  const path: ElementStats[] = [];
  const stop = () => {
    cut = true;
    for (let i = 0; i < nodes.length; i++) if (flags[i]! & EXIT) open.add(nodes[i] as Element);
  };
  while (nodes.length) {
    const node = nodes.pop()!;
    const flag = flags.pop()!;
    const depth = depths.pop()!;
    if (flag & EXIT) {
      const s = path.pop()!;
      const p = path[path.length - 1];
      if (p && !s.excluded) {
        const name = (node as Element).name;
        p.text += s.text;
        p.link += s.link;
        p.commas += s.commas;
        p.p += s.p + (name === "p" || (s.own >= LOOSE_PARAGRAPH && !NOT_PARAGRAPH.has(name)) ? 1 : 0);
        p.li += s.li + (name === "li" ? 1 : 0);
        p.img += s.img + (name === "img" ? 1 : 0);
        p.input += s.input + (name === "input" || name === "select" || name === "textarea" ? 1 : 0);
        p.listText += name === "ul" || name === "ol" ? s.text : s.listText;
      }
      continue;
    }
    if (cut) continue;
    if (node.type === "text") {
      const s = path[path.length - 1];
      if (!s || flag & EXCLUDED) continue;
      textLeft -= countText((node as unknown as { data: string }).data, s, (flag & IN_LINK) !== 0);
      if (textLeft <= 0) stop();
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    if (stats.size >= MAX_STATS_ELEMENTS) {
      stop();
      continue;
    }
    const el = node as Element;
    const tag = el.name.toLowerCase();
    const excluded = (flag & EXCLUDED) !== 0 || (el !== root && tag !== "form" && (isSkipped(tag) || (!lenient && isBoilerplate(el) && !MAYBE_CONTENT.test(classAndId(el)))));
    const s: ElementStats = { text: 0, link: 0, commas: 0, own: 0, excluded, depth, p: 0, li: 0, img: 0, input: 0, listText: 0 };
    stats.set(el, s);
    path.push(s);
    nodes.push(el);
    flags.push(EXIT);
    depths.push(depth);
    const childFlag = (excluded ? EXCLUDED : 0) | (flag & IN_LINK || tag === "a" ? IN_LINK : 0);
    for (let i = el.children.length - 1; i >= 0; i--) {
      nodes.push(el.children[i]!);
      flags.push(childFlag);
      depths.push(depth + 1);
    }
  }
  return { byElement: stats, cut, open };
}

/** Adds a text node's collapsed length (white space runs count one) and commas to its element's figures; returns the length. */
function countText(data: string, s: ElementStats, inLink: boolean): number {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
      if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) commas++;
    }
  }
  if (!n) return 0;
  s.text += n;
  s.own += n;
  if (inLink) s.link += n;
  s.commas += commas;
  return n;
}

export const linkDensity = (s: ElementStats): number => (s.text ? s.link / s.text : 0);
