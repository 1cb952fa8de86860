// Date mentions in the body: one chrono instance (with our parsers and refiners) per article,
// one parse per paragraph.

import type { Chrono, ParsedResult } from "chrono-node";
import type { Article, Block } from "../../article/types.js";
import type { Ctx } from "../context.js";
import { isoDay, weekday, type Day } from "./calendar.js";
import { impossibleDatePattern, impossibleDates } from "./impossible.js";
import { toMention } from "./mention.js";
import type { NewsContext } from "./news-context.js";
import { newsChrono } from "./parser.js";
import { laterThanKnown, referenceDay } from "./reference.js";
import type { NotDateReason } from "./refiners/not-dates.js";
import { SENTENCE_MARK } from "./tense.js";
import type { DateMention, DatesResult } from "./types.js";
import { dateLanguage, type DateLanguage } from "./vocabulary.js";

/** Blocks whose text is not the article's prose (an embedded post speaks for its own day). */
const SKIPPED_KINDS: ReadonlySet<Block["kind"]> = new Set(["embed", "preformatted"]);

/** Stand-in reference when none is trusted: only absolute mentions survive, so its value never shows. */
const NO_REFERENCE = { year: 2000, month: 1, day: 1 } as const;

export function findDatesWithWarnings(article: Article, ctx: Ctx): DatesResult {
  const language = dateLanguage(ctx.language);
  if (!language) {
    return { dates: [], warnings: [`dates: no date grammar for language "${ctx.language}"; dates not extracted`], setAside: [] };
  }
  const { day: reference, warnings } = referenceDay(ctx.reference);
  if (reference && ctx.reference?.source === "published") {
    warnings.push(...laterThanKnown(reference, [
      { value: article.meta?.modified, what: "page's modified date" },
      { value: article.doc?.headers?.["last-modified"], what: "Last-Modified header" },
    ]));
  }
  const dates: DateMention[] = [];
  let unresolved = 0;
  const news: NewsContext = { vocab: language.vocabulary, reference };
  const dropped: { text: string; reason: NotDateReason }[] = [];
  const setAside: DatesResult["setAside"] = [];
  const chrono = newsChrono(language, news, dropped);
  const impossible = impossibleDatePattern(language.vocabulary);
  const title = normalized(article.meta?.title ?? "");
  for (const block of article.blocks) {
    if (SKIPPED_KINDS.has(block.kind)) continue;
    // The headline repeated as the body's first heading is the title, not body text.
    if (block.kind === "heading" && title && normalized(block.text) === title) continue;
    const found = datesInBlock(block, chrono, impossible, language, reference);
    setAside.push(...dropped.splice(0).map((d) => ({ ...d, paragraph: block.index })));
    for (const d of found.dates) {
      if (reference && isPublicationLine(block, d, reference)) setAside.push({ text: d.text, reason: "publication-line", paragraph: block.index });
      else dates.push(d);
    }
    warnings.push(...found.warnings);
    unresolved += found.unresolved;
  }
  // With no reference at all the pipeline has said so; a rejected one is ours to count.
  if (unresolved && ctx.reference) warnings.push(`dates: ${unresolved} relative date mention(s) left out (no trusted reference date)`);
  return { dates, warnings, setAside };
}

function datesInBlock(block: Block, chrono: Chrono, impossible: RegExp | null, language: DateLanguage, reference: Day | null): { dates: DateMention[]; warnings: string[]; unresolved: number } {
  const pieces = hintedPieces(block, language.vocabulary.dateHint);
  if (!pieces.length) return { dates: [], warnings: [], unresolved: 0 };
  const ref = reference ?? NO_REFERENCE;
  const sealed = sealSentences(block);
  const dates: DateMention[] = [];
  const warnings = impossibleDates(block.text, language.vocabulary, impossible);
  let unresolved = 0;
  const refDate = new Date(ref.year, ref.month - 1, ref.day, 12);
  for (const chunk of pieces.flatMap((p) => chunks(sealed, p))) {
    for (const r of chrono.parse(sealed.slice(chunk.start, chunk.end), refDate)) {
      const mapped = toMention(r, block.text, block.index, reference, language.vocabulary, chunk.start);
      if (!mapped) continue;
      if ("unresolved" in mapped) unresolved++;
      else if ("invalid" in mapped) warnings.push(`dates: "${mapped.invalid}" resolves to no calendar day; left out`);
      else {
        dates.push(mapped.mention);
        if (weekdayDisagrees(r)) warnings.push(`dates: "${mapped.mention.text}" names a weekday its date does not fall on`);
      }
    }
  }
  return { dates, warnings, unresolved };
}

