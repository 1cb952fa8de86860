// Batch features beyond the farm's faults: the page cache, robots.txt, unordered output, the
// input forms (stdin, JSON lines with ids, a folder) and the CLI's exit codes.

import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "../../dist/index.js";
import { bin, collector, fromArray, runCli, tempDir, type Rec } from "./helpers.js";
import { articleHtml, hitsFor, startFarm, type Farm } from "./farm.js";

// Generous timeouts: a loaded machine must not turn a good page into a (retried) timeout.
const quick = { concurrency: 4, perHost: 2, delayMs: 0, retries: 1, backoffMs: 10, timeoutMs: 10_000, workers: 0 };

describe("--cache", () => {
  let farm: Farm;
  beforeAll(async () => { farm = await startFarm({ hosts: 2, count: 20, kind: (i) => (i % 5 === 4 ? "404" : "good") }); });
  afterAll(() => farm.close());

  it("keeps fetched pages so a re-run does not fetch them again", async () => {
    const cacheDir = tempDir();
    const first = collector();
    const s1 = await runBatch(fromArray(farm.urls), { ...quick, cacheDir }, first);
    expect(s1).toMatchObject({ records: 20, successes: 16, cacheHits: 0 });
    const second = collector();
    const s2 = await runBatch(fromArray(farm.urls), { ...quick, cacheDir, includeText: true }, second);
    expect(s2).toMatchObject({ records: 20, successes: 16, cacheHits: 16 });
    // Good pages were fetched once in all; failures are not cached and were asked again.
    for (const [i, url] of farm.urls.entries()) expect(hitsFor(farm, url)).toBe(i % 5 === 4 ? 2 : 1);
    const a = first.records.find((r) => !r.error)!;
    const b = second.records.find((r) => r.source.input === a.source.input)!;
    expect(b.source.fetched_at).toBe(a.source.fetched_at);
    expect(b.article?.title).toBe(a.article?.title);
    expect((b.article as { text?: string }).text).toMatch(/city council voted/);
  });
});

describe("--robots", () => {
  let farm: Farm;
  beforeAll(async () => {
    farm = await startFarm({
      hosts: 2, count: 24, kind: () => "good",
      robots: "User-agent: otherbot\nDisallow: /\n\nUser-agent: newsclaim\nDisallow: /good/1\nCrawl-delay: 0.4\n",
    });
  });
  afterAll(() => farm.close());

  it("skips disallowed URLs with code robots, reading robots.txt once per host", async () => {
    const sink = collector();
    await runBatch(fromArray(farm.urls), { ...quick, robots: true }, sink);
    const refused = sink.records.filter((r) => r.error?.code === "robots").map((r) => new URL(r.source.input).pathname);
    expect(refused.sort()).toEqual(["/good/1", ...Array.from({ length: 10 }, (_, i) => `/good/1${i}`)].sort());
    expect(sink.records.filter((r) => !r.error)).toHaveLength(13);
    for (const url of farm.urls.filter((u) => /\/good\/1\d?$/.test(u))) expect(hitsFor(farm, url)).toBe(0);
    expect(farm.ports.map((p) => farm.robotsHits.get(p))).toEqual([1, 1]);
  });

  it("spaces requests to a host by its Crawl-delay", () => {
    for (const port of farm.ports) {
      const arrivals = [...farm.times.entries()].filter(([k]) => k.startsWith(`${port} `)).flatMap(([, t]) => t).sort((a, b) => a - b);
      expect(arrivals.length).toBeGreaterThan(4);
      // 400 ms between sends; arrivals may come closer by the spread of send-to-arrival latency
      // (a new connection's set-up, a busy machine), but never near the 0-10 ms of no delay.
      for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(250);
    }
  });
});

describe("--unordered", () => {
  let farm: Farm;
  beforeAll(async () => { farm = await startFarm({ hosts: 3, count: 100 }); });
  afterAll(() => farm.close());

  it("still writes every input exactly once", async () => {
    const sink = collector();
    await runBatch(fromArray(farm.urls), { ...quick, timeoutMs: 1000, maxBytes: 64 * 1024, unordered: true, maxBackoffMs: 2000 }, sink);
    const inputs = sink.records.map((r) => r.source.input);
    expect(inputs).toHaveLength(100);
    expect([...inputs].sort()).toEqual([...farm.urls].sort());
  });
});

