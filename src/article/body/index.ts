import type { Doc } from "../../document/document.js";
import type { AsideLink, Block } from "../types.js";
import { findBodyRoots } from "./candidates.js";
import { readBlocks } from "./blocks.js";
import { MAX_STATS_ELEMENTS, MAX_STATS_TEXT } from "./stats.js";

export interface Body {
  blocks: Block[];
  asideLinks: AsideLink[];
  method: string;
  warnings: string[];
}

/** Less text than this in the body found is reported as untrustworthy. */
const MIN_TRUSTED_TEXT = 200;
/**
 * Body text read at most. Far above any news article (the longest body of the eval corpus is
 * 115,000 characters, a Wikipedia page); a page of megabytes of text (a book, a log, a hostile
 * page) is read this far, with a warning, so that one page cannot hold a batch up for seconds.
 */
export const MAX_BODY_TEXT = 150_000;
/** Paragraphs read at most, for the same reason (the corpus's most is 718; a page of 25,000 one-line items is a list, not an article). */
export const MAX_BODY_BLOCKS = 2_000;
/**
 * What is read of an enormous body: a container whose text is over MAX_BODY_TEXT by the page's
 * figures, or one the figures stopped inside (past their limits, stats.ts; an article followed
 * by thousands of comments is judged by its own size). Such a body is a book, a log or a
 * hostile page, not an article, and each paragraph read costs the claim extractors after it
 * (quotes, speakers, dates, links: two thirds of the time of a 5 MB page read to 50,000
 * characters): its opening, some 5,000 words, is read, with a warning.
 */
export const ENORMOUS_BODY_TEXT = 30_000;
export const ENORMOUS_BODY_BLOCKS = 300;

export function extractBody(doc: Doc, language: string | null): Body {
  const { roots, method, isNoise, statsCut, rootsCut, text } = findBodyRoots(doc.$);
  if (!roots.length) return { blocks: [], asideLinks: [], method: "none", warnings: ["no article body found"] };
  const enormous = rootsCut === true || text > MAX_BODY_TEXT;
  const maxText = enormous ? ENORMOUS_BODY_TEXT : MAX_BODY_TEXT;
  const maxBlocks = enormous ? ENORMOUS_BODY_BLOCKS : MAX_BODY_BLOCKS;
  const blocks: Block[] = [];
  const asideLinks: AsideLink[] = [];
  let truncated = false;
  for (const root of roots) {
    const budget = maxText - blocks.reduce((n, b) => n + b.text.length, 0);
    if (budget <= 0 || blocks.length >= maxBlocks) {
      truncated = true;
      break;
    }
    const read = readBlocks(doc.$, root, { baseUrl: doc.baseUrl, language: language ?? "en", maxChars: budget, maxBlocks: maxBlocks - blocks.length, ...(isNoise ? { isNoise } : {}) });
    truncated ||= read.truncated === true;
    const offset = blocks.length;
    for (const b of read.blocks) blocks.push({ ...b, index: b.index + offset });
    for (const a of read.asideLinks) asideLinks.push({ ...a, paragraph: a.paragraph + offset });
  }
  const warnings: string[] = [];
  if (statsCut) warnings.push(`page has more than ${MAX_STATS_ELEMENTS} elements or ${MAX_STATS_TEXT} characters of text; the article was looked for in the first part only`);
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (truncated && enormous) warnings.push(`article body is longer than ${MAX_BODY_TEXT} characters (or too large to measure whole); read its first ${ENORMOUS_BODY_TEXT} characters or ${ENORMOUS_BODY_BLOCKS} paragraphs, up to paragraph ${blocks.length} only`);
  else if (truncated) warnings.push(`article body is longer than ${MAX_BODY_TEXT} characters or ${MAX_BODY_BLOCKS} paragraphs; read up to paragraph ${blocks.length} only`);
  if (!blocks.length) warnings.push("no article body found");
  else if (method === "body") warnings.push("no article container found; the body is the whole page and may hold navigation and other boilerplate");
  else if (method === "baseline paragraphs") warnings.push("no article container found; the body is every substantial paragraph of the page");
  else if (chars < MIN_TRUSTED_TEXT) warnings.push(`article body is very short (${chars} characters); it may be a teaser, a paywall or the wrong part of the page`);
  return { blocks, asideLinks, method, warnings };
}
