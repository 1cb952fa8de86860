// The publish and modified dates: ordered rules, the first with a complete date wins
// (metascraper's shape, htmldate's sources). Structured values come first (JSON-LD, meta,
// itemprop/time markup), then the URL's date, then dates written in bylines and datelines.
// Dates inside comments, related stories, embeds, footers and copyright lines are never used.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, jsonLdNodes, typesOf, textOf, type JsonLdNode } from "./json-ld.js";
import { metaEntries } from "./meta-tags.js";
import { findTextDate, parseDateValue, parseIsoDate, MIN_TEXT_YEAR } from "./date-parse.js";
import { isValidDay } from "../../calendar-day.js";
import {
  DATE_ATTRIBUTES, DATE_CLASS_FALSE, DATE_CLASS_FRAGMENTS, FOREIGN_DATE_TAGS, MODIFIED_META,
  PUBLISHED_JSON_LD, PUBLISHED_MARKUP, PUBLISHED_META, PUBLISHED_WORDS, UPDATED_WORDS,
} from "./published.data.js";
import { boundedText, elementsInOrder } from "./visible-text.js";
import { dateScope, isForeignDate, sharesArticle } from "./published-scope.js";


export interface Found {
  value: string;
  source: string;
}

type DateRule = { source: string; read: (doc: Doc, lang: string | null) => string | null };

/** Visible elements examined for a byline date (bylines sit near the top; this bounds the work). */
const MAX_BYLINE_CANDIDATES = 40;
/** Elements with a date-like class looked at, with or without a date in them. */
const MAX_BYLINE_LOOKS = 2000;
/** Longest element text read as a byline or dateline. */
const MAX_BYLINE_TEXT = 200;
/** How far after the headline the first written date may be taken as the publish date. */
const AFTER_HEADLINE_CHARS = 300;
/** Elements stepped through after the headline. */
const MAX_AFTER_HEADLINE_STEPS = 80;

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
];

