import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContents } from "./meta-tags.js";
import { cleanText } from "../../text/clean.js";

type AuthorRule = (doc: Doc) => string[];

const RULES: readonly AuthorRule[] = [
  (doc) => articleNodes(doc).flatMap((n) => {
    const a = n["author"] ?? n["creator"];
    return (Array.isArray(a) ? a : [a]).map(textOf).filter((x): x is string => Boolean(x));
  }),
  (doc) => metaContents(doc, ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "DC.creator", "byl"])
    .filter((v) => !/^https?:\/\//.test(v)),
  (doc) => doc.$('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline a, .author-name, .byline__name')
    .toArray().slice(0, 5).map((el) => doc.$(el).text()),
];

export function findAuthors(doc: Doc): string[] {
  for (const rule of RULES) {
    const names = unique(rule(doc).flatMap(splitByline));
    if (names.length) return names;
  }
  return [];
}

/** "By Jane Doe and John Roe, Staff Writer" → ["Jane Doe", "John Roe"]. */
export function splitByline(raw: string): string[] {
  const s = cleanText(raw)
    .replace(/^(?:written\s+)?by\s*:?\s+/i, "")
    .replace(/\S+@\S+\.\w+/g, " ")
    .replace(/\s*[|•·]\s*.*$/, "");
  return s.split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)
    .map((x) => x.trim())
    .filter((x) => x.length > 1 && x.length < 80 && /\p{Lu}/u.test(x));
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