/**
 * Some of chrono's refiners look back over the whole text before each result (ENEndOfPeriodRefiner
 * runs a regex on it), so a parse costs the square of its length. Paragraphs of news are short;
 * an abnormal one (100 KB with no break) is read in pieces cut between sentences.
 */
const MAX_CHUNK = 4000;

function chunks(sealed: string, piece: Range): Range[] {
  const out: Range[] = [];
  let start = piece.start;
  while (piece.end - start > MAX_CHUNK) {
    const limit = start + MAX_CHUNK;
    let cut = sealed.lastIndexOf(SENTENCE_MARK, limit);
    if (cut <= start) cut = Math.max(sealed.lastIndexOf(" ", limit), sealed.lastIndexOf("\n", limit));
    if (cut <= start) cut = limit;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: piece.end });
  return out;
}

interface Range {
  start: number;
  end: number;
}

/**
 * The runs of consecutive sentences that hold a date hint (vocabulary.dateHint), from the start
 * of the first to the start of the sentence after the last: chrono costs about a millisecond a
 * paragraph, and most sentences of news hold no date. Without a hint table, the whole paragraph.
 */
function hintedPieces(block: Block, hint: RegExp | null): Range[] {
  if (!hint) return [{ start: 0, end: block.text.length }];
  const out: Range[] = [];
  const spans = block.sentences.length ? block.sentences : [{ start: 0, end: block.text.length }];
  let open: Range | null = null;
  spans.forEach((s, i) => {
    const next = spans[i + 1]?.start ?? block.text.length;
    if (!hint.test(block.text.slice(s.start, s.end))) {
      open = null;
    } else if (open) {
      open.end = next;
    } else {
      open = { start: i === 0 ? 0 : s.start, end: next };
      out.push(open);
    }
  });
  return out;
}

/** How far down the body a byline or date line may stand, and how long it may be. */
const PUBLICATION_LINE = { firstBlocks: 4, maxLength: 120 } as const;

/**
 * The page's own date line left in the body by the body stage ("By Eleanor Pryce · 14 March
 * 2025", "May 29, 2025"): an absolute date of the publish day in a short line near the top that
 * is no sentence. It is metadata, not a date the article talks about.
 */
function isPublicationLine(block: Block, d: DateMention, reference: Day): boolean {
  return block.index < PUBLICATION_LINE.firstBlocks && block.text.length < PUBLICATION_LINE.maxLength
    && !/[.!?…"”»]\s*$/.test(block.text) && !d.relative && d.value.startsWith(isoDay(reference));
}

function normalized(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

const ORDINAL_END = /(?:^|[^\p{N}])\d{1,2}\.$/u;

/**
 * The paragraph with the white space between sentences replaced by "¶" (same length, so offsets
 * hold): chrono's merging refiners otherwise join across sentences ("this morning. Tonight").
 */
function sealSentences(block: Block): string {
  let out = "";
  let at = 0;
  for (const s of block.sentences) {
    // Not after an ordinal ("am 16. Mai", which a sentence splitter may cut after "16.").
    if (s.start > at) out += ORDINAL_END.test(out.slice(-4)) ? block.text.slice(at, s.start) : block.text.slice(at, s.start).replace(/\s/g, SENTENCE_MARK);
    out += block.text.slice(Math.max(at, s.start), s.end);
    at = Math.max(at, s.end);
  }
  return out + block.text.slice(at);
}

/** "Sunday, May 26, 2025" when the 26th was a Monday: the text contradicts itself. */
function weekdayDisagrees(r: ParsedResult): boolean {
  const s = r.start;
  if (!s.isCertain("weekday") || !s.isCertain("day")) return false;
  return weekday({ year: s.get("year")!, month: s.get("month")!, day: s.get("day")! }) !== s.get("weekday");
}
