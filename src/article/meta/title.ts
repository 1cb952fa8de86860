import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";
import { firstOf } from "./rules.js";
import { cleanText } from "../../text/clean.js";

const RULES = [
  (doc: Doc) => metaContent(doc, ["og:title", "twitter:title", "headline", "sailthru.title", "parsely-title", "dc.title", "DC.title"]),
  (doc: Doc) => articleNodes(doc).map((n) => textOf(n["headline"]) ?? textOf(n["name"])).find(Boolean),
  (doc: Doc) => doc.$("article h1, h1").first().text(),
  (doc: Doc) => doc.$("title").first().text(),
];

/** Separators between a headline and the site's name in <title>-like strings. */
const SUFFIX_SEPARATORS = [" | ", " - ", " — ", " – ", " :: ", " · ", " » "];

export function findTitle(doc: Doc, site: string | null): string | null {
  const raw = firstOf(doc, RULES);
  return raw ? stripSiteSuffix(cleanText(raw), site) : null;
}

/** "Headline | Site" → "Headline": drop the part after the last separator when it names the site or is short. */
export function stripSiteSuffix(title: string, site: string | null): string {
  for (const sep of SUFFIX_SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    const namesSite = site !== null && normalise(tail).includes(normalise(site));
    if (namesSite || (tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3)) return head;
  }
  return title;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
