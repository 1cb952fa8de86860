// runBatch: every input → exactly one record, handed to the sink in input order (or as
// finished, with `unordered`). Inputs are pulled from the iterator only as the window allows,
// so memory is bounded by the window, not by the list. Fetching waits in fetch-input.ts; the
// CPU work runs in the extraction pool; the run's counts come back as the summary.

import { setMaxListeners } from "node:events";
import { availableParallelism } from "node:os";
import { NewsclaimError } from "../errors.js";
import { createAgent } from "../fetch/agent.js";
import { checkHttpUrl } from "../fetch/fetch-page.js";
import { inputKind } from "../input/kind.js";
import { resolveOptions, type ExtractOptions } from "../options.js";
import { pageCache } from "./cache.js";
import { fetchInput, type FetchDeps } from "./fetch-input.js";
import { errorResult, type JobResult } from "./job.js";
import { inlineExtractor, workerExtractor, type Extractor } from "./pool.js";
import { robotsChecker } from "./robots.js";
import { HostGate, Semaphore } from "./scheduler.js";
import { inputKey, type BatchInput, type BatchOptions, type BatchSink, type BatchSummary } from "./types.js";

/** Defaults polite to publishers: two connections and two requests a second per host at most. */
export { BATCH_DEFAULTS } from "./defaults.js";
import { BATCH_DEFAULTS } from "./defaults.js";

const EXTRACT_KEYS: ReadonlyArray<keyof ExtractOptions> = ["timeoutMs", "maxBytes", "maxRedirects", "userAgent", "headers", "includeText", "referenceDate"];

