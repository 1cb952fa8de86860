import type { Doc } from "../../document/document.js";
import { jsonLdNodes, textOf, typesOf, articleNodes } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";
import { firstOf } from "./rules.js";

const RULES = [
  (doc: Doc) => metaContent(doc, ["og:site_name", "application-name", "twitter:site:name", "publisher", "dc.publisher", "DC.publisher"]),
  (doc: Doc) => articleNodes(doc).map((n) => textOf(n["publisher"])).find(Boolean),
  (doc: Doc) => jsonLdNodes(doc).filter((n) => typesOf(n).some((t) => t === "Organization" || t === "NewsMediaOrganization" || t === "WebSite")).map((n) => textOf(n["name"])).find(Boolean),
];

export function findSite(doc: Doc): string | null {
  return firstOf(doc, RULES);
}
