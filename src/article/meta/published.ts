import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";

export interface Found {
  value: string;
  source: string;
}

type DateRule = { source: string; read: (doc: Doc) => string | null | undefined };

const PUBLISHED: readonly DateRule[] = [
  { source: "json-ld", read: (doc) => articleNodes(doc).map((n) => textOf(n["datePublished"]) ?? textOf(n["dateCreated"])).find(Boolean) },
  { source: "meta", read: (doc) => metaContent(doc, ["article:published_time", "og:article:published_time", "datePublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "date", "dc.date", "DC.date", "dc.date.issued", "DC.date.issued", "dcterms.date", "dcterms.created", "article.published", "published_time", "og:published_time"]) },
  { source: "time", read: (doc) => doc.$("article time[datetime], time[pubdate], time[itemprop=datePublished], time[datetime]").first().attr("datetime") },
  { source: "url", read: (doc) => dateFromUrl(doc.url) },
];

const MODIFIED: readonly DateRule[] = [
  { source: "json-ld", read: (doc) => articleNodes(doc).map((n) => textOf(n["dateModified"])).find(Boolean) },
  { source: "meta", read: (doc) => metaContent(doc, ["article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"]) },
];

export function findPublished(doc: Doc): Found | null {
  return firstDate(doc, PUBLISHED);
}

export function findModified(doc: Doc): string | null {
  return firstDate(doc, MODIFIED)?.value ?? null;
}

function firstDate(doc: Doc, rules: readonly DateRule[]): Found | null {
  for (const rule of rules) {
    const v = normaliseIsoDate(rule.read(doc));
    if (v) return { value: v, source: rule.source };
  }
  return null;
}

/** Accept ISO 8601 date or date-time strings as given (trimmed), rejecting impossible dates. */
export function normaliseIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, tz] = m;
  const year = Number(y);
  if (year < 1990 || year > 2100 || !validDay(year, Number(mo), Number(d))) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const zone = tz === undefined ? "" : tz === "Z" ? "Z" : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz;
  return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? "00"}${zone}`;
}

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
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
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|-|_|$)/.exec(path);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}
