// Compare a record with a fixture's hand-written expected.json (format: fixtures/README.md).
// Each check returns a list of human-readable problems; an empty list means the section matches.
import { isDeepStrictEqual } from "node:util";
import type { ArticleRecord, QuoteRecord } from "../../src/record/types.js";
import { norm } from "./normalize.js";

export const SECTIONS = ["article", "body", "quotes", "speakers", "dates", "links"] as const;
export type Section = (typeof SECTIONS)[number];

const KNOWN_KEYS = new Set([
  "url", "about", "source", "article", "body_contains", "body_excludes",
  "quotes", "quotes_exact", "not_quotes", "speakers", "speakers_exact",
  "dates", "dates_exact", "links", "links_exact", "error", "pending",
]);

type Obj = Record<string, unknown>;
export interface Expected {
  url: string;
  source?: Obj;
  article?: Obj;
  body_contains?: string[];
  body_excludes?: string[];
  quotes?: Obj[];
  quotes_exact?: boolean;
  not_quotes?: string[];
  speakers?: Obj[];
  speakers_exact?: boolean;
  dates?: Obj[];
  dates_exact?: boolean;
  links?: Obj[];
  links_exact?: boolean;
  error?: { code: string };
  pending?: Partial<Record<Section, string>>;
}

/** Problems in the expected.json itself (unknown keys, missing url). */
export function checkExpectedShape(e: Obj): string[] {
  const problems: string[] = [];
  for (const k of Object.keys(e)) if (!KNOWN_KEYS.has(k)) problems.push(`unknown key "${k}" in expected.json`);
  if (typeof e.url !== "string") problems.push(`"url" is required`);
  for (const k of Object.keys((e.pending as Obj | undefined) ?? {}))
    if (!(SECTIONS as readonly string[]).includes(k)) problems.push(`unknown section "${k}" in "pending"`);
  return problems;
}

const show = (v: unknown) => JSON.stringify(v);

function exactKeys(label: string, want: Obj | undefined, got: Obj): string[] {
  const problems: string[] = [];
  for (const [k, v] of Object.entries(want ?? {}))
    if (!isDeepStrictEqual(got[k], v)) problems.push(`${label}.${k}: want ${show(v)}, got ${show(got[k])}`);
  return problems;
}

export function checkSource(e: Expected, r: ArticleRecord): string[] {
  return exactKeys("source", e.source, r.source as unknown as Obj);
}

export function checkArticle(e: Expected, r: ArticleRecord): string[] {
  return [...checkSource(e, r), ...exactKeys("article", e.article, r.article as unknown as Obj)];
}

export function checkBody(e: Expected, r: ArticleRecord): string[] {
  const text = norm(r.article.text);
  const problems: string[] = [];
  for (const s of e.body_contains ?? []) if (!text.includes(norm(s))) problems.push(`body lacks "${s}"`);
  for (const s of e.body_excludes ?? []) if (text.includes(norm(s))) problems.push(`body contains boilerplate "${s}"`);
  return problems;
}

/**
 * Match each expected item to a distinct output item on its match keys, then check its other keys.
 * `matches(want, got)` decides the match; `rest` lists the keys checked once matched, with how.
 */
function matchList<G>(
  label: string, want: Obj[] | undefined, got: readonly G[], exact: boolean | undefined,
  matches: (w: Obj, g: G) => boolean, rest: Record<string, (w: unknown, g: G) => boolean>,
  describe: (g: G) => string, fallback?: (w: Obj, g: G) => boolean,
): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const w of want ?? []) {
    let i = got.findIndex((g, k) => !used.has(k) && matches(w, g));
    if (i < 0 && fallback) i = got.findIndex((g, k) => !used.has(k) && fallback(w, g));
    if (i < 0) {
      const near = got.filter((g) => matchesLoosely(w, g as unknown as Obj)).map(describe);
      problems.push(`${label}: missing ${show(w)}${near.length ? `\n    near: ${near.join("\n          ")}` : ""}`);
      continue;
    }
    used.add(i);
    const g = got[i] as G;
    for (const [k, check] of Object.entries(rest))
      if (k in w && !check(w[k], g)) problems.push(`${label} ${show(w.text ?? w.name ?? w.url)}: ${k} want ${show(w[k])}, got ${show((g as Obj)[k === "quote" ? "quote_id" : k])}`);
  }
  if (exact) got.forEach((g, k) => { if (!used.has(k)) problems.push(`${label}: unexpected ${describe(g)}`); });
  return problems;
}

