// Retry policy as data, after undici's RetryHandler (lib/handler/retry-handler.js): which
// failures are worth another try comes from the code table (isRetryable: timeouts, resets, DNS,
// 429, 5xx), the wait doubles each time with jitter so a crowd of retries does not arrive
// together, and a Retry-After header sets a floor on the wait.

import { isNewsclaimError, isRetryable } from "../errors.js";

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The first wait, in ms; it doubles on each retry. */
  baseMs: number;
  /** The longest wait, and the longest Retry-After honoured. */
  maxMs: number;
}

export type RetryDecision = { retry: false } | { retry: true; waitMs: number; retryAfter: boolean };

/**
 * After failed attempt number `attempt` (0 = the first), whether to try again and how long to
 * wait. `random` is injectable so tests see fixed jitter.
 */
export function retryDecision(err: unknown, attempt: number, policy: RetryPolicy, random: () => number = Math.random): RetryDecision {
  if (attempt >= policy.retries || !isRetryable(err)) return { retry: false };
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  // "Equal jitter": half the step fixed, half random, so waits still grow but do not align.
  const backoff = step / 2 + random() * (step / 2);
  const retryAfterMs = isNewsclaimError(err) ? err.retryAfterMs : undefined;
  if (retryAfterMs !== undefined) {
    // A server asking for longer than we are willing to wait ends the input now rather than
    // holding a slot for minutes; the record keeps the 429/503.
    if (retryAfterMs > policy.maxMs) return { retry: false };
    return { retry: true, waitMs: Math.max(backoff, retryAfterMs), retryAfter: true };
  }
  return { retry: true, waitMs: backoff, retryAfter: false };
}

/** Sleep that ends early (rejecting) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => { signal?.removeEventListener("abort", onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(signal!.reason); };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
