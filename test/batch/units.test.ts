// The batch's small parts: list lines, the retry policy, host queues, the resume journal.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NewsclaimError } from "../../dist/index.js";
import { parseInputLine } from "../../dist/batch/input.js";
import { retryDecision } from "../../dist/fetch/retry.js";
import { HostGate, Semaphore } from "../../dist/batch/scheduler.js";
import { prepareResume } from "../../dist/batch/journal.js";
import { inputKey } from "../../dist/batch/types.js";
import { formatProgress, formatSummary } from "../../dist/batch/progress.js";
import { tempDir } from "./helpers.js";

describe("list lines", () => {
  it("skips blank lines and comments, trims the rest", () => {
    expect(parseInputLine("   ", 1)).toBeNull();
    expect(parseInputLine("# a comment", 2)).toBeNull();
    expect(parseInputLine("  https://example.org/a  ", 3)).toEqual({ input: "https://example.org/a" });
    expect(parseInputLine("saved/page.html", 4)).toEqual({ input: "saved/page.html" });
  });

  it("reads JSON lines with input, url and id", () => {
    expect(parseInputLine('{"input": "p.html", "url": "https://example.org/p", "id": {"row": 7}}', 1))
      .toEqual({ input: "p.html", url: "https://example.org/p", id: { row: 7 } });
    expect(parseInputLine('{"url": "https://example.org/q", "id": 3}', 2)).toEqual({ input: "https://example.org/q", id: 3 });
  });

  it("turns a broken JSON line into an input that ends as an error, not a lost line", () => {
    const item = parseInputLine('{"input": "https://example.org/a"', 5);
    expect(item?.invalid?.message).toMatch(/line 5/);
    expect(parseInputLine('{"id": 1}', 6)?.invalid?.message).toMatch(/needs "input"/);
  });
});

describe("retry policy", () => {
  const policy = { retries: 3, baseMs: 100, maxMs: 5000 };
  const half = () => 0.5;

  it("retries retryable codes with growing, jittered waits", () => {
    const err = new NewsclaimError("timeout", "timed out");
    const waits = [0, 1, 2].map((a) => retryDecision(err, a, policy, half));
    expect(waits).toEqual([
      { retry: true, waitMs: 75, retryAfter: false },
      { retry: true, waitMs: 150, retryAfter: false },
      { retry: true, waitMs: 300, retryAfter: false },
    ]);
    expect(retryDecision(err, 0, policy, () => 0)).toMatchObject({ waitMs: 50 });
    expect(retryDecision(err, 3, policy, half)).toEqual({ retry: false });
  });

  it("does not retry what will not change", () => {
    for (const code of ["http_404", "http_403", "too_large", "not_html", "too_many_redirects", "robots", "invalid_url"] as const)
      expect(retryDecision(new NewsclaimError(code, code), 0, policy, half)).toEqual({ retry: false });
    expect(retryDecision(new Error("plain"), 0, policy, half)).toEqual({ retry: false });
  });

  it("waits at least Retry-After, and gives up when it asks for too long", () => {
    const soon = new NewsclaimError("http_429", "HTTP 429", { status: 429, retryAfterMs: 2000 });
    expect(retryDecision(soon, 0, policy, half)).toEqual({ retry: true, waitMs: 2000, retryAfter: true });
    const late = new NewsclaimError("http_5xx", "HTTP 503", { status: 503, retryAfterMs: 60_000 });
    expect(retryDecision(late, 0, policy, half)).toEqual({ retry: false });
  });
});

