// The library's I/O entry points: a URL, a file or a stream → record. The CLI and batch call
// these; none of them writes to stdout or exits the process.

import type { Dispatcher } from "undici";
import { decodeHtml, looksBinary } from "./document/decode.js";
import { NewsclaimError } from "./errors.js";
import { extractHtml } from "./extract.js";
import { fetchPage, type FetchedPage } from "./fetch/fetch-page.js";
import { inputKind } from "./input/kind.js";
import { readFileLimited, readStreamLimited } from "./input/read.js";
import { resolveOptions, type ExtractOptions, type Options } from "./options.js";
import type { ArticleRecord, SourceBlock } from "./record/types.js";

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

/** Extract from a fetched page (batch's cache hands pages back through here). */
export function extractFetched(input: string, page: FetchedPage, opts: Options): ArticleRecord {
  return extractBytes(page.bytes, {
    input, url: page.url, contentType: page.headers["content-type"] ?? null, headers: page.headers, opts,
    source: { fetched_at: page.fetchedAt, status: page.status, redirects: page.redirects },
  });
}

/** Extract from any input: a URL, a file path, or "-" for stdin. */
export async function extractInput(input: string, options: ExtractCallOptions = {}): Promise<ArticleRecord> {
  const kind = inputKind(input);
  if (kind === "url") return extract(input, options);
  const opts = resolveOptions(options);
  const bytes = kind === "stdin"
    ? await readStreamLimited(options.stdin ?? process.stdin, opts.maxBytes)
    : await readFileLimited(input, opts.maxBytes);
  return extractBytes(bytes, { input, url: options.url ?? null, contentType: null, headers: {}, opts, source: {} });
}

interface BytesInit {
  input: string;
  url: string | null;
  contentType: string | null;
  headers: Record<string, string>;
  opts: Options;
  source: Partial<SourceBlock>;
}

function extractBytes(bytes: Uint8Array, init: BytesInit): ArticleRecord {
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes.subarray(0, 2048)).toString("latin1")) && bytes.length < 2048)
    throw new NewsclaimError("empty", "the page is empty", { url: init.input });
  if (looksBinary(bytes)) throw new NewsclaimError("not_html", "not an HTML page (binary content)", { url: init.input });
  const decoded = decodeHtml(bytes, init.contentType);
  return extractHtml(decoded.html, init.url, {
    ...init.opts,
    input: init.input,
    headers: init.headers,
    source: { ...init.source, encoding: decoded.encoding },
    warnings: decoded.warnings,
  });
}
