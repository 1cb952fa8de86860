// Bytes → record: the half of the library that needs no network. The extraction threads of a
// batch load this, not api.ts, so that each thread does not also carry the HTTP client (undici
// costs about 19 MB of memory per thread).

import { decodeHtml, looksBinary } from "./document/decode.js";
import { NewsclaimError } from "./errors.js";
import { extractHtml } from "./extract.js";
import type { FetchedPage } from "./fetch/fetch-page.js";
import { inputKind } from "./input/kind.js";
import { readFileLimited, readStreamLimited } from "./input/read.js";
import type { Options } from "./options.js";
import type { ArticleRecord, SourceBlock } from "./record/types.js";

/** Extract from a fetched page (batch's cache hands pages back through here). */
export function extractFetched(input: string, page: FetchedPage, opts: Options): ArticleRecord {
  return extractBytes(page.bytes, {
    input, url: page.url, contentType: page.headers["content-type"] ?? null, headers: page.headers, opts,
    source: { fetched_at: page.fetchedAt, status: page.status, redirects: page.redirects },
  });
}

/** Extract from a saved page, or from `stdin` for input "-"; `url` is the page's base URL. */
export async function extractFile(input: string, opts: Options, url: string | null, stdin?: AsyncIterable<Uint8Array | string>): Promise<ArticleRecord> {
  const bytes = inputKind(input) === "stdin"
    ? await readStreamLimited(stdin ?? process.stdin, opts.maxBytes)
    : await readFileLimited(input, opts.maxBytes);
  return extractBytes(bytes, { input, url, contentType: null, headers: {}, opts, source: {} });
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
