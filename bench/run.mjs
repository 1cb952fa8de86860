#!/usr/bin/env node
// npm run bench [-- --all | --sample N] [--json [FILE]] [--skip peers,stages,linearity,adversarial,batch]
//               [--batch-urls 2000,10000] [--strict]
//
// One run, one table: newsclaim's full extraction beside a bare htmlparser2 parse (the floor),
// cheerio.load, @postlight/parser and @mozilla/readability + jsdom, on the same pages, all held
// in memory (read and decoded before any timing), after a warm-up, single-threaded. Then our
// stages one by one, each stage at 1×/4×/16× input, the adversarial pages, and the batch
// figures of bench/batch.mjs. Targets get a PASS/FAIL column.
//
// Exit status: 1 when an adversarial page takes over 1 s or crashes (the bench FAILS loudly);
// with --strict, also when any target is missed. Never part of `npm test`.
//
// Pages: ../shared/eval/corpus (every dataset; a fixed, evenly spaced sample of 200 pages
// unless --all), or fixtures/*/page.html when ../shared is absent. Build first (npx tsc -p .):
// our code is timed from dist/.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPages } from "./lib/pages.mjs";
import { spawnSync } from "node:child_process";
import { MARKER } from "./lib/engine-child.mjs";
import { loadStages, STAGES } from "./lib/stages.mjs";
import { makeGc, stats, timeEach } from "./lib/timing.mjs";
import { runLinearity } from "./lib/linearity.mjs";
import { runAdversarial } from "./lib/adversarial.mjs";
import { runBatchFigures } from "./lib/batch-figures.mjs";
import { printReport } from "./lib/report.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");
const args = parseArgs(process.argv.slice(2));
// With --json and no file, stdout carries the JSON alone; the table goes to stderr.
const jsonToStdout = args.json === true;
const out = jsonToStdout ? process.stderr : process.stdout;
/** One engine's pass over the pages; longer means a page hangs. */
const ENGINE_TIMEOUT_MS = 20 * 60_000;
const log = (s) => process.stderr.write(`bench: ${s}\n`);

if (!fs.existsSync(path.join(root, "dist/index.js"))) {
  console.error("bench: dist/ is missing; build first (npx tsc -p .)");
  process.exit(2);
}

const gc = makeGc();
const skip = new Set(String(args.skip ?? "").split(",").filter(Boolean));
const sample = args.all ? null : Number(args.sample ?? 200);
const { source, pages, available } = await loadPages({ root, shared, sample });
if (!pages.length) {
  console.error("bench: no pages found (neither ../shared/eval/corpus nor fixtures/*/page.html)");
  process.exit(2);
}
const totalMb = pages.reduce((a, p) => a + p.bytes, 0) / 2 ** 20;
log(`${pages.length} of ${available} pages from ${source} (${totalMb.toFixed(1)} MB), in memory`);

const result = {
  when: new Date().toISOString(),
  loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  clock: "cpu",
  node: process.version,
  cpu: os.cpus()[0]?.model ?? "?",
  cores: os.availableParallelism?.() ?? os.cpus().length,
  commit: gitHead(),
  pages: { source, count: pages.length, available, totalMb: +totalMb.toFixed(2), sample: sample ?? "all" },
  engines: [],
  ratios: [],
  targets: [],
  stages: [],
  linearity: [],
  adversarial: [],
  batch: null,
};

// Engines side by side, one after another, each in a process of its own (bench/lib/engine-child.mjs).
const engineKeys = ["bare", "cheerio", "ours", ...(skip.has("peers") ? [] : ["postlight", "readability"])];
for (const key of engineKeys) {
  log(`timing ${key} …`);
  const t = runEngineChild(key);
  result.engines.push({
    key, name: t.name, ...round(stats(t.cpuMs)), wallMedian: +stats(t.ms).median.toFixed(2), wallPagesPerSec: +stats(t.ms).pagesPerSec.toFixed(1),
    peakRssMb: Math.round(t.peakRssMb), rssGrowthMb: Math.round(t.peakRssMb - t.baseRssMb), errors: t.errors.length, errorSample: t.errors.slice(0, 3),
  });
}
const eng = Object.fromEntries(result.engines.map((e) => [e.key, e]));
const ratio = (a, b, target, name) => {
  if (!eng[a] || !eng[b]) return;
  const value = eng[a].median / eng[b].median;
  result.ratios.push({ name, value: +value.toFixed(3), meanRatio: +(eng[b].pagesPerSec / eng[a].pagesPerSec).toFixed(3), target, pass: value <= target });
};
ratio("ours", "postlight", 0.5, "ours ÷ Postlight");
ratio("ours", "readability", 0.25, "ours ÷ Readability+jsdom");
ratio("ours", "cheerio", 3, "ours ÷ cheerio.load");
for (const r of result.ratios) result.targets.push({ name: `${r.name} (median)`, value: r.value, target: `≤ ${r.target}`, pass: r.pass });
result.targets.push({ name: "ours median ms/page", value: eng.ours.median, target: "< 15", pass: eng.ours.median < 15 });