describe("inputs and the CLI", () => {
  let farm: Farm;
  beforeAll(async () => { farm = await startFarm({ hosts: 1, count: 4, kind: () => "good" }); });
  afterAll(() => farm.close());

  it("reads stdin: plain lines, comments, JSON lines whose id is carried into the record", async () => {
    const dir = tempDir();
    const page = join(dir, "saved.html");
    writeFileSync(page, articleHtml(77));
    const list = [
      "# morning list", "", farm.urls[0],
      JSON.stringify({ input: farm.urls[1], id: "row-2" }),
      JSON.stringify({ input: page, url: "https://news.example.org/2025/03/14/budget", id: { n: 3 } }),
      "{not json",
    ].join("\n");
    const ran = await runCli(["batch", "-", "--delay", "0", "--quiet"], list);
    const recs = ran.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Rec);
    expect(recs.map((r) => r.source.input)).toEqual([farm.urls[0], farm.urls[1], page, "{not json"]);
    expect(recs[1]!.source.id).toBe("row-2");
    expect(recs[2]!.source).toMatchObject({ id: { n: 3 }, url: "https://news.example.org/2025/03/14/budget", fetched_at: null });
    expect(recs[2]!.article?.title).toBe("Council approves budget 77");
    expect(recs[3]!.error?.code).toBe("invalid_url");
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("");
  });

  it("takes a folder of saved pages, in path order, and exits 0 when all succeed", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "b.html"), articleHtml(2));
    writeFileSync(join(dir, "a.html"), articleHtml(1));
    writeFileSync(join(dir, "sub", "c.htm"), articleHtml(3));
    writeFileSync(join(dir, "notes.txt"), "not a page");
    const ran = await runCli(["batch", dir]);
    expect(ran.code).toBe(0);
    const recs = ran.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Rec);
    expect(recs.map((r) => r.article?.title)).toEqual(["Council approves budget 1", "Council approves budget 2", "Council approves budget 3"]);
    expect(ran.stderr).toMatch(/3 records, 3 ok, 0 failed/);
  });

  it("ends quietly with exit 0 when stdout closes early (`| head -1`)", async () => {
    const dir = tempDir();
    const list = join(dir, "many.txt");
    writeFileSync(list, Array.from({ length: 200 }, (_, i) => farm.urls[i % 4]).join("\n") + "\n");
    const child = spawn(process.execPath, [bin, "batch", list, "--per-host", "1", "--delay", "20", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("exits 2 on usage errors", async () => {
    const dir = tempDir();
    expect((await runCli(["batch", join(dir, "missing.txt")])).code).toBe(2);
    const list = join(dir, "l.txt");
    writeFileSync(list, farm.urls[0] + "\n");
    const noOut = await runCli(["batch", list, "--resume"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--resume needs --out/);
    expect((await runCli(["batch", list, "--concurrency", "0"])).code).toBe(2);
  });
});

describe("extraction threads", () => {
  let farm: Farm;
  beforeAll(async () => { farm = await startFarm({ hosts: 2, count: 30, kind: (i) => (i % 10 === 9 ? "pdf" : "good") }); });
  afterAll(() => farm.close());

  it("give the same records as the main thread", async () => {
    const threaded = collector();
    const s = await runBatch(fromArray(farm.urls), { ...quick, workers: 2, cacheDir: tempDir() }, threaded);
    expect(s).toMatchObject({ records: 30, successes: 27, failures: 3 });
    const inline = collector();
    await runBatch(fromArray(farm.urls), { ...quick, workers: 0 }, inline);
    const strip = (r: Rec) => ({ ...r, source: { ...r.source, fetched_at: null } });
    expect(threaded.records.map(strip)).toEqual(inline.records.map(strip));
  });
});
