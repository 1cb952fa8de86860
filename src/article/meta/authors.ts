// Authors: JSON-LD, then meta tags, then byline markup; the first rule that yields a name wins.
// Each raw byline is cleaned ("By", dates, e-mail addresses, job titles, controls such as
// "See full bio") and split into names ("A, B and C"); an organisation byline stays one name.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, type JsonLdNode } from "./json-ld.js";
import { metaContents } from "./meta-tags.js";
import { cleanText } from "../../text/clean.js";
import { AUTHOR_META, AUTHOR_SELECTORS, BYLINE_PREFIXES, MAX_BYLINE_ELEMENTS, NAME_JOINERS, NOT_NAME_WORDS, ROLE_WORDS } from "./authors.data.js";
import { boundedText } from "./visible-text.js";
import { isForeign } from "./regions.js";
import { findTextDate } from "./date-parse.js";

type AuthorRule = (doc: Doc) => string[];

/** Longest byline text read from an element. */
const MAX_BYLINE_TEXT = 160;
/** Longest name kept. */
const MAX_NAME = 60;
/** Most words in one name ("Michelina C. de la Maza" has five). */
const MAX_NAME_WORDS = 6;

const RULES: readonly AuthorRule[] = [
  (doc) => articleNodes(doc).slice(0, 1).flatMap((n) => jsonLdNames(n["author"] ?? n["creator"])),
  (doc) => metaContents(doc, AUTHOR_META).filter((v) => !/^(https?:)?\/\//i.test(v) && !v.startsWith("@")),
  bylineMarkup,
];

export function findAuthors(doc: Doc): string[] {
  for (const rule of RULES) {
    const names = unique(rule(doc).flatMap(splitByline));
    if (names.length) return names;
  }
  return [];
}

function jsonLdNames(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap(jsonLdNames);
  if (typeof v === "string") return /^(https?:)?\/\//i.test(v) ? [] : [v];
  if (typeof v === "object") {
    const name = (v as JsonLdNode)["name"];
    if (typeof name === "string") return [name];
    if (Array.isArray(name)) return name.filter((x): x is string => typeof x === "string");
  }
  return [];
}

function bylineMarkup(doc: Doc): string[] {
  const { $ } = doc;
  for (const sel of AUTHOR_SELECTORS) {
    const texts: string[] = [];
    for (const el of $(sel).toArray() as Element[]) {
      if (el.name === "meta" || el.name === "link") continue;
      if (isForeign(el)) continue;
      const text = el.attribs["content"] ?? boundedText(el, MAX_BYLINE_TEXT);
      if (text && splitByline(text).length) texts.push(text);
      if (texts.length >= MAX_BYLINE_ELEMENTS) break;
    }
    if (texts.length) return texts;
  }
  return [];
}

const PREFIX = new RegExp(`^(?:${BYLINE_PREFIXES.map(escape).join("|")})(?:\\s*[:：]\\s*|\\s+|(?=\\p{Lu}))`, "iu");
const JOINERS = new RegExp(`\\s*(?:[,;/|•·]|\\s(?:${NAME_JOINERS.map(escape).join("|")})\\s)\\s*`, "u");

/** "By Jane Doe and John Roe, Staff Writer, March 3, 2020" → ["Jane Doe", "John Roe"]. */
export function splitByline(raw: string): string[] {
  let s = cleanText(raw);
  // A date ends the byline ("By Laura E. Adkins December 28, 2016").
  const date = findTextDate(s, null);
  if (date && date.index > 0) s = s.slice(0, date.index);
  s = s.replace(/\S+@\S+\.\w+/g, " ").replace(/\([^)]{0,60}\)/g, " ").replace(/https?:\/\/\S+/g, " ");
  // Glued labels from markup without spaces ("Howard BlumeStaff Writer", "ByTravis Haney").
  s = s.replace(/(\p{Ll})(Staff|Contributor|Reporter|Editor|Correspondent|Senior|Writer)\b/gu, "$1, $2");
  s = cleanText(s);
  for (let i = 0; i < 3 && PREFIX.test(s); i++) s = s.replace(PREFIX, "").trim();
  const parts = s.split(JOINERS).map((p) => p.trim().replace(PREFIX, "").replace(/^[-–—:]+|[-–—:.]+$/g, "").trim());
  return parts.filter(isName);
}

function isName(p: string): boolean {
  if (p.length < 2 || p.length > MAX_NAME) return false;
  if (!/\p{L}/u.test(p) || /\d/.test(p)) return false;
  const words = p.toLowerCase().split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.every((w) => ROLE_WORDS.has(w))) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(w))) return false;
  // Latin-script names are capitalised; other scripts have no case.
  return /\p{Lu}/u.test(p) || !/\p{Script=Latin}/u.test(p);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
