import type { Doc } from "../../document/document.js";
import { articleNodes, textOf } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";
import { firstOf } from "./rules.js";

const RULES = [
  (doc: Doc) => doc.$("html").attr("lang") ?? doc.$("html").attr("xml:lang"),
  (doc: Doc) => metaContent(doc, ["og:locale", "language", "content-language", "dc.language", "DC.language"]),
  (doc: Doc) => doc.$('meta[http-equiv="content-language" i]').attr("content"),
  (doc: Doc) => articleNodes(doc).map((n) => textOf(n["inLanguage"])).find(Boolean),
];

/** The page's language as a lowercase BCP 47 primary tag ("en", "pt-br" → "pt-br"). */
export function findLanguage(doc: Doc): string | null {
  const raw = firstOf(doc, RULES);
  if (!raw) return null;
  const tag = raw.trim().replace(/_/g, "-").toLowerCase().split(/[,\s;]/)[0] ?? "";
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) ? tag : null;
}