/** Same text or url, ignoring the other match keys: shown as a hint when an item is missing. */
function matchesLoosely(w: Obj, g: Obj): boolean {
  if (typeof w.url === "string") return g.url === w.url;
  const key = typeof w.text === "string" ? "text" : "name";
  const a = norm(w[key] as string), b = norm(g[key] as string);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

const names = (w: Obj, nameKey: "speaker" | "name") =>
  [w[nameKey], ...((w.accept as unknown[] | undefined) ?? [])].map((n) => (n === null ? null : norm(n as string)));
const sameName = (w: Obj, got: string | null, nameKey: "speaker" | "name") =>
  names(w, nameKey).includes(got === null ? null : norm(got));
/** `type` is one type, or a list of the types that count as right. */
const typeMatches = (want: unknown, got: string) => (Array.isArray(want) ? want.includes(got) : want === got);
/** Equal, or one is the other plus whole words around it. */
function wordsWithin(a: string, b: string): boolean {
  if (!a || !b) return a === b;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}
const eq = (k: string) => (w: unknown, g: unknown) => isDeepStrictEqual((g as Obj)[k], w);

export function checkQuotes(e: Expected, r: ArticleRecord): string[] {
  const problems = matchList<QuoteRecord>("quotes", e.quotes, r.quotes, e.quotes_exact,
    (w, g) => typeMatches(w.type, g.type) && norm(w.text as string) === norm(g.text) && sameName(w, g.speaker, "speaker"),
    {
      // "cast doubt" and "cast doubt on" name the same cue: equal, else one contains the other.
      cue: (w, g) => (w === null ? g.cue === null : g.cue !== null && wordsWithin(norm(w as string), norm(g.cue))),
      said_on: eq("said_on"), paragraph: eq("paragraph"),
      speaker_mention: (w, g) => (w === null ? g.speaker_mention === null : g.speaker_mention !== null && wordsWithin(norm(w as string), norm(g.speaker_mention))),
    },
    (g) => `${g.type} "${g.text}" (${g.speaker ?? "no speaker"})`);
  for (const s of e.not_quotes ?? [])
    for (const q of r.quotes) if (norm(q.text).includes(norm(s))) problems.push(`quotes: "${q.text}" contains "${s}", which is not a claim`);
  return problems;
}

export function checkSpeakers(e: Expected, r: ArticleRecord): string[] {
  return matchList("speakers", e.speakers, r.speakers, e.speakers_exact,
    (w, g) => sameName(w, g.name, "name"),
    {
      kind: eq("kind"),
      title: (w, g) => (w === null ? g.title === null : norm(w as string) === norm(g.title)),
      // "Park" and "Mr Park" are the same alias (as cue: whole-word containment).
      aliases: (w, g) => (w as string[]).every((a) => g.aliases.some((b) => wordsWithin(norm(a), norm(b)))),
    },
    (g) => `${g.name} (${g.kind})`);
}

export function checkDates(e: Expected, r: ArticleRecord): string[] {
  return matchList("dates", e.dates, r.dates, e.dates_exact,
    (w, g) => norm(w.text as string) === norm(g.text) && w.value === g.value,
    { granularity: eq("granularity"), relative: eq("relative"), paragraph: eq("paragraph") },
    (g) => `"${g.text}" = ${g.value}`,
    // "Thursday" and "on Thursday" name the same mention: either text may contain the other.
    (w, g) => w.value === g.value && (norm(g.text).includes(norm(w.text as string)) || norm(w.text as string).includes(norm(g.text))));
}

export function checkLinks(e: Expected, r: ArticleRecord): string[] {
  const quoteText = new Map(r.quotes.map((q) => [q.id, q.text]));
  return matchList("links", e.links, r.links, e.links_exact,
    (w, g) => w.url === g.url && w.kind === g.kind,
    {
      text: (w, g) => norm(w as string) === norm(g.text),
      internal: eq("internal"), paragraph: eq("paragraph"),
      quote: (w, g) => (w === null ? g.quote_id === null : g.quote_id !== null && norm(quoteText.get(g.quote_id)) === norm(w as string)),
    },
    (g) => `${g.kind} ${g.url} "${g.text}"`);
}

export const CHECKS: Record<Section, (e: Expected, r: ArticleRecord) => string[]> = {
  article: checkArticle, body: checkBody, quotes: checkQuotes, speakers: checkSpeakers, dates: checkDates, links: checkLinks,
};

/** The sections an expected.json has something to check in. */
export function sectionsOf(e: Expected): Section[] {
  const has: Record<Section, boolean> = {
    article: e.article !== undefined || e.source !== undefined,
    body: e.body_contains !== undefined || e.body_excludes !== undefined,
    quotes: e.quotes !== undefined || e.quotes_exact !== undefined || e.not_quotes !== undefined,
    speakers: e.speakers !== undefined || e.speakers_exact !== undefined,
    dates: e.dates !== undefined || e.dates_exact !== undefined,
    links: e.links !== undefined || e.links_exact !== undefined,
  };
  return SECTIONS.filter((s) => has[s]);
}
