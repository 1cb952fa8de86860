// Parts of a page whose dates and names are not the article's own: comments, related stories,
// embedded posts, footers, sidebars, copyright lines (words in published.data.ts).

import type { Element } from "domhandler";
import { FOREIGN_DATE_REGIONS, FOREIGN_DATE_TAGS } from "./published.data.js";

const FOREIGN_WORDS: ReadonlySet<string> = new Set(
  FOREIGN_DATE_REGIONS.flatMap((w) => w.split("-")).filter((w) => w !== "media" && w !== "twitter"),
);

/** The element or an ancestor is (`byTag` false: judge by class only; some sites put the byline in a <nav>) a comment, related story, embed, footer, sidebar or copyright line. */
export function isForeign(el: Element, byTag = true): boolean {
  for (let n: Element | null = el; n && n.type === "tag"; n = n.parent as Element | null) {
    // <body> and <html> carry page-wide classes ("wp-embed-responsive", "has-sidebar").
    if (n.name === "body" || n.name === "html") return false;
    if (byTag && FOREIGN_DATE_TAGS.has(n.name)) return true;
    for (const w of classWords(n)) if (FOREIGN_WORDS.has(w)) return true;
  }
  return false;
}

/** Class and id split into words; BEM modifiers ("layout--sidebar") describe the block, not its content. */
export function classWords(n: Element): string[] {
  const raw = `${n.attribs["class"] ?? ""} ${n.attribs["id"] ?? ""}`.toLowerCase().trim();
  if (!raw) return [];
  const out: string[] = [];
  for (const token of raw.split(/\s+/)) {
    for (const w of token.split("--")[0]!.split(/[_-]+/)) if (w) out.push(w);
  }
  return out;
}
