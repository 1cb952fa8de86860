// The waiting half of one URL input: cache, robots.txt, then the fetch under the host and run
// limits, retried by the policy in fetch/retry.ts. Returns the page with its run slot still
// held (the caller releases it once the page is extracted, which keeps at most `concurrency`
// pages in memory), or the error that ends the input.

import type { Dispatcher } from "undici";
import { NewsclaimError, toNewsclaimError } from "../errors.js";
import { fetchPage, type FetchedPage } from "../fetch/fetch-page.js";
import { retryDecision, sleep, type RetryPolicy } from "../fetch/retry.js";
import type { Options } from "../options.js";
import type { PageCache } from "./cache.js";
import type { RobotsChecker } from "./robots.js";
import type { HostGate, Semaphore } from "./scheduler.js";

export interface FetchDeps {
  opts: Options;
  dispatcher: Dispatcher;
  gate: HostGate;
  slots: Semaphore;
  policy: RetryPolicy;
  cache: PageCache | null;
  robots: RobotsChecker | null;
  signal: AbortSignal;
  counters: { requests: number; retries: number; cacheHits: number };
}

export type FetchOutcome =
  | { ok: true; page: FetchedPage; release: () => void }
  | { ok: false; error: NewsclaimError; attemptedAt: string | null };

export async function fetchInput(input: string, url: URL, deps: FetchDeps): Promise<FetchOutcome> {
  const { signal, counters } = deps;
  let attemptedAt: string | null = null;
  try {
    const cached = deps.cache ? await deps.cache.get(url.href) : null;
    if (cached) {
      counters.cacheHits++;
      const release = await deps.slots.acquire(signal);
      return { ok: true, page: { ...cached, requestUrl: input }, release };
    }
    if (deps.robots) {
      const refusal = await deps.robots.check(url);
      if (signal.aborted) throw signal.reason;
      if (refusal) return { ok: false, error: refusal, attemptedAt: null };
    }
    for (let attempt = 0; ; attempt++) {
      const releaseHost = await deps.gate.acquire(url.host, signal);
      let releaseRun: (() => void) | undefined;
      let error: NewsclaimError;
      try {
        releaseRun = await deps.slots.acquire(signal);
        deps.gate.started(url.host);
        attemptedAt = new Date().toISOString();
        counters.requests++;
        if (attempt > 0) counters.retries++;
        const page = await fetchPage(input, deps.opts, deps.dispatcher, signal);
        releaseHost();
        if (deps.cache) await deps.cache.put(url.href, page).catch(() => undefined); // a cache that cannot write only costs a re-fetch
        return { ok: true, page, release: releaseRun };
      } catch (err) {
        releaseHost();
        releaseRun?.();
        error = interrupted(err, signal);
      }
      const next = retryDecision(error, attempt, deps.policy);
      if (!next.retry) return { ok: false, error, attemptedAt };
      // Retry-After speaks for the host, not just this URL: hold every request to it back.
      if (next.retryAfter) deps.gate.pause(url.host, next.waitMs);
      await sleep(next.waitMs, signal);
    }
  } catch (err) {
    return { ok: false, error: interrupted(err, signal), attemptedAt };
  }
}

function interrupted(err: unknown, signal: AbortSignal): NewsclaimError {
  if (signal.aborted && !(err instanceof NewsclaimError && err.code === "interrupted"))
    return new NewsclaimError("interrupted", "the run was interrupted before this input finished", { cause: err });
  return toNewsclaimError(err);
}
