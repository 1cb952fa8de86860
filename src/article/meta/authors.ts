// Authors: JSON-LD, then meta tags, then byline markup; the first rule that yields a name wins.
// Each raw byline is cleaned ("By", dates, e-mail addresses, job titles, controls such as
// "See full bio") and split into names ("A, B and C"); an organisation byline stays one name.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, type JsonLdNode } from "./json-ld.js";
import { metaContents } from "./meta-tags.js";
import { cleanText } from "../../text/clean.js";
import {
  AUTHOR_LABELS, AUTHOR_META, AUTHOR_SELECTORS, BYLINE_PREFIXES, COMPANY_SUFFIXES, MAX_BYLINE_ELEMENTS, NAME_JOINERS, NAME_ROLE_SUFFIXES,
  NAME_PARTICLES, NOT_BYLINE_CLASS, PHRASE_ENDINGS, NOT_NAME_WORDS, OUTLET_WORDS, PROFILE_PATHS, ROLE_WORDS,
} from "./authors.data.js";
import { boundedText, elementsInOrder } from "./visible-text.js";
import { isForeign } from "./regions.js";
import { findTextDate } from "./date-parse.js";
import { escapeRegExp } from "../../text/regex.js";

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
  labelledMeta,
  profileLinks,
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

/** What each rule reads, in order (for tests and for tracing a wrong byline). */
export function authorCandidates(doc: Doc): string[][] {
  return RULES.map((rule) => unique(rule(doc).flatMap(splitByline)));
}

function publisherNames(doc: Doc, site: string | null): Set<string> {
  const out = new Set<string>();
  if (site) out.add(key(site));
  // The host's own name ("ScanNetSecurity" on scan.netsecurity.ne.jp, "ASCII" on weekly.ascii.jp).
  const host = doc.url ? hostOf(doc.url) : null;
  if (host) {
    const labels = host.replace(/^www\./, "").split(".");
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j <= labels.length; j++) out.add(labels.slice(i, j).join(""));
  }
  for (const n of articleNodes(doc).slice(0, 1)) for (const p of jsonLdNames(n["publisher"])) out.add(key(p));
  return out;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
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

/** Elements before the headline that may hold the byline (bylines set above the headline). */
const BEFORE_HEADLINE = 40;

/** Up to `count` elements from a little before the first <h1> (the page's start without one). */
function nearHeadline(doc: Doc, count: number): Element[] {
  const body = doc.$("body").get(0);
  if (!body) return [];
  const all = elementsInOrder(body);
  const h1 = doc.$("h1").get(0) as Element | undefined;
  const at = h1 ? all.indexOf(h1) : -1;
  const from = Math.max(0, at - BEFORE_HEADLINE);
  return all.slice(from, from + count + (at >= 0 ? at - from : 0));
}

/** Elements walked after the headline looking for a "By …" line. */
const MAX_LABEL_ELEMENTS = 300;
const BY_LABEL = /^(?:by|written by|von|par|por|door|di|av)\s*:?\s+\p{Lu}/iu;
/** Labels in scripts without spaces ("著者：後藤大地", "文●オカモト"). */
const CJK_LABEL = new RegExp(`^(?:${AUTHOR_LABELS.map(escapeRegExp).join("|")})\\s*[:：●■]`, "u");

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
    if (!text || !(BY_LABEL.test(text) || CJK_LABEL.test(text)) || isForeign(el)) continue;
    const names = splitByline(text);
    if (names.length) return [text];
  }
  return [];
}

/** Twitter's card label pairs: twitter:label1 "Written by" with twitter:data1 "Gina Trapani". */
function labelledMeta(doc: Doc): string[] {
  for (let i = 1; i <= 4; i++) {
    const label = metaContents(doc, [`twitter:label${i}`])[0];
    if (label && /^(written by|author|authors|by|autor|auteur|von|par)\b/i.test(label.trim())) return metaContents(doc, [`twitter:data${i}`]).slice(0, 1);
  }
  return [];
}

/** Elements walked looking for links to an author's page. */
const MAX_PROFILE_LINKS = 400;

/** A link to the writer's profile page ("/about/editors/jon-fingas/") whose text is a name; the first such link and its siblings. */
function profileLinks(doc: Doc): string[] {
  // Near the headline: a person's tag page further down is a topic, not the writer.
  const texts: string[] = [];
  let first: Element | null = null;
  for (const a of nearHeadline(doc, MAX_PROFILE_LINKS)) {
    if (a.name !== "a" || !a.attribs["href"] || (first && !near(first, a))) continue;
    let path: string;
    try {
      path = new URL(a.attribs["href"], "http://x.invalid/").pathname;
    } catch {
      continue;
    }
    if (!PROFILE_PATHS.test(path) || isForeign(a)) continue;
    const text = boundedText(a, MAX_BYLINE_TEXT);
    if (!text || !splitByline(text).length) continue;
    texts.push(text);
    first ??= a;
    if (texts.length >= MAX_BYLINE_ELEMENTS) break;
  }
  return texts;
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
    let first: Element | null = null;
    for (const el of $(sel).toArray() as Element[]) {
      // <link rel=author href> has no name; microdata's <meta itemprop=name content> does.
      if ((el.name === "meta" || el.name === "link") && el.attribs["content"] === undefined) continue;
      if (isForeign(el, false) || NOT_BYLINE_CLASS.test(el.attribs["class"] ?? "")) continue;
      // Co-authors sit together; a match far from the first is another story's byline (a teaser list).
      if (first && !near(first, el)) continue;
      const text = el.attribs["content"] ?? boundedText(el, MAX_BYLINE_TEXT);
      if (text && splitByline(text).length) {
        texts.push(text);
        first ??= el;
      }
      if (texts.length >= MAX_BYLINE_ELEMENTS) break;
    }
    if (texts.length) return texts;
  }
  return [];
}

