// The progress line and the closing summary, both for stderr. The progress line is redrawn in
// place (\r) at most a few times a second and only on a terminal; the summary is one line.

import type { BatchSummary } from "./types.js";

export interface ProgressState {
  done: number;
  errors: number;
  total: number | null;
  startedAt: number;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export function formatProgress(p: ProgressState, now: number): string {
  const secs = Math.max(0.001, (now - p.startedAt) / 1000);
  const rate = p.done / secs;
  const count = p.total === null ? `${p.done}` : `${p.done}/${p.total}`;
  const eta = p.total !== null && rate > 0 && p.total >= p.done ? ` · ETA ${formatDuration(((p.total - p.done) / rate) * 1000)}` : "";
  return `${count} · ${rate.toFixed(1)}/s · ${p.errors} error${p.errors === 1 ? "" : "s"}${eta}`;
}

export function formatSummary(s: BatchSummary): string {
  const codes = Object.entries(s.byCode).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const failures = s.failures ? ` (${codes.map(([c, n]) => `${c} ${n}`).join(", ")})` : "";
  const extra = [
    s.skipped ? `${s.skipped} skipped as already recorded` : "",
    s.retries ? `${s.retries} retries` : "",
    s.cacheHits ? `${s.cacheHits} from the cache` : "",
  ].filter(Boolean);
  const tail = s.interrupted ? "; interrupted: run again with --resume to continue" : "";
  return `${s.records} records, ${s.successes} ok, ${s.failures} failed${failures} in ${formatDuration(s.elapsedMs)}` +
    (extra.length ? `; ${extra.join(", ")}` : "") + tail;
}
