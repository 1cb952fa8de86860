// One-line helpers for the quote tests (in the manner of chrono's test/test_util.ts): paragraphs
// in, claims out, through the real sentence splitter and findQuotes.
import type { Article, Block, BlockKind } from "../../src/article/types.js";
import { findQuotes } from "../../src/extract/quotes/index.js";
import type { QuoteResult } from "../../src/extract/quotes/types.js";
import { splitSentences } from "../../src/text/sentences.js";

export type Para = string | { text: string; kind: BlockKind; embedAuthor?: string };

export function article(paragraphs: readonly Para[]): Article {
  const blocks: Block[] = paragraphs.map((p, index) => {
    const { text, kind, embedAuthor } = typeof p === "string" ? { text: p, kind: "paragraph" as BlockKind, embedAuthor: undefined } : p;
    return { index, kind, text, links: [], sentences: splitSentences(text, "en"), ...(embedAuthor ? { embedAuthor } : {}) };
  });
  return { doc: null as never, meta: null as never, blocks, asideLinks: [], warnings: [] };
}

export function run(paragraphs: string | readonly Para[]): QuoteResult {
  return findQuotes(article(typeof paragraphs === "string" ? [paragraphs] : paragraphs), { language: "en", reference: null });
}

/** "type | text | speaker" for each claim, the shape most assertions want. */
export function claims(paragraphs: string | readonly Para[]): string[] {
  const r = run(paragraphs);
  return r.quotes.map((q) => `${q.type} | ${q.text} | ${q.speaker === null ? null : r.speakers[q.speaker]!.name}`);
}

/** The text a Place covers in the given paragraphs. */
export function at(paragraphs: string | readonly string[], place: { paragraph: number; start: number; end: number } | null): string | null {
  const ps = typeof paragraphs === "string" ? [paragraphs] : paragraphs;
  return place ? ps[place.paragraph]!.slice(place.start, place.end) : null;
}
