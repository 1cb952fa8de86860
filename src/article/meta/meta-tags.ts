// <meta> lookup by property/name/itemprop/http-equiv. All meta tags are indexed once per Doc
// (a WeakMap, no module state): a selector query per name would scan the page dozens of times.
// Keys are lowercase. The value is `content`, else `value`: Postlight's saved fixtures, and
// some CMSs, write <meta name="…" value="…">.

import type { Element } from "domhandler";
import type { Doc } from "../../document/document.js";

const cache = new WeakMap<Doc, Map<string, string[]>>();

function metaIndex(doc: Doc): Map<string, string[]> {
  let index = cache.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of doc.$("meta").toArray() as Element[]) {
    const a = el.attribs;
    const value = (a["content"] ?? a["value"] ?? "").trim();
    if (!value) continue;
    const keys = new Set<string>();
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      // RDFa allows several space-separated properties in one attribute ("dc:title og:title").
      for (const k of (a[attr] ?? "").toLowerCase().split(/\s+/)) if (k) keys.add(k);
    }
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(value);
      else index.set(k, [value]);
    }
  }
  cache.set(doc, index);
  return index;
}

/** The first value of the first name (in the given order) that has one. */
export function metaContent(doc: Doc, names: readonly string[]): string | null {
  const index = metaIndex(doc);
  for (const name of names) {
    const v = index.get(name.toLowerCase());
    if (v?.length) return v[0]!;
  }
  return null;
}

/** Every value of every name, in the order of `names`. */
export function metaContents(doc: Doc, names: readonly string[]): string[] {
  const index = metaIndex(doc);
  return names.flatMap((n) => index.get(n.toLowerCase()) ?? []);
}

/** Each named meta tag with its values, in the order of `names` (for rules that report which name won). */
export function metaEntries(doc: Doc, names: readonly string[]): Array<{ name: string; value: string }> {
  const index = metaIndex(doc);
  return names.flatMap((name) => (index.get(name.toLowerCase()) ?? []).map((value) => ({ name, value })));
}
