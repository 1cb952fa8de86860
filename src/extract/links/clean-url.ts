// clean_url: the link without its tracking parameters. The query is filtered as written, piece by
// piece, rather than through URLSearchParams, which would re-encode what it keeps ("%20" → "+")
// and so change URLs that had nothing to remove.

import { TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from "./links.data.js";

export function isTrackingParam(name: string): boolean {
  const n = safeDecode(name).toLowerCase();
  if (TRACKING_PARAMS.has(n)) return true;
  return TRACKING_PARAM_PREFIXES.some((p) => n.startsWith(p));
}

/** `url` without tracking parameters; the same string when there are none. */
export function cleanUrl(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const hashAt = url.indexOf("#", q);
  const query = url.slice(q + 1, hashAt < 0 ? url.length : hashAt);
  const hash = hashAt < 0 ? "" : url.slice(hashAt);
  const pieces = query.split("&");
  const kept = pieces.filter((p) => p !== "" && !isTrackingParam(p.split("=", 1)[0]!));
  if (kept.length === pieces.length) return url;
  return url.slice(0, q) + (kept.length ? "?" + kept.join("&") : "") + hash;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}
