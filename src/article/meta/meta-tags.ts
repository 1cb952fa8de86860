// <meta> lookup by property/name/itemprop, the first non-empty value wins.

import type { Doc } from "../../document/document.js";

export function metaContent(doc: Doc, names: readonly string[]): string | null {
  const { $ } = doc;
  for (const name of names) {
    for (const attr of ["property", "name", "itemprop"]) {
      const v = $(`meta[${attr}="${name}"]`).first().attr("content")?.trim();
      if (v) return v;
    }
  }
  return null;
}

export function metaContents(doc: Doc, names: readonly string[]): string[] {
  const { $ } = doc;
  const out: string[] = [];
  for (const name of names)
    for (const attr of ["property", "name", "itemprop"])
      for (const el of $(`meta[${attr}="${name}"]`).toArray()) {
        const v = $(el).attr("content")?.trim();
        if (v) out.push(v);
      }
  return out;
}
