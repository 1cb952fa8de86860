import type { Doc } from "../../document/document.js";
import type { AsideLink, Block } from "../types.js";
import { findBodyRoots } from "./candidates.js";
import { readBlocks } from "./blocks.js";

export interface Body {
  blocks: Block[];
  asideLinks: AsideLink[];
  method: string;
  warnings: string[];
}

/** Less text than this in the body found is reported as untrustworthy. */
const MIN_TRUSTED_TEXT = 200;

export function extractBody(doc: Doc, language: string | null): Body {
  const { roots, method, isNoise } = findBodyRoots(doc.$);
  if (!roots.length) return { blocks: [], asideLinks: [], method: "none", warnings: ["no article body found"] };
  const blocks: Block[] = [];
  const asideLinks: AsideLink[] = [];
  for (const root of roots) {
    const read = readBlocks(doc.$, root, { baseUrl: doc.baseUrl, language: language ?? "en", ...(isNoise ? { isNoise } : {}) });
    const offset = blocks.length;
    for (const b of read.blocks) blocks.push({ ...b, index: b.index + offset });
    for (const a of read.asideLinks) asideLinks.push({ ...a, paragraph: a.paragraph + offset });
  }
  const warnings: string[] = [];
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (!blocks.length) warnings.push("no article body found");
  else if (method === "body") warnings.push("no article container found; the body is the whole page and may hold navigation and other boilerplate");
  else if (method === "baseline paragraphs") warnings.push("no article container found; the body is every substantial paragraph of the page");
  else if (chars < MIN_TRUSTED_TEXT) warnings.push(`article body is very short (${chars} characters); it may be a teaser, a paywall or the wrong part of the page`);
  return { blocks, asideLinks, method, warnings };
}
