// The JSON record, contract version 1 (../shared/spec/output-contract.md), in the snake_case it
// is printed in. Internal types (camelCase) live beside the stages that make them; only
// record/build.ts maps one onto the other.

export const RECORD_VERSION = 1 as const;

export interface SourceBlock {
  /** Exactly the URL or file path that was given ("-" for stdin). */
  input: string;
  /** Final URL after redirects, or the base URL given for a file; null if none. */
  url: string | null;
  /** When the page was fetched (ISO 8601, UTC); null for files and stdin. */
  fetched_at: string | null;
  /** HTTP status of the final response; absent for files. */
  status?: number;
  /** The character encoding the page was decoded with. */
  encoding?: string;
  /** Every URL visited before the final one, in order. */
  redirects?: string[];
  /** Carried from a batch input line's `id`. */
  id?: unknown;
}

export interface ArticleBlock {
  title: string | null;
  site: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  language: string | null;
  canonical_url: string | null;
  description: string | null;
  /** Where `published` came from (json-ld, meta, time, byline, url, …). */
  published_source: string | null;
  /** Number of paragraphs in the body (the units `paragraph` indexes count). */
  paragraphs: number;
  /** The body as plain text, paragraphs separated by a blank line; only with --text. */
  text?: string;
}

export type QuoteType = "direct" | "indirect" | "mixed";

export interface QuoteRecord {
  id: string;
  type: QuoteType;
  text: string;
  speaker: string | null;
  speaker_id: string | null;
  /** The speaker as the sentence names it ("he", "Peskov", "the ministry"). */
  speaker_mention: string | null;
  cue: string | null;
  said_on: string | null;
  paragraph: number;
  /** Character offsets of `text` within its paragraph's text. */
  start: number;
  end: number;
}

export type SpeakerKind = "person" | "organization" | "group" | "unknown";

export interface SpeakerRecord {
  id: string;
  name: string;
  kind: SpeakerKind;
  title: string | null;
  aliases: string[];
  quotes: string[];
}

export type Granularity = "time" | "day" | "week" | "month" | "year";

export interface DateRecord {
  text: string;
  value: string;
  granularity: Granularity;
  relative: boolean;
  paragraph: number;
  start: number;
  end: number;
}

export type LinkKind = "citation" | "related" | "social" | "media" | "other";

export interface LinkRecord {
  url: string;
  clean_url: string;
  text: string;
  kind: LinkKind;
  internal: boolean;
  paragraph: number;
  /** The sentence the link stands in. */
  sentence: string;
  start: number;
  end: number;
  quote_id: string | null;
}

export interface ArticleRecord {
  version: typeof RECORD_VERSION;
  source: SourceBlock;
  article: ArticleBlock;
  quotes: QuoteRecord[];
  speakers: SpeakerRecord[];
  dates: DateRecord[];
  links: LinkRecord[];
  warnings: string[];
}

export interface ErrorRecord {
  version: typeof RECORD_VERSION;
  source: SourceBlock;
  error: { code: string; message: string };
}

export type OutputRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return "error" in r;
}
