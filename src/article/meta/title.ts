// The headline. Candidates: the metadata titles (JSON-LD headline, Dublin Core, OpenGraph,
// Twitter, …), <title>, and the page's <h1>s. A metadata title or <title> loses its " | Site"
// part; an <h1> that says the same headline wins (it carries no suffix and no SEO rewording),
// else the first metadata title, else <title>, else the first <h1>. A candidate that only names
// the site ("Engadget", "The New Republic") is no headline.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";
import { cleanText } from "../../text/clean.js";
import { boundedText } from "./visible-text.js";
import { isForeign } from "./regions.js";
import { SUFFIX_SEPARATORS } from "./title.data.js";

/** Meta names of the headline, best first (Readability's and Postlight's orders, merged). */
const TITLE_META: readonly string[] = [
  "dc.title", "dcterms.title", "dcterm:title", "dc:title", "og:title", "twitter:title", "headline", "parsely-title",
  "sailthru.title", "title", "rbtitle",
];
/** Longest h1 text read. */
const MAX_H1 = 400;
/** <h1>s looked at. */
const MAX_H1S = 5;

export function findTitle(doc: Doc, site: string | null): string | null {
  const siteKeys = siteNames(doc, site);
  const isSiteOnly = (t: string) => siteKeys.has(normalise(t));
  const metaRaw = [
    ...articleNodes(doc).slice(0, 1).map((n) => textOf(n["headline"]) ?? textOf(n["name"])),
    metaContent(doc, TITLE_META),
  ].filter((t): t is string => Boolean(t)).map(cleanText).filter((t) => t && !isSiteOnly(t));
  const docTitle = cleanText(doc.$("head title").first().text() || doc.$("title").first().text());
  const h1s = (doc.$("h1").toArray() as Element[]).slice(0, MAX_H1S)
    .filter((h) => !isForeign(h))
    // Permalink anchors inside headings ("Evolve: Shared Mutable History ¶") are not headline text.
    .map((h) => cleanText(boundedText(h, MAX_H1) ?? "").replace(/\s*[¶§#🔗]+$/u, ""))
    .filter((t) => t.length > 1 && !isSiteOnly(t));

  const stripped = [...metaRaw, docTitle].filter(Boolean).map((t) => stripSiteSuffix(t, site));
  // An <h1> that is the metadata headline or the <title> (whole or stripped) is the headline.
  for (const h of h1s) {
    const k = normalise(h);
    if (stripped.some((t) => normalise(t) === k) || [...metaRaw, docTitle].some((t) => normalise(t).startsWith(k) && k.length >= 10)) return h;
  }
  const first = stripped.find((t) => t && !isSiteOnly(t));
  if (first) {
    return first;
  }
  return h1s[0] ?? null;
}

function siteNames(doc: Doc, site: string | null): Set<string> {
  const out = new Set<string>();
  if (site) out.add(normalise(site));
  const host = doc.url ? safeHost(doc.url) : null;
  if (host) out.add(normalise(host.replace(/^www\./, "")));
  out.delete("");
  return out;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * "Headline | Site" → "Headline", "Site | Headline" → "Headline": the part that names the site
 * goes; without a site name, a short last part (≤ 4 words) after a longer head goes.
 */
export function stripSiteSuffix(title: string, site: string | null): string {
  for (const sep of SUFFIX_SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    if (!tail) return head;
    if (site !== null && namesSite(tail, site)) return head;
    const first = title.indexOf(sep);
    if (site !== null && first > 0 && namesSite(title.slice(0, first), site)) return title.slice(first + sep.length).trim();
    if (sep !== " : " && tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3 && tail.length < head.length) return head;
  }
  return title;
}

function namesSite(part: string, site: string): boolean {
  const p = normalise(part), s = normalise(site);
  return Boolean(p && s) && (p.includes(s) || s.includes(p));
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
