// The batch's public shapes: what goes in (one input a line), the options, what each finished
// input hands the sink, and the counts that come back. runBatch() returns counts instead of
// setting process-wide flags (STYLE §2, ripgrep).

import type { ExtractOptions } from "../options.js";

export interface BatchInput {
  /** A URL or a file path, exactly as given; becomes source.input. */
  input: string;
  /** Base URL for a file input (JSON lines' `url`). */
  url?: string;
  /** Anything; carried into source.id. */
  id?: unknown;
  /** Set by the reader when a line could not be understood: the input ends as this error record. */
  invalid?: { code: "invalid_url"; message: string };
}

export interface BatchOptions extends Partial<ExtractOptions> {
  /** Inputs being processed at once (fetch + extraction). */
  concurrency?: number;
  /** Requests in flight to one host (host:port) at a time. */
  perHost?: number;
  /** Milliseconds between the starts of two requests to the same host. */
  delayMs?: number;
  /** Retries after the first attempt, for retryable errors (isRetryable). */
  retries?: number;
  /** First backoff step in ms; doubles each retry, with jitter. */
  backoffMs?: number;
  /** Longest backoff, and the longest Retry-After honoured (a longer one ends the input). */
  maxBackoffMs?: number;
  /** Write records as they finish instead of in input order. */
  unordered?: boolean;
  /** Most inputs started ahead of the oldest unwritten one (bounds the reorder buffer). */
  window?: number;
  /** A cacache directory: fetched pages are stored there and re-used instead of fetched. */
  cacheDir?: string | null;
  /** Fetch robots.txt once per host and skip disallowed URLs (error code "robots"). */
  robots?: boolean;
  /** Extraction threads; 0 extracts on the main thread. Default: the cores, when that helps. */
  workers?: number;
  /** Inputs already recorded (from a journal): key → how many times; they are skipped. */
  skip?: Map<string, number>;
  /** Stops taking inputs; inputs in flight end as "interrupted" error records. */
  signal?: AbortSignal;
  /** Called after each record is written (progress). */
  onRecord?: (entry: BatchEntry) => void;
}

/** One finished input, as handed to the sink. */
export interface BatchEntry {
  input: BatchInput;
  /** The record as one line of JSON, without the newline. */
  line: string;
  ok: boolean;
  /** The error record's code, or null for a success. */
  errorCode: string | null;
}

export interface BatchSink {
  /** Write one record; resolve when it may be followed by the next (backpressure). */
  write(entry: BatchEntry): void | Promise<void>;
}

export interface BatchSummary {
  records: number;
  successes: number;
  failures: number;
  /** Failures by error code. */
  byCode: Record<string, number>;
  /** Inputs skipped because the journal already had them (--resume). */
  skipped: number;
  /** HTTP attempts made, retries among them, and pages served from the cache. */
  requests: number;
  retries: number;
  cacheHits: number;
  elapsedMs: number;
  interrupted: boolean;
  /** The sink stopped accepting records (a closed pipe). */
  sinkClosed: boolean;
}

/** The key an input is known by in a journal: its input string and its id. */
export function inputKey(input: string, id: unknown): string {
  return id === undefined ? input : `${input}\u0000${JSON.stringify(id)}`;
}
