// Every failure newsclaim reports has a stable, lowercase snake_case code. This file is the only
// place codes are defined: the CLI maps them to exit codes, batch writes them into error records,
// and the retry policy reads `retryable` from here (undici's lib/core/errors.js is the model:
// match on `code`, never on `instanceof`).

export interface ErrorSpec {
  /** What the code means, for the README and `--help`. */
  readonly summary: string;
  /** Worth retrying in a batch (transient network or server trouble). */
  readonly retryable: boolean;
  /** Exit code of a single-input run that ends with this error. */
  readonly exit: 1 | 2;
}

export const ERROR_CODES = {
  invalid_url: { summary: "the input is not a valid http(s) URL", retryable: false, exit: 2 },
  unsupported_scheme: { summary: "only http and https URLs are fetched", retryable: false, exit: 2 },
  not_found: { summary: "the file does not exist", retryable: false, exit: 2 },
  unreadable: { summary: "the file or stdin could not be read", retryable: false, exit: 1 },
  dns: { summary: "the host name could not be resolved", retryable: true, exit: 1 },
  connection: { summary: "the connection was refused or reset", retryable: true, exit: 1 },
  timeout: { summary: "connecting, the headers or the body took longer than --timeout", retryable: true, exit: 1 },
  tls: { summary: "the TLS handshake or certificate failed", retryable: false, exit: 1 },
  too_many_redirects: { summary: "more than 10 redirects, or a redirect loop", retryable: false, exit: 1 },
  http_404: { summary: "HTTP 404 Not Found (likewise http_403, http_410, …: http_<status> for any 4xx)", retryable: false, exit: 1 },
  http_429: { summary: "HTTP 429 Too Many Requests", retryable: true, exit: 1 },
  http_4xx: { summary: "another HTTP 4xx status: the code is http_<status>, such as http_403", retryable: false, exit: 1 },
  http_5xx: { summary: "an HTTP 5xx status (the record's message gives it)", retryable: true, exit: 1 },
  too_large: { summary: "the body is larger than --max-bytes", retryable: false, exit: 1 },
  not_html: { summary: "the response is not HTML (its Content-Type says so, or it is binary)", retryable: false, exit: 1 },
  decode: { summary: "the page's character encoding is unknown or the bytes cannot be decoded", retryable: false, exit: 1 },
  empty: { summary: "the page is empty or has no parseable HTML", retryable: false, exit: 1 },
  robots: { summary: "robots.txt disallows the URL for our User-Agent (batch --robots)", retryable: false, exit: 1 },
  interrupted: { summary: "the run was interrupted before this input finished", retryable: false, exit: 1 },
  internal: { summary: "a bug in newsclaim; please report it with the input", retryable: false, exit: 1 },
} as const satisfies Record<string, ErrorSpec>;

export type KnownErrorCode = keyof typeof ERROR_CODES;
/** `http_<status>` codes are open-ended; every other code is a key of ERROR_CODES. */
export type ErrorCode = KnownErrorCode | `http_${number}`;

export interface NewsclaimErrorOptions {
  cause?: unknown;
  /** The input or URL the error concerns. */
  url?: string;
  /** For HTTP errors: the status; for 429/503: the Retry-After delay in ms. */
  status?: number;
  retryAfterMs?: number;
}

export class NewsclaimError extends Error {
  override readonly name = "NewsclaimError";
  readonly code: ErrorCode;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, message: string, options: NewsclaimErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.url = options.url;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The spec for a code, folding `http_<status>` onto its family. */
export function errorSpec(code: ErrorCode): ErrorSpec {
  if (code in ERROR_CODES) return ERROR_CODES[code as KnownErrorCode];
  return ERROR_CODES.http_4xx;
}

export function isRetryable(err: unknown): boolean {
  return isNewsclaimError(err) && errorSpec(err.code).retryable;
}

export function isNewsclaimError(err: unknown): err is NewsclaimError {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "NewsclaimError" &&
    typeof (err as { code?: unknown }).code === "string";
}

/** The code for an HTTP status: `http_404`, `http_429`, …; every 5xx is `http_5xx` (the message keeps the status). */
export function httpErrorCode(status: number): ErrorCode {
  return status >= 500 ? "http_5xx" : `http_${status}`;
}

/** Wrap anything thrown into a NewsclaimError (unknown errors become `internal`). */
export function toNewsclaimError(err: unknown, url?: string): NewsclaimError {
  if (isNewsclaimError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new NewsclaimError("internal", message, { cause: err, ...(url === undefined ? {} : { url }) });
}