/** Levels up from the first byline element within which co-authors' elements are looked for. */
const CO_AUTHOR_LEVELS = 2;

function near(a: Element, b: Element): boolean {
  let n: Element | null = a;
  for (let i = 0; i < CO_AUTHOR_LEVELS && n; i++) n = n.parent as Element | null;
  for (let m: Element | null = b; m; m = m.parent as Element | null) if (m === n) return true;
  return false;
}

const PREFIX = new RegExp(`^(?:${BYLINE_PREFIXES.map(escapeRegExp).join("|")})(?:\\s*[:：●■]\\s*|\\s+)`, "iu");
/** A prefix glued to the name ("ByTravis Haney"); case-sensitive, or "Die Autorin" would lose its "Di". */
const GLUED_PREFIX = new RegExp(`^(?:${BYLINE_PREFIXES.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]).map(escapeRegExp).join("|")})(?=\\p{Lu}\\p{Ll})`, "u");
const JOINERS = new RegExp(`\\s*(?:[,;/|•·，、／]|\\s(?:${NAME_JOINERS.map(escapeRegExp).join("|")})\\s)\\s*`, "u");

/** "By Jane Doe and John Roe, Staff Writer, March 3, 2020" → ["Jane Doe", "John Roe"]. */
export function splitByline(raw: string): string[] {
  // Bios in byline markup ("Die Autorin ist Wissenschaftsautorin in Washington, USA.") are sentences.
  if (isProse(raw)) return [];
  let s = cleanText(raw.replace(/<[^>]{0,200}>/g, ""));
  // A date ends the byline ("By Laura E. Adkins December 28, 2016").
  const date = findTextDate(s, null);
  if (date && date.index > 0) s = s.slice(0, date.index);
  s = s.replace(/\S+@\S+\.\w+/g, " ").replace(/\([^)]{0,60}\)/g, " ").replace(/https?:\/\/\S+/g, " ");
  // Glued labels from markup without spaces ("Howard BlumeStaff Writer", "ByTravis Haney").
  s = s.replace(/(\p{Ll})(Staff|Contributor|Reporter|Editor|Correspondent|Senior|Writer)\b/gu, "$1, $2");
  s = cleanText(s);
  for (let i = 0; i < 3 && (PREFIX.test(s) || GLUED_PREFIX.test(s)); i++) s = s.replace(PREFIX, "").replace(GLUED_PREFIX, "").trim();
  // "Prince and the Revolution": "and the" joins a band or an organisation's name, not two people.
  s = s.replace(/\s+(and|&)\s+(?=the\s)/giu, " $1\ue000");
  const parts = s.split(JOINERS).map((p) => p.trim().replace(PREFIX, "").replace(GLUED_PREFIX, "").replace(/^[-–—:]+|[-–—:.]+$/g, "").trim());
  const names = parts.map((p) => trimTrailers(p.replace(/\ue000/g, " "))).filter(isName);
  // "mediagene Inc" beside the writer's name is the publishing company.
  return names.length > 1 ? names.filter((n) => !COMPANY_SUFFIXES.has(n.split(/\s+/).pop()!.toLowerCase())) : names;
}

/** Fewest words of a byline text read as a sentence about the writer. */
const PROSE_WORDS = 6;

function isProse(raw: string): boolean {
  const t = raw.trim();
  return /[.!?。]$/u.test(t) && t.split(/\s+/).length >= PROSE_WORDS && !/\s(and|&)\s/i.test(t) && !/^by\b/i.test(t);
}

/** "Howard Blume Staff Writer" → "Howard Blume"; "Meg Wagner NEW YORK DAILY NEWS" → "Meg Wagner". */
function trimTrailers(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  // Japanese role marks after a name ("Eric Freeman 著", "嶋田 健志 監訳").
  while (words.length > 1 && NAME_ROLE_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  // An outlet after the name ("Joe Davidson Washington Post"), its last word an outlet word.
  if (words.length >= 4 && OUTLET_WORDS.has(words[words.length - 1]!.toLowerCase())) words.splice(-2);
  // "Michael Larabel in Valve": the section or place after "in".
  const inAt = words.findIndex((w, i) => i >= 2 && w === "in");
  if (inAt > 0) words.splice(inAt);
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
  // Latin-script names are capitalised; other scripts have no case. A phrase cut from the text
  // opens in lowercase ("qué Jerusalén está dividida", "clicking Submit") or ends on a
  // preposition ("Ad Operations at"); names and organisations ("Organization for Transformative
  // Works", "Michiel de Jong", "Cindy mangomini") do neither.
  if (!/\p{Script=Latin}/u.test(p)) return true;
  if (!/\p{Lu}/u.test(p)) return false;
  const ws = p.split(/\s+/);
  const first = ws[0]!, last = ws[ws.length - 1]!.toLowerCase();
  if (/^\p{Ll}/u.test(first) && !NAME_PARTICLES.has(first) && !NAME_PARTICLES.has(first.split("-")[0]!)) return false;
  return ws.length === 1 || !PHRASE_ENDINGS.has(last);
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
