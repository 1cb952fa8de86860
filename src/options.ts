// Options for one extraction. resolveOptions() fills the defaults and freezes the result, which
// is then passed down explicitly: there is no global configuration (STYLE §4).

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const VERSION: string = (require("../package.json") as { version: string }).version;

export const DEFAULT_USER_AGENT =
  `newsclaim/${VERSION} (+https://www.npmjs.com/package/newsclaim; extracts quotes and citations from news articles)`;

export interface FetchOptions {
  /** Connect, header and body timeout in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes; enforced while streaming. */
  maxBytes: number;
  /** Most redirects followed. */
  maxRedirects: number;
  userAgent: string;
  /** Extra request headers. */
  headers: Readonly<Record<string, string>>;
}

export interface ExtractOptions extends FetchOptions {
  /** Add `article.text` (the body as plain text) to the record. */
  includeText: boolean;
  /** The reference date for relative dates when the page has none (ISO 8601), e.g. a Last-Modified header. */
  referenceDate: string | null;
  /**
   * When the page was read (ISO 8601): a publish date more than a day after it is refused. Null:
   * the fetch time for a fetched page, else the clock at extraction.
   */
  now: string | null;
}

export type Options = Readonly<ExtractOptions>;

export const DEFAULTS: Options = Object.freeze({
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 10,
  userAgent: DEFAULT_USER_AGENT,
  headers: Object.freeze({}),
  includeText: false,
  referenceDate: null,
  now: null,
});

export function resolveOptions(partial: Partial<ExtractOptions> = {}): Options {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return Object.freeze({ ...DEFAULTS, ...defined });
}