/**
 * Extraction threads by default: one fewer than the cores, at least one. The main thread then
 * only fetches and writes, so a parse never holds up the fetches' timers, and each thread's heap
 * is bounded (pool.ts), which keeps peak RSS flat without forced collections. Measured with
 * bench/batch.mjs on 2 vCPUs (2,000 URLs, idle machine): the main thread alone 54.7 pages/s at
 * 272 MB peak RSS, one thread 56-62 at 235-252 MB, two threads 63-69 at 306-331 MB: on 2 cores
 * a second thread buys about 10% for 80 MB more.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export async function runBatch(inputs: AsyncIterable<BatchInput>, options: BatchOptions, sink: BatchSink): Promise<BatchSummary> {
  const started = Date.now();
  const opts = resolveOptions(Object.fromEntries(EXTRACT_KEYS.map((k) => [k, options[k]])) as Partial<ExtractOptions>);
  const concurrency = Math.max(1, options.concurrency ?? BATCH_DEFAULTS.concurrency);
  const perHost = Math.max(1, options.perHost ?? BATCH_DEFAULTS.perHost);
  const window = Math.max(concurrency, options.window ?? BATCH_DEFAULTS.window);
  const unordered = Boolean(options.unordered);
  const skip = options.skip ? new Map(options.skip) : null;

  // One controller stops everything: the caller's signal, or a sink that closed.
  const stop = new AbortController();
  // Every fetch, queue wait and backoff in flight listens to this one signal.
  setMaxListeners(0, stop.signal);
  const onOuterAbort = () => stop.abort(options.signal?.reason ?? new Error("interrupted"));
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });

  const summary: BatchSummary = {
    records: 0, successes: 0, failures: 0, byCode: {}, skipped: 0, requests: 0, retries: 0, cacheHits: 0,
    elapsedMs: 0, interrupted: false, sinkClosed: false,
  };
  const dispatcher = createAgent({ timeoutMs: opts.timeoutMs, connections: perHost });
  const gate = new HostGate({ perHost, delayMs: options.delayMs ?? BATCH_DEFAULTS.delayMs });
  const slots = new Semaphore(concurrency);
  const workers = options.workers ?? defaultWorkers();
  const extractor: Extractor = workers > 0 ? workerExtractor(workers) : inlineExtractor();
  const deps: FetchDeps = {
    opts, dispatcher, gate, slots, signal: stop.signal, counters: summary,
    policy: { retries: options.retries ?? BATCH_DEFAULTS.retries, baseMs: options.backoffMs ?? BATCH_DEFAULTS.backoffMs, maxMs: options.maxBackoffMs ?? BATCH_DEFAULTS.maxBackoffMs },
    cache: options.cacheDir ? pageCache(options.cacheDir) : null,
    robots: options.robots ? robotsChecker({ dispatcher, userAgent: opts.userAgent, timeoutMs: opts.timeoutMs, gate, signal: stop.signal, onRequest: () => { summary.requests++; } }) : null,
  };

  // The reorder buffer: finished records waiting for the ones before them.
  const done = new Map<number, { input: BatchInput; result: JobResult }>();
  let nextWrite = 0;
  let inFlight = 0;
  let writing = false;
  let sinkError: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => { const w = wake; wake = null; w?.(); };
  const onStop = () => notify();
  stop.signal.addEventListener("abort", onStop);

  const write = async (input: BatchInput, result: JobResult) => {
    const entry = { input, line: result.line, ok: result.ok, errorCode: result.errorCode };
    try {
      await sink.write(entry);
    } catch (err) {
      sinkError ??= err;
      stop.abort(err);
      return;
    }
    if ((sink as { closed?: boolean }).closed) {
      summary.sinkClosed = true;
      stop.abort(new Error("output closed"));
      return;
    }
    summary.records++;
    if (result.ok) summary.successes++;
    else {
      summary.failures++;
      const code = result.errorCode ?? "internal";
      summary.byCode[code] = (summary.byCode[code] ?? 0) + 1;
    }
    options.onRecord?.(entry);
  };

  // Writes are serialised: one drain loop at a time empties whatever is ready, in order.
  const drain = async () => {
    if (writing) return;
    writing = true;
    try {
      for (;;) {
        let key: number | undefined;
        if (unordered) key = done.keys().next().value;
        else if (done.has(nextWrite)) key = nextWrite;
        if (key === undefined) break;
        const item = done.get(key)!;
        done.delete(key);
        if (!unordered) nextWrite++;
        await write(item.input, item.result);
        notify();
      }
    } finally {
      writing = false;
    }
  };

  const tasks = new Set<Promise<void>>();
  const start = (seq: number, input: BatchInput) => {
    inFlight++;
    // processInput does not throw; the catch is the last guard of "one record per input".
    const task = processInput(input, deps, extractor).catch((err: unknown) =>
      errorResult({ input: input.input, url: null, fetched_at: null }, input.id, asInternal(err)),
    ).then((result) => {
      inFlight--;
      done.set(seq, { input, result });
      return drain();
    }).finally(() => {
      tasks.delete(task);
      notify();
    });
    tasks.add(task);
  };

  const iterator = inputs[Symbol.asyncIterator]();
  const stopped = new Promise<"stop">((resolve) => {
    if (stop.signal.aborted) resolve("stop");
    stop.signal.addEventListener("abort", () => resolve("stop"), { once: true });
  });
  let seq = 0;
  try {
    for (;;) {
      if (stop.signal.aborted) break;
      const next = await Promise.race([iterator.next(), stopped]);
      if (next === "stop" || next.done) break;
      const input = next.value;
      if (skip) {
        const key = inputKey(input.input, input.id);
        const n = skip.get(key);
        if (n) {
          if (n === 1) skip.delete(key);
          else skip.set(key, n - 1);
          summary.skipped++;
          continue;
        }
      }
      // Bounded: never more than `window` inputs started ahead of the oldest unwritten one.
      while (!stop.signal.aborted && (inFlight >= window || (!unordered && seq - nextWrite >= window))) {
        await new Promise<void>((resolve) => { wake = resolve; });
      }
      if (stop.signal.aborted) {
        // Read but not started: no record, so --resume does it.
        break;
      }
      start(seq++, input);
    }
  } finally {
    void iterator.return?.()?.catch?.(() => undefined);
    while (tasks.size) await Promise.all([...tasks]);
    await drain();
    stop.signal.removeEventListener("abort", onStop);
    options.signal?.removeEventListener("abort", onOuterAbort);
    await extractor.close();
    await dispatcher.destroy().catch(() => undefined);
  }
  if (sinkError) throw sinkError;
  summary.interrupted = Boolean(options.signal?.aborted);
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** One input → its result line; never throws. */
async function processInput(input: BatchInput, deps: FetchDeps, extractor: Extractor): Promise<JobResult> {
  const id = input.id;
  const failed = (err: NewsclaimError, fetchedAt: string | null = null) =>
    errorResult({ input: input.input, url: null, fetched_at: fetchedAt }, id, err);
  if (input.invalid) return failed(new NewsclaimError(input.invalid.code, input.invalid.message));
  const kind = inputKind(input.input);
  if (kind === "stdin") return failed(new NewsclaimError("invalid_url", '"-" (stdin) cannot be an item of a list'));
  if (kind === "file") {
    let release;
    try {
      release = await deps.slots.acquire(deps.signal);
    } catch {
      return failed(new NewsclaimError("interrupted", "the run was interrupted before this input finished"));
    }
    try {
      return await extractor.run({ kind: "file", input: input.input, id, url: input.url ?? null, opts: deps.opts });
    } catch (err) {
      return errorResult({ input: input.input, url: input.url ?? null, fetched_at: null }, id, asInternal(err));
    } finally {
      release();
    }
  }
  let url: URL;
  try {
    url = checkHttpUrl(input.input);
  } catch (err) {
    return failed(err as NewsclaimError);
  }
  const fetched = await fetchInput(input.input, url, deps);
  if (!fetched.ok) return failed(fetched.error, fetched.attemptedAt);
  try {
    return await extractor.run({ kind: "page", input: input.input, id, page: fetched.page, opts: deps.opts });
  } catch (err) {
    return errorResult({ input: input.input, url: fetched.page.url, fetched_at: fetched.page.fetchedAt }, id, asInternal(err));
  } finally {
    fetched.release();
  }
}

function asInternal(err: unknown): NewsclaimError {
  return err instanceof NewsclaimError ? err : new NewsclaimError("internal", err instanceof Error ? err.message : String(err), { cause: err });
}
