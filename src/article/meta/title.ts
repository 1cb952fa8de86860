// The headline. Candidates: the metadata titles (JSON-LD headline, Dublin Core, OpenGraph,
// Twitter, …), <title>, and the page's <h1>s. A metadata title or <title> loses its " | Site"
// part; an <h1> that says the same headline wins (it carries no suffix and no SEO rewording),
// else the first metadata title, else <title>, else the first <h1>. A candidate that only names
// the site ("Engadget", "The New Republic") is no headline.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContent, metaContents } from "./meta-tags.js";
import { cleanText } from "../../text/clean.js";
import { boundedText } from "./visible-text.js";
import { isForeign } from "./regions.js";
import { HIDDEN_CLASS_WORDS, SUFFIX_SEPARATORS } from "./title.data.js";

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
  // An <h1> in a region that looks foreign (a "content-sidebar-wrap" layout wrapper) still counts
  // when it says what the metadata says; only the looser rules need it outside such regions.
  const h1s = (doc.$("h1").toArray() as Element[]).slice(0, MAX_H1S)
    .map((h) => ({ isForeign: isForeign(h) || isHiddenHeading(h),
      // Permalink anchors inside headings ("Evolve: Shared Mutable History ¶") are not headline text.
      text: cleanText(boundedText(h, MAX_H1) ?? "").replace(/\s*[¶§#🔗]+$/u, "") }))
    .filter((h) => h.text.length > 1 && !isSiteOnly(h.text));

  const raws = [...metaRaw, docTitle].filter(Boolean);
  const stripped = raws.map((t) => stripSiteSuffix(t, site));
  // 1. An <h1> that is the metadata headline or the <title> (whole, stripped, or the words it
  //    opens with or holds: "Artist – Song Lyrics | Site" with the <h1> "Song") is the headline.
  for (const { text: h, isForeign } of h1s) {
    const k = normalise(h);
    if (stripped.some((t) => normalise(t) === k)) return h;
    // Not the opening of a "Name: Subtitle" title: the <h1> "Lust for Youth" (the artist) in
    // "Lust for Youth: Lust for Youth Album Review" is part of the headline.
    if (!isForeign && k.length >= MIN_HELD_H1 && raws.some((t) => holdsWords(t, h) && !endsWithPart(t, h) && !opensBeforeColon(t, h))) return h;
    // The metadata title cut down for search results: every word of it in the <h1>, in order
    // ("… Tags on Her Coat" for "… Tags on Her Céline Coat: 'I Wore It Four Times …'").
    if (!isForeign && stripped.some((t) => isShortenedFrom(t, h))) return h;
  }
  // 2. The visible headline reworded for search and social cards: an <h1> that no metadata title
  //    repeats (og:title, twitter:title and the rest all say something else) but that shares
  //    most of its words with one of them ("An Ode to the Rosetta Spacecraft as It Flings Itself
  //    Into a Comet" under og:title "… As It Plummets To Its Death"). An <h1> that one of them
  //    repeats is the rewording's own source, and the editors' choice stands (step 3).
  const allMeta = [...metaRaw, ...metaContents(doc, TITLE_META).map(cleanText)].filter(Boolean);
  const everyTitle = [...allMeta, docTitle].filter(Boolean);
  const agreed = new Set(everyTitle.map((t) => normalise(stripSiteSuffix(t, site))));
  for (const { text: h, isForeign } of h1s) {
    if (isForeign || wordCount(h) < MIN_REWORDED_WORDS || agreed.has(normalise(h))) continue;
    if (everyTitle.some((t) => holdsWords(t, h))) continue;
    // Both ways: most of the <h1> in the title and most of the title in the <h1> (a product
    // tagline "Make your Firefox your own" shares a few words with a long <title>, no more).
    if (everyTitle.some((t) => {
      const x = stripSiteSuffix(t, site);
      return sharedShare(h, x) >= MIN_REWORDED_SHARE && sharedShare(x, h) >= MIN_REWORDED_SHARE;
    })) return h;
  }
  // 3. A second-level heading holding the whole metadata title and more (the visible headline
  //    set as <h2> on pages whose <h1> is the site's or section's name).
  for (const h2 of doc.$("h2").toArray().slice(0, MAX_H1S) as Element[]) {
    if (isForeign(h2)) continue;
    const t = cleanText(boundedText(h2, MAX_H1) ?? "");
    // …but not the unstripped title itself ("Headline：Site" set as a heading).
    if (t && stripped.some((x) => isShortenedFrom(x, t)) && !raws.some((r) => holdsWords(r, t))) return t;
  }
  // 4. The first metadata headline (JSON-LD, then the meta names in TITLE_META's order), stripped.
  const metaStripped = stripped.slice(0, metaRaw.length).filter((t) => t && !isSiteOnly(t));
  if (metaStripped.length) return metaStripped[0]!;
  // 5. <title>; an <h1> that says something else is a logo or section name as often as a headline.
  const title = docTitle ? stripSiteSuffix(docTitle, site) : "";
  if (title && !isSiteOnly(title)) return title;
  return h1s.find((h) => !h.isForeign)?.text ?? null;
}

/** Fewest words of an <h1> read as a reworded headline… */
const MIN_REWORDED_WORDS = 4;
/** …and the share of its words (characters, in scripts without spaces) a title must share. */
const MIN_REWORDED_SHARE = 0.5;

/** Share of `a`'s tokens found in `b` (words; Han, kana and Hangul one character each). */
function sharedShare(a: string, b: string): number {
  const tok = (s: string) => s.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu) ?? [];
  const ta = tok(a), counts = new Map<string, number>();
  for (const t of tok(b)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of ta) {
    const c = counts.get(t);
    if (c) {
      n++;
      counts.set(t, c - 1);
    }
  }
  return ta.length ? n / ta.length : 0;
}

/** Fewest letters (normalised) of an <h1> found inside a longer title for it to count as the headline. */
const MIN_HELD_H1 = 10;

/** A heading for screen readers only (GitHub's "sr-only" repository name), not the visible headline. */
function isHiddenHeading(h: Element): boolean {
  const a = h.attribs;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return true;
  return (a["class"] ?? "").toLowerCase().split(/\s+/).some((w) => HIDDEN_CLASS_WORDS.has(w));
}

/** Fewest words of a title read as a shortened <h1>. */
const MIN_SHORTENED_WORDS = 4;
/** Most words of a metadata title read as a section's name. */
const MAX_SECTION_WORDS = 2;

/** Every word of `short` occurs in `long`, in order, and `long` has more. */
function isShortenedFrom(short: string, long: string): boolean {
  const s = wordsOf(short), l = wordsOf(long);
  // A one- or two-word metadata title ("Arbeit") is a section's name; the <h1> holding it is the headline.
  if (l.length <= s.length || (s.length < MIN_SHORTENED_WORDS && (s.length > MAX_SECTION_WORDS || l.length < MIN_SHORTENED_WORDS - 1))) return false;
  let i = 0;
  for (const w of l) if (i < s.length && w === s[i]) i++;
  return i === s.length;
}

/** `text` starts with `part` followed by a colon ("Lust for Youth: Lust for Youth Album Review"). */
function opensBeforeColon(text: string, part: string): boolean {
  const t = text.trimStart();
  // A colon set close ("Name: Subtitle"); " : " and "：" separate the site's or section's name.
  return t.toLowerCase().startsWith(part.toLowerCase()) && /^:\s/u.test(t.slice(part.length));
}

/** `part` is what follows the last separator of `text` (the place of the site's name). */
function endsWithPart(text: string, part: string): boolean {
  return SUFFIX_SEPARATORS.some((sep) => {
    const i = text.lastIndexOf(sep);
    return i > 0 && normalise(text.slice(i + sep.length)) === normalise(part);
  });
}

/** `text` holds `part` as whole words (case and punctuation aside). */
function holdsWords(text: string, part: string): boolean {
  const t = ` ${wordsOf(text).join(" ")} `, p = ` ${wordsOf(part).join(" ")} `;
  return p.trim().length > 0 && t.includes(p);
}

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

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
  // The site's name glued on with bare punctuation ("…「Treeviz」:phpspot開発日誌").
  if (site !== null) {
    const s = site.trim();
    if (s && title.length > s.length + 1 && title.toLowerCase().endsWith(s.toLowerCase())) {
      const head = title.slice(0, title.length - s.length);
      if (/\S\s*[:|｜\-–—_·/]\s*$/u.test(head)) return head.replace(/\s*[:|｜\-–—_·/]\s*$/u, "");
    }
  }
  for (const sep of SUFFIX_SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    if (!tail) return head;
    if (site !== null && namesSite(tail, site)) return head;
    const first = title.indexOf(sep);
    // "Site | Headline": the head is the site's name, not a headline that mentions it.
    if (site !== null && first > 0 && namesSite(title.slice(0, first), site, true)) return title.slice(first + sep.length).trim();
    if (sep !== " : " && wordCount(tail) <= 4 && wordCount(head) >= 3 && tail.length < head.length) return head;
  }
  return title;
}

/** Longest part, in multiples of the site name's length, that still only names the site ("The Site Blog"). */
const MAX_SITE_PART = 2;

/** Words, counting two characters of a script without spaces (Han, kana, Hangul) as one. */
function wordCount(s: string): number {
  const cjk = (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  const spaced = s.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(cjk / 2);
}

function namesSite(part: string, site: string, strict = false): boolean {
  // "The Times of India" is named by "Times of India".
  const p = normalise(part).replace(/^the/, ""), s = normalise(site).replace(/^the/, "");
  if (!p || !s) return false;
  if (s.includes(p)) return true;
  return p.includes(s) && (!strict || p.length <= s.length * MAX_SITE_PART);
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
