// Dates written in the page's visible text: bylines and datelines (elements whose class says
// date/byline/meta), the text just after (or above) the headline, and, as a last resort, the first
// complete date anywhere outside foreign regions (htmldate's "extensive search", simplified).
// Where a date sits is judged by published-scope.ts.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import type { Found } from "./published.js";
import { findTextDate, parseDateValue, MIN_TEXT_YEAR } from "./date-parse.js";
import { DATE_ATTRIBUTES, DATE_CLASS_FALSE, DATE_CLASS_FRAGMENTS, FOREIGN_DATE_TAGS, PUBLISHED_WORDS, UPDATED_WORDS } from "./published.data.js";
import { boundedText, elementsInOrder } from "./visible-text.js";
import { escapeRegExp } from "../../text/regex.js";
import { dateScope, isForeignDate, sharesArticle } from "./published-scope.js";

/** Visible elements examined for a byline date (bylines sit near the top; this bounds the work). */
const MAX_BYLINE_CANDIDATES = 40;
/** Elements with a date-like class looked at, with or without a date in them. */
const MAX_BYLINE_LOOKS = 2000;
/** Longest element text read as a byline or dateline. */
export const MAX_BYLINE_TEXT = 200;
/** How far after the headline the first written date may be taken as the publish date. */
const AFTER_HEADLINE_CHARS = 300;
/** Elements stepped through after the headline. */
const MAX_AFTER_HEADLINE_STEPS = 80;

/** The element's own machine-readable date attribute (datetime, content, title…). */
export function attributeDate(el: Element, lang: string | null): string | null {
  for (const attr of DATE_ATTRIBUTES) {
    const v = el.attribs[attr];
    if (v) {
      const d = parseDateValue(v, lang);
      if (d) return d;
    }
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
  const scope = dateScope(doc);
  for (const { el, afterHeadline } of dateClassElements(doc)) {
    const text = boundedText(el, MAX_BYLINE_TEXT);
    if (!text || !(YEAR_HINT.test(text) || SHORT_YEAR_HINT.test(text))) continue;
    if (++seen > MAX_BYLINE_CANDIDATES) break;
    if (isForeignDate(el, scope)) continue;
    const said = publishedPart(text);
    if (said === null) continue;
    const d = morePrecise(findTextDate(said.text, lang, MIN_TEXT_YEAR, true)?.value ?? null, machineDate(doc, el, lang));
    if (!d) continue;
    const near = afterHeadline || sharesArticle(el, scope);
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
export function publishedPart(text: string): { text: string; named: boolean } | null {
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

interface DateClassElement {
  readonly el: Element;
  /** The page's headline came before it in document order (or the page has none). */
  readonly afterHeadline: boolean;
}

const dateClassCache = new WeakMap<Doc, readonly DateClassElement[]>();

/**
 * The body's elements whose class or id says date, byline or meta, in document order, at most
 * MAX_BYLINE_LOOKS of them: the candidates of bylineDate and updatedDate, found in one walk per
 * Doc (memoised, as published-scope.ts memoises its scope) rather than one walk per question.
 */
function dateClassElements(doc: Doc): readonly DateClassElement[] {
  const cached = dateClassCache.get(doc);
  if (cached) return cached;
  const out: DateClassElement[] = [];
  const body = doc.$("body").get(0);
  const { headline } = dateScope(doc);
  let afterHeadline = headline === null;
  for (const el of body ? elementsInOrder(body) : []) {
    if (el === headline) afterHeadline = true;
    if (!el.attribs || (!el.attribs["class"] && !el.attribs["id"]) || !isDateClass(el)) continue;
    out.push({ el, afterHeadline });
    if (out.length >= MAX_BYLINE_LOOKS) break;
  }
  dateClassCache.set(doc, out);
  return out;
}

/** DATE_CLASS_FRAGMENTS as one pattern, and the same without "time" (which DATE_CLASS_FALSE may explain away). */
const DATE_CLASS = fragmentsPattern(DATE_CLASS_FRAGMENTS);
const DATE_CLASS_NOT_TIME = fragmentsPattern(DATE_CLASS_FRAGMENTS.filter((f) => f !== "time"));
const DATE_CLASS_NOT = fragmentsPattern(DATE_CLASS_FALSE);

function fragmentsPattern(fragments: readonly string[]): RegExp {
  return new RegExp(fragments.map(escapeRegExp).join("|"));
}

function isDateClass(el: Element): boolean {
  const words = `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.toLowerCase();
  if (!DATE_CLASS.test(words)) return false;
  return !DATE_CLASS_NOT.test(words) || DATE_CLASS_NOT_TIME.test(words);
}

/** A line that says "Published …" anywhere, else the first date written just after the headline. */
export function textDate(doc: Doc, lang: string | null): string | null {
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
export function firstPageDate(doc: Doc, lang: string | null): string | null {
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

/**
 * The update date written in a byline beside the headline ("Updated on December 12, 2016 09:22
 * AM"), for the modified date when no metadata gives one. Never the publish date: a page that
 * says only when it was updated has no publish date.
 */
export function updatedDate(doc: Doc, lang: string | null): string | null {
  const scope = dateScope(doc);
  if (!scope.headline) return null;
  for (const { el, afterHeadline } of dateClassElements(doc)) {
    const text = boundedText(el, MAX_BYLINE_TEXT);
    if (!text || !YEAR_HINT.test(text)) continue;
    if (!(afterHeadline || sharesArticle(el, scope)) || isForeignDate(el, scope)) continue;
    const lower = text.toLowerCase();
    const at = Math.min(...UPDATED_WORDS.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const d = findTextDate(text.slice(at), lang, MIN_TEXT_YEAR)?.value;
    if (d) return d;
  }
  return null;
}
