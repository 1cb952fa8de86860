// The publish and modified dates: ordered rules, the first with a complete date wins
// (metascraper's shape, htmldate's sources). Structured values come first (JSON-LD, meta,
// itemprop/time markup), then the URL's date, then dates written in bylines and datelines
// (published-visible.ts). Dates inside comments, related stories, embeds, footers and copyright
// lines are never used (published-scope.ts).

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, jsonLdNodes, typesOf, textOf, type JsonLdNode } from "./json-ld.js";
import { metaEntries } from "./meta-tags.js";
import { findTextDate, parseDateValue, parseIsoDate } from "./date-parse.js";
import { isValidDay } from "../../calendar-day.js";
import { GENERIC_COUNTRY_DOMAINS, MODIFIED_META, PUBLISHED_JSON_LD, PUBLISHED_MARKUP, PUBLISHED_META, UPDATED_WORDS } from "./published.data.js";
import { boundedText } from "./visible-text.js";
import { dateScope, isForeignDate } from "./published-scope.js";
import { attributeDate, bylineDate, firstPageDate, publishedPart, textDate, updatedDate, MAX_BYLINE_TEXT } from "./published-visible.js";
import { isUtc, sameInstantOtherZone, withZone } from "./published-zone.js";

export interface Found {
  value: string;
  source: string;
}

type DateRule = { source: string; read: (doc: Doc, lang: string | null) => string | null };


const PUBLISHED: readonly DateRule[] = [
  { source: "json-ld", read: (doc) => jsonLdDate(doc, PUBLISHED_JSON_LD) },
  { source: "meta", read: (doc, lang) => firstParsed(metaEntries(doc, PUBLISHED_META).map((e) => e.value), lang) },
  { source: "markup", read: markupDate },
  { source: "time", read: timeDate },
  { source: "url", read: (doc) => dateFromUrl(doc.url) },
  { source: "byline", read: (doc, lang) => bylineDate(doc, lang)?.value ?? null },
  { source: "text", read: textDate },
  { source: "page-text", read: firstPageDate },
];

const MODIFIED: readonly DateRule[] = [
  { source: "json-ld", read: (doc) => jsonLdDate(doc, ["dateModified"]) },
  { source: "meta", read: (doc, lang) => firstParsed(metaEntries(doc, MODIFIED_META).map((e) => e.value), lang) },
  { source: "byline", read: updatedDate },
];

export function findPublished(doc: Doc, pageLanguage: string | null = null): Found | null {
  const language = withRegion(pageLanguage, doc.url);
  // A date read from the text that is later than the page's own last-modified date is not its
  // publication (a masthead's "today", a later event): htmldate's upper bound.
  const modified = findModified(doc, language)?.slice(0, 10) ?? null;
  const first = firstDate(doc, PUBLISHED, language, (f) => !(modified && VISIBLE_SOURCES.has(f.source) && f.value.slice(0, 10) > modified));
  const found = first?.source === "meta" ? settleAmbiguous(doc, first, language) : first;
  if (found && (found.source === "json-ld" || found.source === "meta") && isUtc(found.value)) {
    // JSON-LD in UTC and article:published_time with the newsroom's offset for the same instant
    // ("2017-02-24T01:18:13Z", "2017-02-23T17:18:13-08:00"): the page's own offset is kept.
    const zoned = metaEntries(doc, PUBLISHED_META).map((e) => parseIsoDate(e.value)).find((v) => v && /[+-]\d{2}:\d{2}$/.test(v) && !isUtc(v));
    if (zoned && Date.parse(zoned) === Date.parse(found.value)) return { value: zoned, source: "meta" };
    // Many CMSs write the structured date in UTC while the byline shows the newsroom's own day
    // ("2023-11-09T03:28:35Z" for "Published Nov. 8, 2023, 10:28 p.m. ET"): the byline is the
    // same instant in the page's zone, so it is kept.
    // Only a byline of the article itself (after the headline or in its header): a menu's or a
    // masthead's date of the next day is another story, not this one in local time.
    const local = bylineDate(doc, language);
    if (local && local.near && sameInstantOtherZone(found.value, local.value)) return { value: withZone(local.value, found.value), source: `${found.source}+byline` };
  }
  return found;
}

/** "11/01/2023": day and month could be either way round. */
const AMBIGUOUS_NUMERIC = /^\s*(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-](?:19|20)\d\d(?!\d)/;

/**
 * A meta date written all in numbers with day and month both 12 or under was read in the page
 * language's order; when the page writes the same date the other way round in words or its own
 * order ("Erstellt am: 01.11.2023" beside <meta name="date" content="11/01/2023 12:43:42">), the
 * visible one settles it.
 */
