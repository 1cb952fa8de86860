// Internal results → the JSON record (contract v1). The only place camelCase meets snake_case;
// ids are assigned here, in reading order.

import type { Article } from "../article/types.js";
import type { DateMention } from "../extract/dates/types.js";
import type { Link } from "../extract/links/types.js";
import type { QuoteResult } from "../extract/quotes/types.js";
import { RECORD_VERSION, type ArticleRecord, type ErrorRecord, type SourceBlock, type SpeakerRecord } from "./types.js";
import type { NewsclaimError } from "../errors.js";

export interface RecordParts {
  source: SourceBlock;
  article: Article;
  quotes: QuoteResult;
  saidOn: readonly (string | null)[];
  dates: readonly DateMention[];
  links: readonly Link[];
  warnings: readonly string[];
  includeText: boolean;
}

export function buildRecord(p: RecordParts): ArticleRecord {
  const { meta, blocks } = p.article;
  const speakerId = (i: number | null) => (i === null ? null : `s${i + 1}`);
  const speakers: SpeakerRecord[] = p.quotes.speakers.map((s, i) => ({
    id: `s${i + 1}`, name: s.name, kind: s.kind, title: s.title, aliases: [...s.aliases], quotes: [],
  }));
  const quotes = p.quotes.quotes.map((q, i) => {
    const id = `q${i + 1}`;
    const speaker = q.speaker === null ? null : speakers[q.speaker] ?? null;
    speaker?.quotes.push(id);
    return {
      id, type: q.type, text: q.text, speaker: speaker?.name ?? null, speaker_id: speaker ? speakerId(q.speaker) : null,
      speaker_mention: q.mention, cue: q.cue, said_on: p.saidOn[i] ?? null,
      paragraph: q.place.paragraph, start: q.place.start, end: q.place.end,
    };
  });
  const article: ArticleRecord["article"] = {
    title: meta.title, site: meta.site, authors: [...meta.authors], published: meta.published, modified: meta.modified,
    language: meta.language, canonical_url: meta.canonicalUrl, description: meta.description,
    published_source: meta.publishedSource, paragraphs: blocks.length,
  };
  if (p.includeText) article.text = blocks.map((b) => b.text).join("\n\n");
  return {
    version: RECORD_VERSION,
    source: p.source,
    article,
    quotes,
    speakers,
    dates: p.dates.map((d) => ({ text: d.text, value: d.value, granularity: d.granularity, relative: d.relative, paragraph: d.paragraph, start: d.start, end: d.end })),
    links: p.links.map((l) => ({
      url: l.url, clean_url: l.cleanUrl, text: l.text, kind: l.kind, internal: l.internal, paragraph: l.paragraph,
      sentence: l.sentence, start: l.start, end: l.end, quote_id: l.quote === null ? null : `q${l.quote + 1}`,
    })),
    warnings: [...new Set(p.warnings)],
  };
}

export function buildErrorRecord(source: SourceBlock, err: NewsclaimError): ErrorRecord {
  return { version: RECORD_VERSION, source, error: { code: err.code, message: err.message } };
}
