import type { Doc } from "../../document/document.js";
import type { AsideLink, Block } from "../types.js";
import { findBodyRoot } from "./candidates.js";
import { readBlocks } from "./blocks.js";

export interface Body {
  blocks: Block[];
  asideLinks: AsideLink[];
  method: string;
  warnings: string[];
}

export function extractBody(doc: Doc, language: string | null): Body {
  const { root, method } = findBodyRoot(doc.$);
  if (!root) return { blocks: [], asideLinks: [], method: "none", warnings: ["no article body found"] };
  const { blocks, asideLinks } = readBlocks(doc.$, root, { baseUrl: doc.baseUrl, language: language ?? "en" });
  const warnings = blocks.length ? [] : ["no article body found"];
  return { blocks, asideLinks, method, warnings };
}