function settleAmbiguous(doc: Doc, found: Found, language: string | null): Found {
  const raw = metaEntries(doc, PUBLISHED_META).map((e) => e.value).find((v) => parseDateValue(v, language) === found.value);
  const m = raw ? AMBIGUOUS_NUMERIC.exec(raw) : null;
  if (!m || m[1] === m[2]) return found;
  const visible = bylineDate(doc, language)?.value ?? textDate(doc, language) ?? firstPageDate(doc, language);
  if (!visible) return found;
  const swapped = `${found.value.slice(0, 4)}-${found.value.slice(8, 10)}-${found.value.slice(5, 7)}`;
  return visible.slice(0, 10) === swapped ? { value: swapped + found.value.slice(10), source: "meta+byline" } : found;
}

export function findModified(doc: Doc, language: string | null = null): string | null {
  return firstDate(doc, MODIFIED, language)?.value ?? null;
}

function firstDate(doc: Doc, rules: readonly DateRule[], language: string | null, accept: (f: Found) => boolean = () => true): Found | null {
  for (const rule of rules) {
    const v = rule.read(doc, language);
    if (v && accept({ value: v, source: rule.source })) return { value: v, source: rule.source };
  }
  return null;
}

/**
 * A bare language gets the region of the site's country domain ("en" on a .co.uk or .ie site is
 * British or Irish English, which writes 02/11/2023 for 2 November). ISO 3166 calls the UK "GB".
 */
function withRegion(language: string | null, url: string | null): string | null {
  // doc.url passed validHttpUrl when the Doc was made, so it parses.
  if (!language || language.includes("-") || !url) return language;
  const host = new URL(url).hostname;
  const tld = host.slice(host.lastIndexOf(".") + 1);
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_COUNTRY_DOMAINS.has(tld)) return language;
  return `${language}-${tld === "uk" ? "GB" : tld.toUpperCase()}`;
}

/** Rules that read dates from the visible text rather than from markup made for machines. */
const VISIBLE_SOURCES: ReadonlySet<string> = new Set(["byline", "text", "page-text"]);

function firstParsed(values: readonly string[], lang: string | null): string | null {
  for (const v of values) {
    const d = parseDateValue(v, lang);
    if (d) return d;
  }
  return null;
}

/** Types whose dates are not the article's. */
const NOT_ARTICLE_TYPES: ReadonlySet<string> = new Set(["Comment", "Event", "Offer", "Product", "Person", "Organization", "ImageObject"]);

function jsonLdDate(doc: Doc, keys: readonly string[]): string | null {
  const articles = articleNodes(doc);
  const others = jsonLdNodes(doc).filter((n) => !articles.includes(n) && !typesOf(n).some((t) => NOT_ARTICLE_TYPES.has(t)));
  for (const nodes of [articles, others])
    for (const key of keys)
      for (const n of nodes) {
        const v = parseIsoDate(textOf((n as JsonLdNode)[key])) ?? parseDateValue(textOf((n as JsonLdNode)[key]), "en");
        if (v) return v;
      }
  return null;
}

function markupDate(doc: Doc, lang: string | null): string | null {
  for (const sel of PUBLISHED_MARKUP) {
    for (const el of doc.$(sel).toArray() as Element[]) {
      if (el.name === "meta" || isForeignDate(el, dateScope(doc))) continue;
      const d = attributeDate(el, lang) ?? findTextDate(boundedText(el, MAX_BYLINE_TEXT) ?? "", lang)?.value;
      if (d) return d;
    }
  }
  return null;
}

/** The first <time datetime> outside comments, related stories, embeds and footers. */
function timeDate(doc: Doc, lang: string | null): string | null {
  for (const el of doc.$("time[datetime]").toArray() as Element[]) {
    if (isForeignDate(el, dateScope(doc))) continue;
    const raw = boundedText(el, MAX_BYLINE_TEXT) ?? "";
    const text = raw.toLowerCase();
    if (UPDATED_WORDS.some((w) => text.includes(w))) continue;
    // "<time datetime=2019-07-03…>Publié le 29 juin 2019</time>": the words say which date was the
    // publication; the attribute may be the last edit.
    const said = publishedPart(raw);
    const written = said?.named ? findTextDate(said.text, lang)?.value : undefined;
    const d = parseDateValue(el.attribs["datetime"], lang);
    if (written && d && written.slice(0, 10) !== d.slice(0, 10)) return written;
    if (d) return d;
  }
  return null;
}

/** /2025/05/29/ or /2025-05-29/ in a URL path. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/|[-_])((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-|_|\.|$)/.exec(path);
  // A compact /20200428/ path segment.
  const c = m ? null : /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  if (!m && !c) return null;
  const [, yy, mm, dd] = (m ?? c)!;
  const [y, mo, d] = [Number(yy), Number(mm), Number(dd)];
  if (!isValidDay(y, mo, d)) return null;
  return `${yy}-${mm!.padStart(2, "0")}-${dd!.padStart(2, "0")}`;
}

/** Every rule's answer, in rule order (for diagnostics and tests). */
export function publishedCandidates(doc: Doc, language: string | null = null): Found[] {
  return PUBLISHED.flatMap((r) => {
    const v = r.read(doc, language);
    return v ? [{ value: v, source: r.source }] : [];
  });
}
