// The library's I/O entry points: a URL, a file or a stream → record. The CLI and batch call
// these; none of them writes to stdout or exits the process.

import type { Dispatcher } from "undici";
import { extractFetched, extractFile } from "./extract-bytes.js";
import { fetchPage } from "./fetch/fetch-page.js";
import { inputKind } from "./input/kind.js";
import { resolveOptions, type ExtractOptions } from "./options.js";
import type { ArticleRecord } from "./record/types.js";

export { extractFetched };

export interface ExtractCallOptions extends Partial<ExtractOptions> {
  /** Base URL for a file or stdin (ignored for URLs, whose final URL is the base). */
  url?: string;
  /** A shared undici dispatcher (batch passes its own); one is made per call otherwise. */
  dispatcher?: Dispatcher;
  /** Cancels the fetch. */
  signal?: AbortSignal;
  /** Where stdin is read from for input "-" (defaults to process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Fetch a URL and extract its record. */
export async function extract(url: string, options: ExtractCallOptions = {}): Promise<ArticleRecord> {
  const opts = resolveOptions(options);
  const page = await fetchPage(url, opts, options.dispatcher, options.signal);
  return extractFetched(url, page, opts);
}

/** Extract from any input: a URL, a file path, or "-" for stdin. */
export async function extractInput(input: string, options: ExtractCallOptions = {}): Promise<ArticleRecord> {
  const kind = inputKind(input);
  if (kind === "url") return extract(input, options);
  return extractFile(input, resolveOptions(options), options.url ?? null, options.stdin);
}
