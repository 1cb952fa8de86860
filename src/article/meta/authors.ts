// Authors: JSON-LD, then meta tags, then byline markup; the first rule that yields a name wins.
// Each raw byline is cleaned ("By", dates, e-mail addresses, job titles, controls such as
// "See full bio") and split into names ("A, B and C"); an organisation byline stays one name.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, type JsonLdNode } from "./json-ld.js";
import { metaContents } from "./meta-tags.js";
import { cleanText } from "../../text/clean.js";
import { AUTHOR_META, AUTHOR_SELECTORS, BYLINE_PREFIXES, MAX_BYLINE_ELEMENTS, NAME_JOINERS, NOT_NAME_WORDS, ROLE_WORDS } from "./authors.data.js";
import { boundedText, elementsInOrder } from "./visible-text.js";
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
  metaAuthors,
  bylineMarkup,
  byLabel,
  (doc) => bylineMarkup(doc, LAST_RESORT_SELECTORS),
  (doc) => metaContents(doc, AUTHOR_META).filter(isUrl).flatMap(profileSlugNames),
];

/** Broad class matches, tried only after the specific byline markup and the "By" label. */
const LAST_RESORT_SELECTORS: readonly string[] = ['[class*="author"]', '[class*="Author"]'];

/**
 * The first rule with names wins, except that a byline naming only the publisher ("ABC News" in
 * meta author while the page's byline lists the reporters) gives way to a later rule with people.
 */
export function findAuthors(doc: Doc, site: string | null = null): string[] {
  const publisher = publisherNames(doc, site);
  let fallback: string[] = [];
  for (const rule of RULES) {
    let names = unique(rule(doc).flatMap(splitByline));
    if (names.length > 1) names = names.filter((n) => !publisher.has(key(n)));
    if (!names.length) continue;
    if (names.every((n) => publisher.has(key(n)))) {
      if (!fallback.length) fallback = names;
      continue;
    }
    return names;
  }
  return fallback;
}

function publisherNames(doc: Doc, site: string | null): Set<string> {
  const out = new Set<string>();
  if (site) out.add(key(site));
  for (const n of articleNodes(doc).slice(0, 1)) for (const p of jsonLdNames(n["publisher"])) out.add(key(p));
  return out;
}

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const isUrl = (v: string) => /^(https?:)?\/\//i.test(v);

/** Profile URLs as author values ("…/profile/julia-carrie-wong") → "Julia Carrie Wong". */
function profileSlugNames(value: string): string[] {
  return value.split(/[,\s]+/).flatMap((u) => {
    const m = /\/(?:profile|author|authors|people|staff|writers?|autor|autoren|auteur)\/([a-z][a-z-]{2,60})\/?$/i.exec(u);
    if (!m) return [];
    const words = m[1]!.split("-").filter(Boolean);
    if (words.length < 2 || words.length > 4) return [];
    return [words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ")];
  });
}

/** Elements walked after the headline looking for a "By …" line. */
const MAX_LABEL_ELEMENTS = 300;
const BY_LABEL = /^(?:by|written by|von|par|por|door|di|av)\s*:?\s+\p{Lu}/iu;

/** A "By Jane Doe" line near the headline, whatever its markup ("<span>By</span><a>Jane Doe</a>"). */
function byLabel(doc: Doc): string[] {
  const body = doc.$("body").get(0);
  const h1 = doc.$("h1").get(0);
  if (!body) return [];
  const all = elementsInOrder(body);
  const from = h1 ? Math.max(0, all.indexOf(h1 as Element)) : 0;
  for (let i = from; i < all.length && i < from + MAX_LABEL_ELEMENTS; i++) {
    const el = all[i]!;
    const text = boundedText(el, MAX_BYLINE_TEXT);
    if (!text || !BY_LABEL.test(text) || isForeign(el)) continue;
    const names = splitByline(text);
    if (names.length) return [text];
  }
  return [];
}

/** The values of the first author meta name that holds names (not profile URLs or @handles). */
function metaAuthors(doc: Doc): string[] {
  for (const name of AUTHOR_META) {
    const values = metaContents(doc, [name]).filter((v) => !isUrl(v) && !v.startsWith("@"));
    if (values.some((v) => splitByline(v).length)) return values;
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

function bylineMarkup(doc: Doc, selectors: readonly string[] = AUTHOR_SELECTORS): string[] {
  const { $ } = doc;
  for (const sel of selectors) {
    const texts: string[] = [];
    for (const el of $(sel).toArray() as Element[]) {
      if (el.name === "meta" || el.name === "link") continue;
      if (isForeign(el, false)) continue;
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
  return parts.map(trimTrailers).filter(isName);
}

/** "Howard Blume Staff Writer" → "Howard Blume"; "Meg Wagner NEW YORK DAILY NEWS" → "Meg Wagner". */
function trimTrailers(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  // A capitalised name followed by a run of words in capitals (the outlet, set in small caps).
  const isCaps = (w: string) => /^\p{Lu}{2,}$/u.test(w);
  if (words.length > 3 && !isCaps(words[0]!) && !isCaps(words[1]!) && isCaps(words[words.length - 1]!)) {
    while (words.length > 2 && isCaps(words[words.length - 1]!)) words.pop();
  }
  return words.join(" ");
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
