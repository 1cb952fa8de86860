// One input's extraction, the CPU half of the batch: fetched bytes (or a saved file) → one line
// of JSON. The same function runs in a worker thread or on the main thread; either way it never
// throws: a failure becomes the input's error record.

import { toNewsclaimError } from "../errors.js";
import { extractFetched, extractFile } from "../extract-bytes.js";
import type { SourceBlock } from "../record/types.js";
import { errorResult, type ExtractJob, type JobResult } from "./job.js";

export async function runJob(job: ExtractJob): Promise<JobResult> {
  try {
    const record = job.kind === "page"
      ? extractFetched(job.input, job.page, job.opts)
      : await extractFile(job.input, job.opts, job.url);
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

