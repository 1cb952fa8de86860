// `newsclaim batch`: flags → runBatch(); progress and the summary on stderr; signals → a clean
// stop. All the work is in src/batch/.

import { InvalidArgumentError, type Command } from "commander";
import { isNewsclaimError } from "../errors.js";
import { DEFAULTS } from "../options.js";
import { countInputs, openInputs } from "../batch/input.js";
import { prepareResume } from "../batch/journal.js";
import { formatProgress, formatSummary, type ProgressState } from "../batch/progress.js";
import { BATCH_DEFAULTS } from "../batch/defaults.js";
import { fileSink, streamSink } from "../batch/sink.js";
import { byteSize, nonNegativeInt, positiveNumber } from "./numbers.js";
import type { Diagnostics, Streams } from "./stderr.js";

interface BatchFlags {
  out?: string;
  resume?: boolean;
  unordered?: boolean;
  concurrency: number;
  perHost: number;
  delay: number;
  retries: number;
  backoff: number;
  timeout: number;
  maxBytes: number;
  userAgent?: string;
  text?: boolean;
  cache?: string;
  robots?: boolean;
  quiet?: boolean;
  workers?: number;
  buffer: number;
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1`);
    return n;
  };
}

const EXAMPLES = `
Input: one URL or file path a line (blank lines and # comments skipped), or JSON lines
{"input": "<URL or path>", "url": "<base URL for a file>", "id": <anything>}; "-" reads stdin;
a folder takes every .html file under it. Output: one NDJSON record per input.

Examples:
  $ newsclaim batch urls.txt > claims.ndjson
  $ cat urls.txt | newsclaim batch - --unordered
  $ newsclaim batch urls.txt --out claims.ndjson --resume --cache ~/.cache/newsclaim
  $ newsclaim batch saved-pages/ --out claims.ndjson

Exit codes: 0 every input succeeded, 1 some failed (their records say why), 2 usage, 130 interrupted.
`;

export function registerBatch(program: Command, streams: Streams, diag: Diagnostics, setExit: (code: number) => void): void {
  program
    .command("batch")
    .description("extract every URL or file of a list (or folder), writing one NDJSON record per input")
    .argument("<list>", 'a file of URLs or paths, one a line; "-" for stdin; or a folder of .html files')
    .option("-o, --out <file>", "write records to this file instead of stdout")
    .option("--resume", "skip inputs already recorded in --out (a killed run continues)")
    .option("--unordered", "write records as they finish rather than in input order")
    .option("-c, --concurrency <n>", "inputs processed at once", positiveInt("--concurrency"), BATCH_DEFAULTS.concurrency)
    .option("--per-host <n>", "requests to one host at a time", positiveInt("--per-host"), BATCH_DEFAULTS.perHost)
    .option("--delay <ms>", "milliseconds between request starts to the same host", nonNegativeInt("--delay"), BATCH_DEFAULTS.delayMs)
    .option("--retries <n>", "retries on timeouts, resets, 429 and 5xx (exponential backoff with jitter; Retry-After honoured)", nonNegativeInt("--retries"), BATCH_DEFAULTS.retries)
    .option("--backoff <ms>", "first retry wait; doubles each retry", nonNegativeInt("--backoff"), BATCH_DEFAULTS.backoffMs)
    .option("--timeout <seconds>", "connect, header and body timeout per request", positiveNumber("--timeout"), DEFAULTS.timeoutMs / 1000)
    .option("--max-bytes <size>", "largest page accepted (10MB, 512k, …)", byteSize, DEFAULTS.maxBytes)
    .option("--user-agent <ua>", "User-Agent header (and the robots.txt product token)")
    .option("-t, --text", "add the article body as plain text (article.text)")
    .option("--buffer <n>", "most inputs started ahead of the oldest unwritten record (bounds the reorder buffer)", positiveInt("--buffer"), BATCH_DEFAULTS.window)
    .option("--cache <dir>", "keep fetched pages in this folder and re-use them instead of fetching")
    .option("--robots", "respect robots.txt (one fetch per host); disallowed inputs get error code \"robots\"")
    .option("-q, --quiet", "no progress line and no summary")
    // Read by main() before parsing (the diagnostics are coloured before a command runs).
    .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)")
    .option("--workers <n>", "extraction threads (default: cores - 1, at least 1; 0: the main thread; see docs/batch.md)", nonNegativeInt("--workers"))
    .addHelpText("after", EXAMPLES)
    .action(async (list: string, flags: BatchFlags) => {
      setExit(await runBatchCommand(list, flags, streams, diag));
    });
}

async function runBatchCommand(list: string, flags: BatchFlags, streams: Streams, diag: Diagnostics): Promise<number> {
  if (flags.resume && !flags.out) {
    diag.error(null, "--resume needs --out (the file it continues)");
    return 2;
  }
  let inputs;
  try {
    inputs = await openInputs(list, streams.stdin);
  } catch (err) {
    diag.error(list, err instanceof Error ? err.message : String(err));
    return 2;
  }
  let skip: Map<string, number> | undefined;
  if (flags.resume && flags.out) {
    const scan = await prepareResume(flags.out);
    skip = scan.done;
    if (scan.tornBytes && !flags.quiet) diag.warn(`${flags.out}: cut a torn last line (${scan.tornBytes} bytes); that input is done again`);
  }
  const sink = flags.out ? fileSink(flags.out, Boolean(flags.resume)) : streamSink(streams.stdout);

  const controller = new AbortController();
  let signals = 0;
  const onSignal = () => {
    // The first signal stops the run cleanly; a second one means "now".
    if (++signals > 1) process.exit(130);
    controller.abort(new Error("interrupted"));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const showProgress = Boolean(streams.stderr.isTTY) && !flags.quiet;
  const progress: ProgressState = { done: 0, errors: 0, total: null, startedAt: Date.now() };
  let timer: NodeJS.Timeout | undefined;
  if (showProgress) {
    void countInputs(list).then((n) => { progress.total = n === null ? null : n - (skip ? [...skip.values()].reduce((a, b) => a + b, 0) : 0); });
    timer = setInterval(() => streams.stderr.write(`\r\x1b[K${formatProgress(progress, Date.now())}`), 250);
    timer.unref();
  }

  try {
    // Loaded on use, so that `newsclaim --help` and single-page runs do not load the batch machinery.
    const { runBatch } = await import("../batch/run.js");
    const summary = await runBatch(inputs, {
      concurrency: flags.concurrency, perHost: flags.perHost, delayMs: flags.delay, retries: flags.retries, backoffMs: flags.backoff,
      timeoutMs: flags.timeout * 1000, maxBytes: flags.maxBytes, includeText: Boolean(flags.text),
      ...(flags.userAgent ? { userAgent: flags.userAgent } : {}),
      ...(flags.workers === undefined ? {} : { workers: flags.workers }),
      unordered: Boolean(flags.unordered), window: flags.buffer, cacheDir: flags.cache ?? null, robots: Boolean(flags.robots),
      ...(skip ? { skip } : {}),
      signal: controller.signal,
      onRecord: (e) => { progress.done++; if (!e.ok) progress.errors++; },
    }, sink);
    if (timer) streams.stderr.write("\r\x1b[K");
    if (!flags.quiet) diag.raw(`newsclaim: batch: ${formatSummary(summary)}\n`);
    if (summary.interrupted) return 130;
    if (summary.sinkClosed) return 0;
    return summary.failures ? 1 : 0;
  } catch (err) {
    diag.error(null, `batch failed: ${err instanceof Error ? err.message : String(err)}${isNewsclaimError(err) ? ` [${err.code}]` : ""}`);
    return 1;
  } finally {
    if (timer) clearInterval(timer);
    await sink.close();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