describe("host queues", () => {
  it("hold each host to perHost at once while other hosts proceed", async () => {
    const gate = new HostGate({ perHost: 2, delayMs: 0 });
    const active = new Map<string, number>();
    const peak = new Map<string, number>();
    const job = async (host: string) => {
      const release = await gate.acquire(host);
      active.set(host, (active.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!));
      await new Promise((r) => setTimeout(r, 5));
      active.set(host, active.get(host)! - 1);
      release();
    };
    await Promise.all(Array.from({ length: 60 }, (_, i) => job(`h${i % 3}`)));
    expect([...peak.values()]).toEqual([2, 2, 2]);
    await new Promise((r) => setTimeout(r, 5));
    expect(gate.size).toBe(0); // idle hosts are forgotten
  });

  it("space the starts on one host by the delay, by the queue's own clock", async () => {
    let now = 0;
    const gate = new HostGate({ perHost: 4, delayMs: 200, now: () => now });
    const starts: number[] = [];
    const first = gate.acquire("a.example").then((r) => { starts.push(now); r(); });
    await first;
    const second = gate.acquire("a.example").then((r) => { starts.push(now); r(); });
    await new Promise((r) => setTimeout(r, 20));
    expect(starts).toEqual([0]); // held back: the delay has not passed on the injected clock
    now = 200;
    await second;
    expect(starts).toEqual([0, 200]);
  });

  it("count the delay from the moment a request is sent, not from its host slot", async () => {
    let now = 0;
    const gate = new HostGate({ perHost: 2, delayMs: 200, now: () => now });
    const first = await gate.acquire("a.example");
    now = 80; // the first request waited 80 ms for a run slot
    gate.started("a.example");
    let granted = false;
    const second = gate.acquire("a.example").then((r) => { granted = true; return r; });
    now = 200;
    await new Promise((r) => setTimeout(r, 250));
    expect(granted).toBe(false); // 200 ms after the grant, but only 120 ms after the send
    now = 280;
    (await second)();
    first();
  });

  it("let waiting requests go when the run is interrupted", async () => {
    const gate = new HostGate({ perHost: 1, delayMs: 0 });
    const hold = await gate.acquire("a");
    const ac = new AbortController();
    const waiting = gate.acquire("a", ac.signal);
    ac.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    hold();
  });

  it("a semaphore serves first come, first served", async () => {
    const sem = new Semaphore(1);
    const order: number[] = [];
    const first = await sem.acquire();
    const waits = [1, 2, 3].map((n) => sem.acquire().then((r) => { order.push(n); r(); }));
    first();
    await Promise.all(waits);
    expect(order).toEqual([1, 2, 3]);
  });
});

describe("resume journal", () => {
  const rec = (input: string, extra: object = {}) => JSON.stringify({ version: 1, source: { input, url: null, fetched_at: null }, ...extra });

  it("counts recorded inputs, keyed by input and id", async () => {
    const file = join(tempDir(), "out.ndjson");
    writeFileSync(file, [rec("a"), rec("a"), JSON.stringify({ version: 1, source: { input: "b", url: null, fetched_at: null, id: 9 }, error: { code: "http_404", message: "x" } })].join("\n") + "\n");
    const scan = await prepareResume(file);
    expect(scan).toMatchObject({ records: 3, tornBytes: 0, dropped: 0 });
    expect(scan.done.get("a")).toBe(2);
    expect(scan.done.get(inputKey("b", 9))).toBe(1);
    expect(scan.done.has("b")).toBe(false);
  });

  it("cuts a torn last line and drops interrupted records", async () => {
    const file = join(tempDir(), "out.ndjson");
    const kept = [rec("a"), rec("b")];
    const interrupted = rec("c", { error: { code: "interrupted", message: "stop" } });
    writeFileSync(file, [kept[0], interrupted, kept[1]].join("\n") + "\n" + rec("d").slice(0, 30));
    const scan = await prepareResume(file);
    expect(scan).toMatchObject({ records: 2, tornBytes: 30, dropped: 1 });
    expect(readFileSync(file, "utf8")).toBe(kept.join("\n") + "\n");
  });

  it("treats a missing or empty file as nothing done", async () => {
    const dir = tempDir();
    expect((await prepareResume(join(dir, "none.ndjson"))).records).toBe(0);
    writeFileSync(join(dir, "empty.ndjson"), "");
    expect((await prepareResume(join(dir, "empty.ndjson"))).records).toBe(0);
  });
});

describe("progress and summary lines", () => {
  it("show done/total, rate, errors and ETA", () => {
    expect(formatProgress({ done: 50, errors: 3, total: 200, startedAt: 0 }, 10_000)).toBe("50/200 · 5.0/s · 3 errors · ETA 30s");
    expect(formatProgress({ done: 1, errors: 1, total: null, startedAt: 0 }, 2000)).toBe("1 · 0.5/s · 1 error");
  });

  it("sum up records, failures by code and time", () => {
    const line = formatSummary({
      records: 10, successes: 7, failures: 3, byCode: { timeout: 1, http_404: 2 }, skipped: 4, requests: 12, retries: 2,
      cacheHits: 0, elapsedMs: 75_000, interrupted: true, sinkClosed: false,
    });
    expect(line).toBe("10 records, 7 ok, 3 failed (http_404 2, timeout 1) in 1m15s; 4 skipped as already recorded, 2 retries; interrupted: run again with --resume to continue");
  });
});
