// Batch defaults, polite to publishers: at most 2 requests to one host at a time, half a second
// apart. Kept apart from run.ts so the CLI can show them in --help without loading the pipeline.

export const BATCH_DEFAULTS = Object.freeze({
  concurrency: 16,
  perHost: 2,
  delayMs: 500,
  retries: 3,
  backoffMs: 1000,
  maxBackoffMs: 60_000,
  window: 512,
});
