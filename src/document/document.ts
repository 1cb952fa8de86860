// ONE parse per page. The Doc built here is the only input of every extractor; nothing parses
// the HTML again or edits this tree (code that drops nodes works on its own clone).

import { load, type CheerioAPI } from "cheerio";
import { indexElements, queryIndex, type ElementIndex } from "./query.js";

export interface Doc {
  readonly $: CheerioAPI;
  /** The page's own URL: final URL after redirects, --url, or the page's canonical/og:url. */
  readonly url: string | null;
  /** What relative links resolve against: <base href> resolved against `url`, else `url`. */
  readonly baseUrl: string | null;
  /** Response headers (lowercase names); empty for files. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface DocInit {
  url?: string | null;
  headers?: Readonly<Record<string, string>>;
}

export function parseDocument(html: string, init: DocInit = {}): Doc {
  // htmlparser2 rather than parse5: several times faster, and forgiving enough for extraction.
  const $ = indexedQueries(load(html, { xml: { xmlMode: false, decodeEntities: true } }));
  const url = validHttpUrl(init.url) ?? pageUrlFromMarkup($);
  const baseHref = $("base[href]").first().attr("href");
  const baseUrl = resolveUrl(baseHref, url) ?? url;
  return Object.freeze({ $, url, baseUrl, headers: Object.freeze({ ...(init.headers ?? {}) }) });
}

/** `$("<p>…")` makes nodes from markup rather than querying the page. */
const HTML_START = /^\s*</;

/**
 * The same CheerioAPI, except that `$(selector)` over the whole page is answered from an element
 * index built on the first such query (query.ts): the rules ask dozens of selectors per page, and
 * cheerio walks every node for each. Same elements in the same order as cheerio's own answer;
 * any other call (`$(el)`, `$(sel, context)`, selectors query.ts does not handle) goes to cheerio.
 */
function indexedQueries(base: CheerioAPI): CheerioAPI {
  let index: ElementIndex | null = null;
  const call = base as unknown as (...a: unknown[]) => unknown;
  const $ = function (selector: unknown, context?: unknown, root?: unknown, options?: unknown) {
    if (arguments.length === 1 && typeof selector === "string" && !HTML_START.test(selector)) {
      index ??= indexElements(base.root()[0]!);
      const found = queryIndex(index, selector);
      if (found) return base(found);
    }
    return arguments.length === 1 ? call(selector) : call(selector, context, root, options);
  };
  // cheerio's static methods (root, html, text, …) call `this(this._root)`: they work on the copy.
  return Object.assign($, base) as unknown as CheerioAPI;
}

/** <link rel=canonical> or og:url, when the caller gave no URL. */
function pageUrlFromMarkup($: CheerioAPI): string | null {
  const canonical = $('link[rel~="canonical"][href]').first().attr("href");
  const og = $('meta[property="og:url"][content]').first().attr("content");
  return validHttpUrl(canonical?.trim()) ?? validHttpUrl(og?.trim());
}

export function validHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const x = new URL(u);
    return x.protocol === "http:" || x.protocol === "https:" ? x.href : null;
  } catch {
    return null;
  }
}

/** An href made absolute; null for hrefs that cannot be followed (javascript:, data:, broken). */
export function resolveUrl(href: string | undefined | null, base: string | null): string | null {
  if (href === undefined || href === null) return null;
  const h = href.trim();
  if (!h) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return null;
  }
}