export function findPublished(doc: Doc, language: string | null = null): Found | null {
  const first = firstDate(doc, PUBLISHED, language);
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

function firstDate(doc: Doc, rules: readonly DateRule[], language: string | null): Found | null {
  for (const rule of rules) {
    const v = rule.read(doc, language);
    if (v) return { value: v, source: rule.source };
  }
  return null;
}

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

function attributeDate(el: Element, lang: string | null): string | null {
  for (const attr of DATE_ATTRIBUTES) {
    const v = el.attribs[attr];
    if (v) {
      const d = parseDateValue(v, lang);
      if (d) return d;
    }
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

/**
 * A date written in a byline or dateline element. One after the headline, or in the article's own
 * header, beats one in the page's masthead (which often shows today's date); then one that says
 * "Published" beats one that does not; then the first.
 */
export function bylineDate(doc: Doc, lang: string | null): (Found & { near: boolean }) | null {
  let best: { found: Found & { near: boolean }; rank: number } | null = null;
  let seen = 0;
  let looked = 0;
  const body = doc.$("body").get(0);
  if (!body) return null;
  const scope = dateScope(doc);
  let passed = scope.headline === null;
  for (const el of elementsInOrder(body)) {
    if (el === scope.headline) passed = true;
    if (!el.attribs || (!el.attribs["class"] && !el.attribs["id"]) || !isDateClass(el)) continue;
    if (++looked > MAX_BYLINE_LOOKS) break;
    const text = boundedText(el, MAX_BYLINE_TEXT);
    if (!text || !(YEAR_HINT.test(text) || SHORT_YEAR_HINT.test(text))) continue;
    if (++seen > MAX_BYLINE_CANDIDATES) break;
    if (isForeignDate(el, scope)) continue;
    const said = publishedPart(text);
    if (said === null) continue;
    const d = morePrecise(findTextDate(said.text, lang, MIN_TEXT_YEAR, true)?.value ?? null, machineDate(doc, el, lang));
    if (!d) continue;
    const near = passed || sharesArticle(el, scope);
    const rank = (near ? 0 : 2) + (said.named ? 0 : 1);
    if (!best || rank < best.rank) best = { found: { value: d, source: "byline", near }, rank };
    if (rank === 0) break;
  }
  return best?.found ?? null;
}

/** The element's machine-readable date, or that of the first <time datetime> inside it. */
function machineDate(doc: Doc, el: Element, lang: string | null): string | null {
  const own = attributeDate(el, lang);
  if (own) return own;
  const time = doc.$(el).find("time[datetime]").get(0) as Element | undefined;
  return time ? parseDateValue(time.attribs["datetime"], lang) : null;
}

/**
 * The written date, or the machine one when it says the same day and minute more precisely
 * ("November 8, 2023 at 6:09 p.m." with datetime="2023-11-08 18:09:55"); the written one when
 * they disagree (the words are what the reader is told).
 */
function morePrecise(written: string | null, machine: string | null): string | null {
  if (!written) return machine;
  if (!machine || machine.length < written.length) return written;
  return machine.startsWith(written.length >= 16 ? written.slice(0, 16) : written.slice(0, 10)) ? machine : written;
}

/** A four-digit year or the 年 of CJK dates: text without one (or a short dotted date) holds no date. */
const YEAR_HINT = /(?:19|20)\d\d|年/;
/** A day.month.yy date ("31.10.23"), read only in bylines and datelines. */
const SHORT_YEAR_HINT = /\d\.\d{1,2}\.\d\d(?!\d)/;

/** The text after "Published"/"Posted", or the whole text when it names neither; null when it only gives an update. */
function publishedPart(text: string): { text: string; named: boolean } | null {
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of PUBLISHED_WORDS) {
    const i = lower.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  // German and Dutch put the verb last ("am 3. Dezember 2011 um 10:00 Uhr veröffentlicht").
  if (at >= 0) return { text: /\d/.test(text.slice(at)) ? text.slice(at) : text, named: true };
  if (lower.includes("©") || lower.includes("copyright")) return null;
  const updated = UPDATED_WORDS.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  if (updated.length) {
    const firstDigit = text.search(/\d/);
    if (Math.min(...updated) < firstDigit) return null;
  }
  return { text, named: false };
}

function isDateClass(el: Element): boolean {
  const words = `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.toLowerCase();
  if (!DATE_CLASS_FRAGMENTS.some((f) => words.includes(f))) return false;
  return !DATE_CLASS_FALSE.some((f) => words.includes(f)) || DATE_CLASS_FRAGMENTS.some((f) => f !== "time" && words.includes(f));
}

/** A line that says "Published …" anywhere, else the first date written just after the headline. */
function textDate(doc: Doc, lang: string | null): string | null {
  const { $ } = doc;
  // The heading that is the page's title, else the first <h1> (often an empty logo slot).
  const h1 = dateScope(doc).headline ?? ($("h1").first().get(0) as Element | undefined);
  if (!h1) return null;
  // The text that follows the headline in document order, bounded.
  let text = "";
  let steps = 0;
  let n: Element | null = nextInOrder(h1);
  while (n && text.length < AFTER_HEADLINE_CHARS && steps++ < MAX_AFTER_HEADLINE_STEPS) {
    if (n.type === "tag" && (FOREIGN_DATE_TAGS.has(n.name) || isForeignDate(n, dateScope(doc)))) {
      n = nextInOrder(n);
      continue;
    }
    const part = boundedText(n, AFTER_HEADLINE_CHARS);
    if (part === null) {
      // A container too long to read whole (the article wrapper): read its first parts.
      const child = n.children.find((c): c is Element => c.type === "tag") ?? null;
      n = child ?? nextInOrder(n);
      continue;
    }
    text += " " + part;
    n = nextInOrder(n);
  }
  const said = publishedPart(cleanSpaces(text).slice(0, AFTER_HEADLINE_CHARS));
  // Right after the headline a day.month.yy is the byline's date ("von Klaus-Peter Schöppner, 8.5.12").
  const after = said ? findTextDate(said.text, lang, MIN_TEXT_YEAR, true)?.value ?? null : null;
  return after ?? beforeHeadlineDate(doc, h1, lang);
}

/** Sibling elements before the headline read for a date ("In the media · 02.12.19" above the <h1>). */
const MAX_BEFORE_HEADLINE = 3;
const BEFORE_HEADLINE_CHARS = 120;

/** A date written just above the headline, in its own header block. */
function beforeHeadlineDate(doc: Doc, headline: Element, lang: string | null): string | null {
  let n = headline.prev;
  for (let i = 0; n && i < MAX_BEFORE_HEADLINE; n = n.prev) {
    if (n.type !== "tag") continue;
    i++;
    const el = n as Element;
    if (FOREIGN_DATE_TAGS.has(el.name) || isForeignDate(el, dateScope(doc))) continue;
    const said = publishedPart(boundedText(el, BEFORE_HEADLINE_CHARS) ?? "");
    const d = said ? findTextDate(said.text, lang, MIN_TEXT_YEAR, true)?.value : undefined;
    if (d) return d;
  }
  return null;
}

/** Text nodes with a year looked at by the last-resort search. */
const MAX_YEAR_TEXTS = 80;

/**
 * Last resort (htmldate's "extensive search", simplified): the first complete date written
 * anywhere in the page's text, outside comments, related stories, embeds, footers and copyright
 * lines, and not after an "updated" label.
 */
function firstPageDate(doc: Doc, lang: string | null): string | null {
  const body = doc.$("body").get(0);
  if (!body) return null;
  let looked = 0;
  for (const el of elementsInOrder(body)) {
    if (el.type !== "tag" || el.name === "script" || el.name === "style") continue;
    for (const child of el.children) {
      if (child.type !== "text") continue;
      const data = (child as unknown as { data: string }).data;
      if (!/(?:19|20)\d\d|年/.test(data)) continue;
      if (++looked > MAX_YEAR_TEXTS) return null;
      if (isForeignDate(el, dateScope(doc))) continue;
      const text = cleanSpaces(data);
      const said = publishedPart(text);
      if (!said) continue;
      const d = findTextDate(said.text, lang, MIN_TEXT_YEAR)?.value;
      if (d) return d;
    }
  }
  return null;
}

const cleanSpaces = (s: string) => s.replace(/\s+/g, " ").trim();

/** The next sibling, else the parent's next sibling, and so on up. */
function nextInOrder(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parent as Element | null) {
    let s = n.next;
    while (s && s.type !== "tag") s = s.next;
    if (s) return s as Element;
  }
  return null;
}

/** A zone-less byline time gets the offset that makes it the structured instant ("…T17:49:00" → "…T17:49:00-08:00"). */
function withZone(visible: string, structured: string): string {
  if (!/T\d{2}:\d{2}:\d{2}$/.test(visible)) return visible;
  const minutes = Math.round((Date.parse(visible + "Z") - Date.parse(structured)) / 60_000 / 15) * 15;
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${visible}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const isUtc = (v: string) => /T.*(?:Z|[+-]00:00)$/.test(v);

/** Two renderings of one instant in different zones (a UTC value and the byline's local one). */
function sameInstantOtherZone(structured: string, visible: string): boolean {
  if (structured.slice(0, 10) === visible.slice(0, 10)) return false;
  if (!/(Z|[+-]00:00)$/.test(structured)) return false;
  const hasZone = /T.*(Z|[+-]\d{2}:\d{2})$/.test(visible);
  if (hasZone) return Math.abs(Date.parse(structured) - Date.parse(visible)) < 5 * 60_000;
  if (visible.includes("T")) {
    // A wall-clock time without zone ("Nov 8, 2023 at 5:49 p.m."): the same instant when it is
    // the UTC time moved by whole hours (a zone between UTC−12 and UTC+14), minutes agreeing.
    const diff = Date.parse(visible + "Z") - Date.parse(structured);
    const hours = diff / 3_600_000;
    const offMinutes = Math.abs(diff / 60_000 - Math.round(hours) * 60);
    return hours >= -12.5 && hours <= 14.5 && offMinutes <= 2;
  }
  // Date only: the byline's day must be one a zone between UTC−12 and UTC+14 can give.
  const hour = Number(structured.slice(11, 13));
  const day = Date.parse(visible.slice(0, 10) + "T00:00:00Z") - Date.parse(structured.slice(0, 10) + "T00:00:00Z");
  return (day === -86_400_000 && hour < 12) || (day === 86_400_000 && hour >= 10);
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
