// One-line helpers for the date tests (in the manner of chrono's test/test_util.ts): paragraphs
// in, mentions out, through the real sentence splitter and findDates.
import type { Article, Block } from "../../src/article/types.js";
import type { ReferenceDate } from "../../src/extract/context.js";
import { findDates } from "../../src/extract/dates/index.js";
import type { DatesResult } from "../../src/extract/dates/types.js";
import { splitSentences } from "../../src/text/sentences.js";

export function article(paragraphs: readonly string[], language = "en"): Article {
  const blocks: Block[] = paragraphs.map((text, index) => ({
    index, kind: "paragraph", text, links: [], sentences: splitSentences(text, language),
  }));
  return { doc: null as never, meta: null as never, blocks, asideLinks: [], warnings: [] };
}

export function run(paragraphs: string | readonly string[], reference: string | ReferenceDate | null, language = "en"): DatesResult {
  const ref = typeof reference === "string" ? { value: reference, source: "published" } : reference;
  return findDates(article(typeof paragraphs === "string" ? [paragraphs] : paragraphs, language), { language, reference: ref });
}

/** "text = value" for each mention, the shape most assertions want. */
export function dates(paragraphs: string | readonly string[], reference: string | ReferenceDate | null, language = "en"): string[] {
  return run(paragraphs, reference, language).dates.map((d) => `${d.text} = ${d.value}`);
}
