// One-line helpers for the article tests: HTML in, metadata or body out, through the real parse.
import { parseDocument } from "../../src/document/document.js";
import { extractMeta } from "../../src/article/meta/index.js";
import { extractBody } from "../../src/article/body/index.js";
import type { ArticleMeta } from "../../src/article/types.js";

export function meta(head: string, body = "", url: string | null = null): ArticleMeta {
  return extractMeta(parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }));
}

export function bodyOf(html: string, url: string | null = null) {
  const doc = parseDocument(html, { url });
  return extractBody(doc, "en");
}

/** A paragraph of realistic news prose, `n` sentences long. */
export function prose(n: number, seed = "The council"): string {
  const s = `${seed} said on Tuesday that the new budget, which runs to several hundred pages, would fund schools, roads and clinics across the region.`;
  return Array.from({ length: n }, () => s).join(" ");
}
