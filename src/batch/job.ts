// One input's extraction, the CPU half of the batch: fetched bytes (or a saved file) → one line
// of JSON. The same function runs in a worker thread or on the main thread; either way it never
// throws: a failure becomes the input's error record.

import { extractFetched, extractInput } from "../api.js";
import { toNewsclaimError, type NewsclaimError } from "../errors.js";
import type { FetchedPage } from "../fetch/fetch-page.js";
import type { Options } from "../options.js";
import { buildErrorRecord } from "../record/build.js";
import type { SourceBlock } from "../record/types.js";

export type ExtractJob =
  | { kind: "page"; input: string; id?: unknown; page: FetchedPage; opts: Options }
  | { kind: "file"; input: string; id?: unknown; url: string | null; opts: Options };

export interface JobResult {
  line: string;
  ok: boolean;
  errorCode: string | null;
}

export async function runJob(job: ExtractJob): Promise<JobResult> {
  try {
    const record = job.kind === "page"
      ? extractFetched(job.input, job.page, job.opts)
      : await extractInput(job.input, { ...job.opts, ...(job.url ? { url: job.url } : {}) });
    if (job.id !== undefined) record.source.id = job.id;
    return { line: JSON.stringify(record), ok: true, errorCode: null };
  } catch (err) {
    const e = toNewsclaimError(err, job.input);
    const source: SourceBlock = job.kind === "page"
      ? { input: job.input, url: job.page.url, fetched_at: job.page.fetchedAt }
      : { input: job.input, url: job.url, fetched_at: null };
    return errorResult(source, job.id, e);
  }
}

/** An input's error record as a result line. */
export function errorResult(source: SourceBlock, id: unknown, err: NewsclaimError): JobResult {
  const src: SourceBlock = id === undefined ? source : { ...source, id };
  return { line: JSON.stringify(buildErrorRecord(src, err)), ok: false, errorCode: err.code };
}
