// A batch job and its result line: what the main thread hands to extraction (run-job.ts) and
// gets back. Kept apart from run-job.ts so that the main thread, when threads extract, does not
// load the extraction modules at all.

import type { NewsclaimError } from "../errors.js";
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

/** An input's error record as a result line. */
export function errorResult(source: SourceBlock, id: unknown, err: NewsclaimError): JobResult {
  const src: SourceBlock = id === undefined ? source : { ...source, id };
  return { line: JSON.stringify(buildErrorRecord(src, err)), ok: false, errorCode: err.code };
}
