// Whole-page selector queries without walking the whole page each time. The metadata and body
// rules ask dozens of selectors per page ("[itemprop~=author]", ".byline", "article .story-body"
// …); through cheerio each one walks every node (most of the extraction's time on a typical
// page went there). Here the page's elements are indexed once, by tag name, attribute name and
// class token, in document order; a query tests css-select's own compiled selector only on the
// elements its rightmost part can match (a browser's strategy). The test is css-select's, with
// the options cheerio passes, so the result is exactly cheerio's: same elements, same order.
// Selectors this does not handle (pseudo-classes such as cheerio's positional :first or :eq,
// relative selectors, namespaces) return null and the caller asks cheerio.

import { compile } from "css-select";
import { parse, type Selector } from "css-what";
import type { AnyNode, Element } from "domhandler";

export interface ElementIndex {
  /** Every element (tags, <script>, <style>) of the document, in document order. */
  readonly all: readonly Element[];
  readonly byTag: ReadonlyMap<string, Element[]>;
  readonly byAttribute: ReadonlyMap<string, Element[]>;
  readonly byClass: ReadonlyMap<string, Element[]>;
  /** Candidate lists and compiled selectors, per selector string, for this document only. */
  readonly queries: Map<string, Query | null>;
}

interface Query {
  candidates: readonly Element[];
  /** css-select's compiled test; compiled on first use (most selectors have no candidate on a page). */
  test: ((el: Element) => boolean) | null;
}

/** The css-select options cheerio passes for a document loaded in HTML mode (see Doc). */
const SELECT_OPTIONS = { xmlMode: false } as const;

/** One iterative walk (pages nest 5,000 deep): what css-select and domutils count as elements, in document order. */
export function indexElements(root: AnyNode): ElementIndex {
  const all: Element[] = [];
  const byTag = new Map<string, Element[]>();
  const byAttribute = new Map<string, Element[]>();
  const byClass = new Map<string, Element[]>();
  // Only nodes with children go on the stack (text and comments, half of a page's nodes, have none).
  const stack: AnyNode[] = [];
  const top = (root as { children?: AnyNode[] }).children ?? [];
  for (let i = top.length - 1; i >= 0; i--) if ((top[i] as { children?: AnyNode[] }).children !== undefined) stack.push(top[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "tag" || n.type === "script" || n.type === "style") {
      const el = n as Element;
      all.push(el);
      // Each element once per tag and per attribute name; a class token may repeat in one attribute.
      const tagList = byTag.get(el.name);
      if (tagList === undefined) byTag.set(el.name, [el]);
      else tagList.push(el);
      for (const name in el.attribs) {
        const list = byAttribute.get(name);
        if (list === undefined) byAttribute.set(name, [el]);
        else list.push(el);
        if (name === "class") {
          for (const token of el.attribs[name]!.split(/\s+/)) {
            if (!token) continue;
            const tokens = byClass.get(token);
            if (tokens === undefined) byClass.set(token, [el]);
            else if (tokens[tokens.length - 1] !== el) tokens.push(el);
          }
        }
      }
    }
    // domutils' find descends into every node that has children (elements, CDATA).
    const children = (n as { children?: AnyNode[] }).children;
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        const c = children[i]!;
        if ((c as { children?: AnyNode[] }).children !== undefined) stack.push(c);
      }
    }
  }
  return { all, byTag, byAttribute, byClass, queries: new Map() };
}

/** The elements of the document matching `selector`, in document order; null when the selector is not one handled here. */
export function queryIndex(index: ElementIndex, selector: string): Element[] | null {
  let q = index.queries.get(selector);
  if (q === undefined) {
    q = compileQuery(index, selector);
    index.queries.set(selector, q);
  }
  if (q === null) return null;
  const out: Element[] = [];
  if (!q.candidates.length) return out;
  if (q.test === null) {
    try {
      q.test = compile(selector, SELECT_OPTIONS) as (el: Element) => boolean;
    } catch {
      index.queries.set(selector, null);
      return null; // cheerio reports the bad selector itself
    }
  }
  for (const el of q.candidates) if (q.test(el)) out.push(el);
  return out;
}

