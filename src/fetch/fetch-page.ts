// Fetch one page: redirects followed by hand (to record them and catch loops), a deadline for
// the whole exchange, the size limit enforced while streaming, and decoding to text.

import { fetch, type Dispatcher } from "undici";
import { NewsclaimError, httpErrorCode } from "../errors.js";
import type { FetchOptions } from "../options.js";
import { networkError } from "./errors.js";
import { createAgent } from "./agent.js";

export interface FetchedPage {
  /** The URL asked for. */
  requestUrl: string;
  /** The final URL after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  bytes: Uint8Array;
  redirects: string[];
  fetchedAt: string;
}

/** Content types we read as HTML; a missing type is sniffed by the caller. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/xml|application\/xml|text\/plain)\b/i;

export function checkHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new NewsclaimError("invalid_url", "not a valid URL", { url: input });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new NewsclaimError("unsupported_scheme", `unsupported scheme "${url.protocol.replace(/:$/, "")}" (only http and https are fetched)`, { url: input });
  return url;
}

export async function fetchPage(input: string, opts: FetchOptions, dispatcher?: Dispatcher, signal?: AbortSignal): Promise<FetchedPage> {
  let url = checkHttpUrl(input).href;
  const own = dispatcher ? null : createAgent({ timeoutMs: opts.timeoutMs });
  const agent = dispatcher ?? own!;
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const abort = signal ? AbortSignal.any([deadline, signal]) : deadline;
  const redirects: string[] = [];
  const seen = new Set<string>([url]);
  try {
    for (;;) {
      let res;
      try {
        res = await fetch(url, {
          redirect: "manual",
          dispatcher: agent,
          signal: abort,
          headers: {
            "user-agent": opts.userAgent,
            accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "accept-language": "en;q=0.9,*;q=0.5",
            // undici's fetch decodes br but only offers "gzip, deflate" by default.
            "accept-encoding": "gzip, deflate, br",
            ...opts.headers,
          },
        });
      } catch (err) {
        throw interruptedOr(networkError(err, url), signal);
      }
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel().catch(() => undefined);
        let next: string;
        try {
          next = new URL(location, url).href;
        } catch {
          throw new NewsclaimError("invalid_url", `redirect to an invalid URL: ${location}`, { url });
        }
        redirects.push(url);
        if (seen.has(next)) throw new NewsclaimError("too_many_redirects", `redirect loop at ${next}`, { url: input });
        if (redirects.length > opts.maxRedirects) throw new NewsclaimError("too_many_redirects", `more than ${opts.maxRedirects} redirects`, { url: input });
        if (!/^https?:$/.test(new URL(next).protocol)) throw new NewsclaimError("unsupported_scheme", `redirect to a non-http URL: ${next}`, { url: input });
        seen.add(next);
        url = next;
        continue;
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => { headers[k] = v; });
      if (res.status >= 400) {
        await res.body?.cancel().catch(() => undefined);
        const retryAfter = parseRetryAfter(headers["retry-after"]);
        throw new NewsclaimError(httpErrorCode(res.status), `HTTP ${res.status}${res.statusText ? " " + res.statusText : ""}`, {
          url, status: res.status, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
        });
      }
      const type = headers["content-type"];
      if (type && !HTML_TYPES.test(type.trim())) {
        await res.body?.cancel().catch(() => undefined);
        throw new NewsclaimError("not_html", `not an HTML page (Content-Type: ${type.split(";")[0]})`, { url });
      }
      const declared = Number(headers["content-length"]);
      if (Number.isFinite(declared) && declared > opts.maxBytes && !headers["content-encoding"]) {
        await res.body?.cancel().catch(() => undefined);
        throw new NewsclaimError("too_large", `body of ${declared} bytes is over the ${opts.maxBytes}-byte limit`, { url });
      }
      let bytes: Uint8Array;
      try {
        bytes = await readLimited(res.body, opts.maxBytes, url);
      } catch (err) {
        if (err instanceof NewsclaimError) throw err;
        throw interruptedOr(networkError(err, url), signal);
      }
      return { requestUrl: input, url, status: res.status, headers, bytes, redirects, fetchedAt: new Date().toISOString() };
    }
  } finally {
    if (own) void own.close().catch(() => undefined);
  }
}

function interruptedOr(err: NewsclaimError, signal?: AbortSignal): NewsclaimError {
  return signal?.aborted ? new NewsclaimError("interrupted", "interrupted", { cause: err }) : err;
}

async function readLimited(body: ReadableStream<Uint8Array> | null, max: number, url: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new NewsclaimError("too_large", `body is over the ${max}-byte limit`, { url });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(v: string | undefined, now = Date.now()): number | undefined {
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
