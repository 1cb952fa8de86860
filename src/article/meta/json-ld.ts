// JSON-LD objects of a page, flattened out of arrays and @graph, parsed once per Doc.

import type { Doc } from "../../document/document.js";

export type JsonLdNode = Record<string, unknown>;

const cache = new WeakMap<Doc, JsonLdNode[]>();

/** Types that describe the article itself (schema.org's Article and its kin). */
export const ARTICLE_TYPES: readonly string[] = [
  "NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle",
  "TechArticle", "WebPage", "Blog", "VideoObject",
];

export function jsonLdNodes(doc: Doc): JsonLdNode[] {
  let nodes = cache.get(doc);
  if (nodes) return nodes;
  nodes = [];
  const { $ } = doc;
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    // Some CMSs wrap the JSON in a CDATA section (<![CDATA[ {…} ]]>, sometimes behind "//").
    const raw = $(el).text().trim().replace(/^(?:\/\/\s*)?<!\[CDATA\[/, "").replace(/(?:\/\/\s*)?\]\]>$/, "").trim();
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // Pages often end JSON-LD with a stray comma or control characters; one cleanup, then give up.
      try {
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
      } catch {
        continue;
      }
    }
    flatten(data, nodes, 0);
  }
  cache.set(doc, nodes);
  return nodes;
}

function flatten(data: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 6 || data === null || typeof data !== "object") return;
  if (Array.isArray(data)) {
    for (const d of data) flatten(d, out, depth + 1);
    return;
  }
  const node = data as JsonLdNode;
  out.push(node);
  if (node["@graph"]) flatten(node["@graph"], out, depth + 1);
  if (node["mainEntity"] && typeof node["mainEntity"] === "object") flatten(node["mainEntity"], out, depth + 1);
}

export function typesOf(node: JsonLdNode): string[] {
  const t = node["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** The JSON-LD nodes that describe an article, best first (news types before WebPage). */
export function articleNodes(doc: Doc): JsonLdNode[] {
  const rank = (n: JsonLdNode) => {
    const ranks = typesOf(n).map((t) => ARTICLE_TYPES.indexOf(t)).filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : -1;
  };
  return jsonLdNodes(doc).filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b));
}

/** A string value, or the `name` / `@value` of an object value. */
export function textOf(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (v && typeof v === "object") {
    const o = v as JsonLdNode;
    return textOf(o["name"] ?? o["@value"]);
  }
  return null;
}
