import type { Element } from "domhandler";
import { BOILERPLATE_WORDS, RELATED_WORDS, SKIP_TAGS, SOFT_BOILERPLATE_WORDS, STRONG_BOILERPLATE_PARTS } from "./body.data.js";

const WORDS: ReadonlySet<string> = new Set(BOILERPLATE_WORDS);
const STRONG_WORDS: ReadonlySet<string> = new Set(STRONG_BOILERPLATE_PARTS);

export function isSkipped(tag: string): boolean {
  return SKIP_TAGS.has(tag);
}

/** Dashed parts from which a class or id reads as a heading's slug. */
const SLUG_PARTS = 5;

/** An element whose class or id, role, or hidden state marks it as not article text. */
export function isBoilerplate(el: Element): boolean {
  const a = el.attribs;
  // Most elements carry none of the attributes looked at (the body's walk asks for each of them).
  if (a["class"] === undefined && a["id"] === undefined && a["style"] === undefined && a["role"] === undefined && a["hidden"] === undefined && a["aria-hidden"] === undefined) return false;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return true;
  if (/display:\s*none|visibility:\s*hidden/i.test(a["style"] ?? "")) return true;
  const role = a["role"];
  if (role && /^(navigation|banner|contentinfo|complementary|dialog|alert|search)$/i.test(role)) return true;
  const words = `${a["class"] ?? ""} ${a["id"] ?? ""}`.toLowerCase();
  if (!words.trim()) return false;
  let soft = false;
  for (const w of words.split(/[\s_]+/)) {
    const head = w.split("-")[0]!;
    // "share-bar", "related-articles", "newsletter-signup": the first word of a dashed name decides.
    // A long dashed name is a slug of a heading ("sharing-with-multiple-developers-code-review",
    // a docs anchor), not a component's name: only whole words count there.
    const parts = w.split("-");
    const isSlug = parts.length >= SLUG_PARTS;
    const hit = WORDS.has(w) ? w : isSlug ? null : head !== w && WORDS.has(head) && w !== "ad-free" ? head
      : parts.some((part) => STRONG_WORDS.has(part)) ? "strong" : null;
    if (hit === null) continue;
    if (!SOFT_BOILERPLATE_WORDS.has(hit)) return true;
    soft = true;
  }
  // "paywall" and "read-more" wrap the rest of the article as often as a promo: paragraphs of prose say which.
  return soft && !holdsParagraphs(el);
}

/** Nodes walked looking for paragraphs under a softly marked wrapper. */
const MAX_SOFT_NODES = 3000;
/** Paragraphs of prose that make a "paywall" or "read-more" wrapper article text… */
const MIN_SOFT_PARAGRAPHS = 2;
/** …each at least this long. */
const MIN_SOFT_PARAGRAPH = 80;

function holdsParagraphs(el: Element): boolean {
  let found = 0;
  const stack: Element[] = [el];
  for (let seen = 0; stack.length && seen < MAX_SOFT_NODES; seen++) {
    const n = stack.pop()!;
    if (n.name === "p") {
      if (textOf(n, null).chars >= MIN_SOFT_PARAGRAPH && ++found >= MIN_SOFT_PARAGRAPHS) return true;
      continue;
    }
    for (const c of n.children) if (c.type === "tag") stack.push(c as Element);
  }
  return false;
}

/**
 * A further-reading box: judged by its class or id ("related-article", "read-more", "more-stories"),
 * or, inside the article, a list of headlines: every item one link of three words or more.
 */
export function isRelatedBox(el: Element): boolean {
  const words = `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.toLowerCase();
  return RELATED_WORDS.some((w) => words.includes(w)) || isHeadlineList(el);
}

/** Fewest items for a list of links to read as a list of headlines rather than a pair of links. */
const MIN_HEADLINES = 2;
/** Fewest words in a link for it to be a headline rather than a menu entry ("News", "What's On"). */
const MIN_HEADLINE_WORDS = 3;

function isHeadlineList(el: Element): boolean {
  if (el.name !== "ul" && el.name !== "ol") return false;
  const items = el.children.filter((c): c is Element => c.type === "tag" && c.name === "li");
  if (items.length < MIN_HEADLINES) return false;
  return items.every((li) => {
    const links = textOf(li, "a");
    return links.count === 1 && links.words >= MIN_HEADLINE_WORDS && links.chars >= 0.8 * textOf(li, null).chars;
  });
}

/** Words and characters of the text under `el` (only inside <a> when `inTag` is "a"), and how many such tags. */
function textOf(el: Element, inTag: "a" | null): { words: number; chars: number; count: number } {
  let text = "";
  let count = 0;
  const stack: Array<{ node: Element["children"][number]; inside: boolean }> = el.children.map((node) => ({ node, inside: inTag === null }));
  while (stack.length) {
    const { node, inside } = stack.pop()!;
    if (node.type === "text") {
      if (inside) text += (node as unknown as { data: string }).data + " ";
    } else if (node.type === "tag") {
      const isTarget = inTag !== null && (node as Element).name === inTag;
      if (isTarget) count++;
      for (const c of (node as Element).children) stack.push({ node: c, inside: inside || isTarget });
    }
  }
  const t = text.replace(/\s+/g, " ").trim();
  return { words: t ? t.split(" ").length : 0, chars: t.length, count };
}
