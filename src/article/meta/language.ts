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

/** The page's language as a canonical BCP 47 tag ("en", "en_gb" → "en-GB", "zh-hant-tw" → "zh-Hant-TW"). */
export function findLanguage(doc: Doc): string | null {
  const raw = firstOf(doc, RULES);
  if (!raw) return null;
  const tag = raw.trim().replace(/_/g, "-").split(/[,\s;]/)[0] ?? "";
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
