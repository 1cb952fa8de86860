// The fault farm run through runBatch (the built library): one record per input, the right
// codes, retries only where they belong, the per-host limit held, input order kept.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch, type BatchSummary } from "../../dist/index.js";
import { collector, fromArray, type Rec } from "./helpers.js";
import { expectedCode, expectedHits, hitsFor, kindFor, startFarm, type Farm } from "./farm.js";

const RETRIES = 1;
const PER_HOST = 2;
const opts = {
  concurrency: 8, perHost: PER_HOST, delayMs: 0, retries: RETRIES, backoffMs: 10, maxBackoffMs: 2000,
  timeoutMs: 1500, maxBytes: 64 * 1024,
  // Extraction threads keep the main thread free for the fetches: with extraction inline, a
  // loaded machine can hold the event loop past the small timeout and retry good pages.
  workers: 2,
};

describe("batch over the fault farm (1,000 URLs, 5 hosts)", () => {
  let farm: Farm;
  let records: Rec[];
  let summary: BatchSummary;

  beforeAll(async () => {
    farm = await startFarm({ hosts: 5, count: 1000 });
    // undici builds its HTTP parser on first use; under a loaded machine that can outlast the
    // small test timeout and turn the run's first requests into (retried) timeouts.
    const warm = await startFarm({ hosts: 1, count: 1, kind: () => "good" });
    await runBatch(fromArray(warm.urls), opts, collector());
    await warm.close();
    const sink = collector();
    summary = await runBatch(fromArray(farm.urls), opts, sink);
    records = sink.records;
  }, 90_000);
  afterAll(() => farm.close());

  it("writes exactly one record per input, in input order", () => {
    expect(records).toHaveLength(1000);
    expect(records.map((r) => r.source.input)).toEqual(farm.urls);
  });

  it("gives every fault its code and every good page a record", () => {
    const wrong = farm.urls.flatMap((url, i) => {
      const want = expectedCode(kindFor(i));
      const got = records[i]!.error?.code ?? null;
      return got === want ? [] : [`${url}: want ${want}, got ${got} ${records[i]!.error?.message ?? ""}`];
    });
    expect(wrong).toEqual([]);
    const good = records.filter((r, i) => kindFor(i) === "good");
    expect(good.every((r) => r.article?.title?.startsWith("Council approves budget"))).toBe(true);
  });

  it("keeps records to the contract: error records carry input, url and fetched_at", () => {
    const err = records.find((r) => r.error?.code === "http_404")!;
    expect(err).toMatchObject({ version: 1, source: { input: expect.stringContaining("/404/"), url: null } });
    expect(typeof err.source.fetched_at).toBe("string");
    expect(Object.keys(err).sort()).toEqual(["error", "source", "version"]);
  });

  it("decodes a page with an unknown charset and says so in a warning", () => {
    const i = farm.urls.findIndex((_, j) => kindFor(j) === "charset");
    expect(records[i]!.error).toBeUndefined();
    expect(records[i]!.warnings?.some((w) => /unknown charset/.test(w))).toBe(true);
  });

  it("retries timeouts, resets, 5xx and 429, and nothing else", () => {
    const wrong = farm.urls.flatMap((url, i) => {
      const want = expectedHits(kindFor(i), RETRIES);
      const got = hitsFor(farm, url);
      return got === want ? [] : [`${url}: ${got} requests, want ${want}`];
    });
    expect(wrong).toEqual([]);
    expect(summary.retries).toBe(farm.urls.reduce((n, _, i) => n + expectedHits(kindFor(i), RETRIES) - 1, 0));
  });

  it("waits out Retry-After before asking a 429 URL again", () => {
    const gaps = farm.urls.filter((_, i) => kindFor(i) === "429").map((url) => {
      const u = new URL(url);
      const [first, second] = farm.times.get(`${u.port} ${u.pathname}`)!;
      return second! - first!;
    });
    expect(gaps).toHaveLength(10);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(990); // Retry-After: 1
  });

  it("never has more than --per-host requests in flight on one host", () => {
    const peaks = farm.ports.map((p) => farm.maxActive.get(p) ?? 0);
    expect(Math.max(...peaks)).toBe(PER_HOST);
  });

  it("counts the run in its summary", () => {
    expect(summary.records).toBe(1000);
    expect(summary.successes + summary.failures).toBe(1000);
    expect(summary.byCode["http_404"]).toBe(40);
    expect(summary.byCode["timeout"]).toBe(20);
    expect(summary.interrupted).toBe(false);
  });
});
