// The extraction pipeline: Doc → article (metadata, body) → extractors → record. No I/O here:
// fixture tests, the scorer and the benchmark all call extractHtml().

import { parseDocument, type Doc } from "./document/document.js";
import { extractMeta } from "./article/meta/index.js";
import { extractBody } from "./article/body/index.js";
import type { Article, ArticleMeta } from "./article/types.js";
import type { Ctx, ReferenceDate } from "./extract/context.js";
import { findQuotes } from "./extract/quotes/index.js";
import { datelineDate, findDates, saidOn } from "./extract/dates/index.js";
import { findLinks } from "./extract/links/index.js";
import { buildRecord } from "./record/build.js";
import type { ArticleRecord, SourceBlock } from "./record/types.js";
import { resolveOptions, type ExtractOptions, type Options } from "./options.js";
import { dateFromUrl } from "./article/meta/published.js";
import { NewsclaimError } from "./errors.js";
import { languageFromScript, SCRIPT_SAMPLE } from "./text/script.js";

export interface ExtractHtmlOptions extends Partial<ExtractOptions> {
  /** What to record as source.input (defaults to the URL, or "-"). */
  input?: string;
  /** Response headers, when the HTML came from a fetch. */
  headers?: Readonly<Record<string, string>>;
  /** Extra fields for the source block (fetched_at, status, encoding, redirects, id). */
  source?: Partial<SourceBlock>;
  /** Warnings from earlier stages (decoding, fetching). */
  warnings?: readonly string[];
}

/** HTML string → record. `baseUrl` is the page's URL (links and dates resolve against it). */
export function extractHtml(html: string, baseUrl: string | null = null, options: ExtractHtmlOptions = {}): ArticleRecord {
  const opts = resolveOptions(options);
  if (!/<[a-z!?/]/i.test(html) && !html.trim()) throw new NewsclaimError("empty", "the page is empty");
  const doc = parseDocument(html, { url: baseUrl, headers: options.headers ?? {} });
  const source: SourceBlock = {
    input: options.input ?? baseUrl ?? "-",
    url: doc.url,
    fetched_at: null,
    ...options.source,
  };
  if (source.url === null && doc.url) source.url = doc.url;
  return extractDoc(doc, source, opts, options.warnings ?? []);
}

/** Publish-date sources that are inferences rather than statements of the page. */
const GUESSED_SOURCES: ReadonlySet<string> = new Set(["url", "page-text"]);

export function extractDoc(doc: Doc, source: SourceBlock, opts: Options, earlier: readonly string[] = []): ArticleRecord {
  const warnings = [...earlier];
  const meta = notPublishedLater(extractMeta(doc), opts.now ?? source.fetched_at ?? new Date().toISOString(), warnings);
  const body = extractBody(doc, meta.language);
  warnings.push(...body.warnings);
  const article: Article = { doc, meta, blocks: body.blocks, asideLinks: body.asideLinks, warnings };
  const language = claimLanguage(article, warnings);
  const reference = referenceDate(article, opts, language);
  if (meta.published && GUESSED_SOURCES.has(meta.publishedSource ?? ""))
    warnings.push(`publish date ${meta.published} is a guess from the ${meta.publishedSource === "url" ? "URL" : "page text"}; no metadata or byline gives it`);
  if (!meta.published) warnings.push(reference
    ? `no publish date found; relative dates resolved against ${reference.source} ${reference.value}`
    : "no publish date found; relative dates are not resolved");
  const ctx: Ctx = { language, reference };
  const quotes = findQuotes(article, ctx);
  const { dates, warnings: dateWarnings } = findDates(article, ctx);
  warnings.push(...dateWarnings);
  const links = findLinks(article, quotes.quotes);
  return buildRecord({
    source, article, quotes, saidOn: saidOn(quotes.quotes, dates, article), dates, links, warnings,
    includeText: opts.includeText,
  });
}

/**
 * The language the claims are read in: the page's own, else the one its script shows (a Russian
 * page without lang gets the Russian cues and dates, with a warning), else English.
 */
function claimLanguage(article: Article, warnings: string[]): string {
  if (article.meta.language) return article.meta.language.split("-")[0]!;
  let text = "";
  for (const b of article.blocks) {
    if (text.length > SCRIPT_SAMPLE) break;
    text += b.text + " ";
  }
  const guessed = languageFromScript(text);
  if (!guessed) return "en";
  warnings.push(`the page declares no language; claims read as "${guessed}", the language its script shows`);
  return guessed;
}

/** Time zones put a page's day at most 14 hours from UTC's; a day's margin covers them and a skewed clock. */
const FUTURE_MARGIN_MS = 24 * 3600 * 1000;

/** A page cannot be published after it was read: such a date (a mistyped year, an event's date) is refused. */
function notPublishedLater(meta: ArticleMeta, readAt: string, warnings: string[]): ArticleMeta {
  const published = meta.published ? Date.parse(meta.published) : NaN;
  const read = Date.parse(readAt);
  if (Number.isNaN(published) || Number.isNaN(read) || published <= read + FUTURE_MARGIN_MS) return meta;
  warnings.push(`publish date ${meta.published} is later than the page was read (${readAt}); left out`);
  return { ...meta, published: null, publishedSource: null };
}

/** The publish date, else the dateline's, the URL's, Last-Modified, else the caller's; never today. */
function referenceDate(article: Article, opts: Options, language: string): ReferenceDate | null {
  if (article.meta.published) return { value: article.meta.published, source: "published" };
  const dateline = datelineDate(article, language);
  if (dateline) return { value: dateline, source: "dateline" };
  const fromUrl = dateFromUrl(article.doc.url);
  if (fromUrl) return { value: fromUrl, source: "url" };
  const lm = article.doc.headers["last-modified"];
  if (lm) {
    const t = Date.parse(lm);
    if (!Number.isNaN(t)) return { value: new Date(t).toISOString(), source: "last-modified" };
  }
  if (opts.referenceDate) return { value: opts.referenceDate, source: "option" };
  return null;
}