function compileQuery(index: ElementIndex, selector: string): Query | null {
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch {
    return null; // cheerio reports the bad selector itself
  }
  if (!parsed.length) return null;
  const lists: (readonly Element[])[] = [];
  for (const compound of parsed) {
    if (!compound.length) return null;
    for (const t of compound) {
      if (t.type === "pseudo" || t.type === "pseudo-element" || t.type === "column-combinator") return null;
      if ((t.type === "attribute" || t.type === "tag" || t.type === "universal") && t.namespace != null) return null;
    }
    const first = compound[0]!;
    if (first.type !== "tag" && first.type !== "attribute" && first.type !== "universal") return null; // relative selector
    lists.push(candidates(index, compound));
  }
  if (lists.length === 1) return { test: null, candidates: lists[0]! };
  // A selector list: the union of its parts' candidates, in document order.
  if (lists.some((l) => l === index.all)) return { test: null, candidates: index.all };
  const union = new Set(lists.flat());
  return { test: null, candidates: union.size ? index.all.filter((el) => union.has(el)) : NONE };
}

const NONE: readonly Element[] = [];

/**
 * The elements that can match a complex selector: those that have what its rightmost compound
 * requires (a tag name, an attribute, a class token), the shortest such list. None when some
 * compound further left can match no element of the page (".byline a" on a page without
 * .byline): every combinator css-what parses needs an element for each compound. A superset
 * of the matches; the compiled test decides.
 */
function candidates(index: ElementIndex, selector: readonly Selector[]): readonly Element[] {
  let best: readonly Element[] = index.all;
  for (let i = 0; i < selector.length; i++) {
    const t = selector[i]!;
    if (isCombinator(t)) {
      if (best.length === 0) return NONE;
      best = index.all;
      continue;
    }
    let list: readonly Element[] | null = null;
    if (t.type === "tag") list = index.byTag.get(t.name.toLowerCase()) ?? NONE;
    else if (t.type === "attribute" && t.action !== "not") {
      const name = t.name.toLowerCase();
      // css-select: a "~=" class test is case-sensitive outside quirks mode (ignoreCase "quirks"), so a whole token.
      if (name === "class" && t.action === "element" && t.value !== "" && (t.ignoreCase === "quirks" || t.ignoreCase === false)) list = index.byClass.get(t.value) ?? NONE;
      else if (name === "class" && t.ignoreCase !== true && CLASS_PART_TESTS[t.action] && t.value !== "" && !/\s/.test(t.value)) list = byClassPart(index, t.action, t.value);
      else list = index.byAttribute.get(name) ?? NONE;
    }
    if (list !== null && list.length < best.length) best = list;
  }
  return best;
}

/**
 * [class*=author], [class^=story], [class$=__body], [class|=byline], [class=x]: a value without
 * white space found in the class attribute lies inside one class token, so the elements holding
 * a token that passes the same test are a superset of the matches (case-sensitive, as css-select
 * compares class values outside quirks mode).
 */
const CLASS_PART_TESTS: Readonly<Record<string, (token: string, value: string) => boolean>> = {
  any: (token, value) => token.includes(value),
  start: (token, value) => token.startsWith(value),
  hyphen: (token, value) => token.startsWith(value),
  end: (token, value) => token.endsWith(value),
  equals: (token, value) => token === value,
};

function byClassPart(index: ElementIndex, action: string, value: string): readonly Element[] {
  const test = CLASS_PART_TESTS[action]!;
  const lists: Element[][] = [];
  for (const [token, list] of index.byClass) if (test(token, value)) lists.push(list);
  if (lists.length <= 1) return lists[0] ?? NONE;
  const union = new Set(lists.flat());
  return index.all.filter((el) => union.has(el));
}

function isCombinator(t: Selector): boolean {
  return t.type === "descendant" || t.type === "child" || t.type === "sibling" || t.type === "adjacent" || t.type === "parent";
}
