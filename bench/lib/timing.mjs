// Timing helpers: one measurement per page with performance.now(), statistics over them, and
// the process's peak RSS sampled between pages (never inside the timed part).

import v8 from "node:v8";
import vm from "node:vm";

/** A gc() for between engines, so one engine's garbage is not collected on the next's clock. */
export function makeGc() {
  if (typeof globalThis.gc === "function") return globalThis.gc;
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc");
}

/**
 * Time fn over every item after a warm-up over the first `warmup` items: wall-clock ms and the
 * process's CPU ms (user + system) per item. CPU time is what the bench judges, as it barely
 * moves when other processes load the machine, while wall-clock time does.
 * fn may return a promise (Postlight is async); it is awaited inside the timed part.
 * @returns {Promise<{ ms: number[], cpuMs: number[], errors: { id: string, message: string }[], peakRssMb: number }>}
 */
export async function timeEach(items, fn, { warmup = 20, gc } = {}) {
  const errors = [];
  for (const item of items.slice(0, warmup)) {
    try { await fn(item); } catch { /* counted in the timed pass */ }
  }
  gc?.();
  const ms = [];
  const cpuMs = [];
  let peak = process.memoryUsage.rss();
  for (const item of items) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    try {
      await fn(item);
    } catch (e) {
      errors.push({ id: item.id ?? "?", message: String(e?.code ?? e?.message ?? e).slice(0, 120) });
    }
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }
  return { ms, cpuMs, errors, peakRssMb: peak / 2 ** 20 };
}

/** Median of repeated runs of a synchronous fn: at least `min` runs, and at least `budgetMs` in all. */
export function timeRepeated(fn, { min = 3, max = 200, budgetMs = 150 } = {}) {
  fn(); // warm
  const ms = [];
  const start = performance.now();
  while (ms.length < min || (ms.length < max && performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return quantile(ms, 0.5);
}

export function stats(ms) {
  const total = ms.reduce((a, b) => a + b, 0);
  return {
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    max: ms.length ? Math.max(...ms) : NaN,
    pagesPerSec: total > 0 ? (ms.length * 1000) / total : NaN,
    totalMs: total,
  };
}

/** Linear-interpolated quantile (q in 0..1). */
export function quantile(values, q) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
