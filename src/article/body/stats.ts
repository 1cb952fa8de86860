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
}

/**
 * Class/id words of wrappers that may hold the article even when a boilerplate word is in them
 * too ("ad_body", "main sidebar-layout"): Readability's okMaybeItsACandidate. <form> is not
 * excluded here either: ASP.NET pages wrap the whole page in one.
 */
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow/i;
const classAndId = (el: Element) => `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`;

/** `lenient`: boilerplate classes do not exclude (pages that put aria-hidden or "modal" on the wrapper of everything). */
export function collectStats(root: Element, lenient = false): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  type Frame = { node: AnyNode; excluded: boolean; inLink: boolean; depth: number; exit?: Element };
  const stack: Frame[] = [{ node: root, excluded: false, inLink: false, depth: 0 }];
  const path: Element[] = [];
  while (stack.length) {
    const f = stack.pop()!;
    if (f.exit) {
      const done = path.pop()!;
      const parent = path[path.length - 1];
      if (parent) {
        const s = stats.get(done)!, p = stats.get(parent)!;
        if (!s.excluded) {
          p.text += s.text;
          p.link += s.link;
          p.commas += s.commas;
          p.p += s.p + (done.name === "p" ? 1 : 0);
          p.li += s.li + (done.name === "li" ? 1 : 0);
          p.img += s.img + (done.name === "img" ? 1 : 0);
          p.input += s.input + (done.name === "input" || done.name === "select" || done.name === "textarea" ? 1 : 0);
        }
      }
      continue;
    }
    const node = f.node;
    if (node.type === "text") {
      const owner = path[path.length - 1];
      if (!owner || f.excluded) continue;
      const data = (node as unknown as { data: string }).data;
      const len = collapsedLength(data);
      if (!len) continue;
      const s = stats.get(owner)!;
      s.text += len;
      s.own += len;
      if (f.inLink) s.link += len;
      s.commas += countCommas(data);
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    const excluded = f.excluded || (el !== root && tag !== "form" && (isSkipped(tag) || (!lenient && isBoilerplate(el) && !MAYBE_CONTENT.test(classAndId(el)))));
    stats.set(el, { text: 0, link: 0, commas: 0, own: 0, excluded, depth: f.depth, p: 0, li: 0, img: 0, input: 0 });
    path.push(el);
    stack.push({ node: el, excluded, inLink: f.inLink, depth: f.depth, exit: el });
    const inLink = f.inLink || tag === "a";
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, excluded, inLink, depth: f.depth + 1 });
  }
  return stats;
}

function collapsedLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

export const linkDensity = (s: ElementStats): number => (s.text ? s.link / s.text : 0);
