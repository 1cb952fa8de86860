// newsclaim's public API.
export { extract, extractInput, extractFetched, type ExtractCallOptions } from "./api.js";
export { extractHtml, type ExtractHtmlOptions } from "./extract.js";
export { NewsclaimError, ERROR_CODES, errorSpec, isNewsclaimError, type ErrorCode } from "./errors.js";
export { resolveOptions, DEFAULTS, VERSION, type ExtractOptions, type Options } from "./options.js";
export type * from "./record/types.js";
export { isErrorRecord } from "./record/types.js";
export { runBatch, BATCH_DEFAULTS } from "./batch/run.js";
export { openInputs, parseInputLine } from "./batch/input.js";
export { prepareResume } from "./batch/journal.js";
export { fileSink, streamSink } from "./batch/sink.js";
export type { BatchInput, BatchOptions, BatchEntry, BatchSink, BatchSummary } from "./batch/types.js";