// Our stages, each timed on its own inside the pipeline.
if (!skip.has("stages") || !skip.has("linearity")) {
  const stages = await loadStages(root);
  if (!skip.has("stages")) {
    log("timing our stages …");
    gc();
    const clocks = Object.fromEntries(STAGES.map((s) => [s, []]));
    const t = await timeEach(pages, (page) => {
      const clock = {};
      stages.pipeline(page, clock);
      for (const s of STAGES) clocks[s].push(clock[s] ?? 0);
    }, { gc });
    const whole = STAGES.reduce((a, s) => a + stats(clocks[s]).totalMs, 0);
    for (const s of STAGES) {
      const st = stats(clocks[s]);
      result.stages.push({ stage: s, ...round(st), share: +(st.totalMs / whole).toFixed(3) });
    }
    if (t.errors.length) log(`stages: ${t.errors.length} pages threw (${t.errors[0].message})`);
  }
  if (!skip.has("linearity")) {
    log("linearity (1×, 4×, 16×) …");
    const seed = path.join(root, "fixtures/moscow-times-istanbul-talks/page.html");
    const bases = [];
    if (fs.existsSync(seed)) bases.push({ id: "seed fixture", url: "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-to-confirm-istanbul-peace-talks-date-a89269", html: fs.readFileSync(seed, "utf8") });
    const bySize = [...pages].sort((a, b) => a.bytes - b.bytes);
    const median = bySize[Math.floor(bySize.length / 2)];
    bases.push({ ...median, id: `median page ${median.dataset}/${median.id}`.slice(0, 60) });
    result.linearity = runLinearity(stages, bases).map((r) => ({ ...r, ms: r.ms.map((x) => +x.toFixed(3)), growth16: +r.growth16.toFixed(2), exponent: +r.exponent.toFixed(2) }));
    result.targets.push({ name: "no stage worse than linear", value: result.linearity.filter((r) => !r.pass).map((r) => r.stage).join(", ") || "none", target: "none", pass: result.linearity.every((r) => r.pass) });
  }
}

// Adversarial pages: over 1 s (or a crash) FAILS the bench.
if (!skip.has("adversarial")) {
  log("adversarial pages (each in a process of its own, 1 s limit) …");
  result.adversarial = runAdversarial(pages[0].html).map((r) => ({ ...r, ms: r.ms === null ? null : +r.ms.toFixed(1), wallMs: r.wallMs === null ? null : +r.wallMs.toFixed(1) }));
  result.targets.push({ name: "adversarial pages each ≤ 1 s", value: `${result.adversarial.filter((r) => !r.pass).length} over`, target: "0 over", pass: result.adversarial.every((r) => r.pass) });
}

if (!skip.has("batch")) {
  log("batch figures (bench/batch.mjs) …");
  const sizes = args["batch-urls"] ? String(args["batch-urls"]).split(",").map(Number).filter((n) => n > 0) : undefined;
  result.batch = runBatchFigures(root, sizes);
}

printReport(result, out);
const adversarialFailed = result.adversarial.some((r) => !r.pass);
result.pass = result.targets.every((t) => t.pass);
if (args.json !== undefined) {
  const json = JSON.stringify(result, null, 2) + "\n";
  if (jsonToStdout) process.stdout.write(json);
  else fs.writeFileSync(String(args.json), json);
}
if (adversarialFailed) {
  for (const r of result.adversarial.filter((x) => !x.pass)) out.write(`BENCH FAILED: adversarial input "${r.name}" ${r.ms === null ? r.outcome : `took ${r.ms} ms (limit 1000 ms; ${r.outcome})`}\n`);
  process.exitCode = 1;
} else if (args.strict && !result.pass) {
  out.write("BENCH FAILED (--strict): a target was missed\n");
  process.exitCode = 1;
}

function runEngineChild(key) {
  const r = spawnSync(process.execPath, [path.join(root, "bench/lib/engine-child.mjs"), key, sample === null ? "all" : String(sample)], {
    cwd: root, encoding: "utf8", maxBuffer: 256 * 2 ** 20, stdio: ["ignore", "pipe", "inherit"], timeout: ENGINE_TIMEOUT_MS,
  });
  if (r.error?.code === "ETIMEDOUT") throw new Error(`bench: the ${key} pass did not finish in ${ENGINE_TIMEOUT_MS / 60000} min (a page hangs? try bench/profile.mjs)`);
  const at = r.stdout?.lastIndexOf(MARKER) ?? -1;
  if (r.status !== 0 || at < 0) throw new Error(`bench: the ${key} pass failed (exit ${r.status})`);
  return JSON.parse(r.stdout.slice(at + MARKER.length));
}

function round(s) {
  return { median: +s.median.toFixed(2), p95: +s.p95.toFixed(2), max: +s.max.toFixed(2), pagesPerSec: +s.pagesPerSec.toFixed(1) };
}

function gitHead() {
  try {
    const head = fs.readFileSync(path.join(root, ".git/HEAD"), "utf8").trim();
    if (!head.startsWith("ref: ")) return head.slice(0, 12);
    const ref = path.join(root, ".git", head.slice(5));
    return fs.existsSync(ref) ? fs.readFileSync(ref, "utf8").trim().slice(0, 12) : head.slice(5);
  } catch {
    return null;
  }
}

function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    if (m[2] !== undefined) a[m[1]] = m[2];
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) a[m[1]] = argv[++i];
    else a[m[1]] = true;
  }
  return a;
}
