// undici and system errors → our codes. undici wraps network failures in TypeError("fetch
// failed") with the real error as `cause`; match on `code`, as undici's docs advise.

import { NewsclaimError } from "../errors.js";

const CODE_MAP: ReadonlyArray<[RegExp, NewsclaimError["code"]]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/, "dns"],
  [/^(UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ETIMEDOUT|ESOCKETTIMEDOUT)$/, "timeout"],
  [/^(ECONNREFUSED|ECONNRESET|EPIPE|EHOSTUNREACH|ENETUNREACH|ECONNABORTED|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, "connection"],
  [/^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS|ERR_SSL|ERR_OSSL)/, "tls"],
];

export function networkError(err: unknown, url: string): NewsclaimError {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    const x = e as { name?: string; code?: string; message?: string; cause?: unknown };
    if (x.name === "TimeoutError" || x.name === "AbortError") return new NewsclaimError("timeout", "timed out", { cause: err, url });
    if (typeof x.code === "string") {
      for (const [re, code] of CODE_MAP) if (re.test(x.code)) return new NewsclaimError(code, describe(code, x), { cause: err, url });
    }
    e = x.cause;
  }
  const msg = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
  return new NewsclaimError("connection", msg, { cause: err, url });
}

function describe(code: string, e: { code?: string; message?: string }): string {
  switch (code) {
    case "dns": return `cannot resolve host (${e.code})`;
    case "timeout": return "timed out";
    case "connection": return `connection failed (${e.code})`;
    default: return `TLS failure (${e.code})`;
  }
}
