#!/usr/bin/env node
// npm run eval [-- --dataset NAME[,NAME]] [--misses N] [--peers] [--json] [--out DIR]
//
// Runs newsclaim over every dataset in ../shared/eval/corpus (each page with its gold `url` as
// the base URL), scores the output with ../shared/eval/score.mjs, and prints one table with a
// row per dataset. --peers adds rows for @mozilla/readability (with jsdom) and @postlight/parser
// on the same pages and the same scorer. Predictions are written to DIR (default .eval-out; give
// each concurrent run its own). Skips cleanly when ../shared is absent.

import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");
const corpus = path.join(shared, "eval/corpus");
const scorer = path.join(shared, "eval/score.mjs");

const args = parseArgs(process.argv.slice(2));
if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
  console.log(`eval: skipped: ${corpus} is absent (the evaluation data lives outside the repo)`);
  process.exit(0);
}

const { extractInput } = await import(path.join(root, "dist/index.js"));
const outDir = typeof args.out === "string" ? path.resolve(args.out) : path.join(root, ".eval-out");
fs.mkdirSync(outDir, { recursive: true });

const datasets = fs.readdirSync(corpus).filter((d) => fs.existsSync(path.join(corpus, d, "gold.jsonl")))
  .filter((d) => !args.dataset || String(args.dataset).split(",").includes(d)).sort();

const systems = [{ name: "newsclaim", run: runNewsclaim }];
if (args.peers) {
  const peers = await import(path.join(root, "scripts/peers.mjs"));
  systems.push({ name: "readability", run: peers.runReadability }, { name: "postlight", run: peers.runPostlight });
}

const rows = [];
for (const dataset of datasets) {
  const gold = readJsonl(path.join(corpus, dataset, "gold.jsonl"));
  for (const system of systems) {
    const predFile = path.join(outDir, `${dataset}.${system.name}.ndjson`);
    const lines = [];
    const t0 = performance.now();
    for (const g of gold) {
      const page = path.join(corpus, dataset, "pages", `${g.id}.html`);
      // Pages without a gold URL (readability) were made with a fixed document URL (base_url in the gold,
      // "http://fakehost/test/page.html"): its relative links resolve against that, not a canonical.
      lines.push(JSON.stringify(await system.run(page, g.url ?? g.base_url ?? null)));
    }
    const ms = performance.now() - t0;
    fs.writeFileSync(predFile, lines.join("\n") + "\n");
    const goldFile = path.join(corpus, dataset, "gold.jsonl");
    const scored = spawnSync(process.execPath, [scorer, "--gold", goldFile, "--pred", predFile, "--json"], { encoding: "utf8" });
    if (scored.status !== 0) throw new Error(`scorer failed on ${dataset}: ${scored.stderr}`);
    rows.push({ dataset, system: system.name, ms_per_page: +(ms / gold.length).toFixed(1), ...JSON.parse(scored.stdout) });
    if (args.misses && system.name === "newsclaim") {
      const misses = spawnSync(process.execPath, [scorer, "--gold", goldFile, "--pred", predFile, "--misses", String(args.misses)], { encoding: "utf8" });
      process.stderr.write(`\n=== ${dataset} ===\n${misses.stdout}`);
    }
  }
}

// The seed article: our own page around its text, scored against the hand-made gold.
const seedGold = path.join(shared, "gold/seed-moscow-times.json");
const seedPage = path.join(root, "fixtures/moscow-times-istanbul-talks/page.html");
if ((!args.dataset || String(args.dataset).split(",").includes("seed")) && fs.existsSync(seedGold)) {
  const predFile = path.join(outDir, "seed.newsclaim.ndjson");
  const t0 = performance.now();
  const record = await runNewsclaim(seedPage, "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-to-confirm-istanbul-peace-talks-date-a89269");
  const ms = performance.now() - t0;
  fs.writeFileSync(predFile, JSON.stringify(record) + "\n");
  const scored = spawnSync(process.execPath, [scorer, "--gold", seedGold, "--pred", predFile, "--json"], { encoding: "utf8" });
  rows.push({ dataset: "seed", system: "newsclaim", ms_per_page: +ms.toFixed(1), ...JSON.parse(scored.stdout) });
  if (args.misses) {
    const misses = spawnSync(process.execPath, [scorer, "--gold", seedGold, "--pred", predFile, "--misses", String(args.misses)], { encoding: "utf8" });
    process.stderr.write(`\n=== seed ===\n${misses.stdout}`);
  }
}

if (args.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  printTable(rows);
}

async function runNewsclaim(page, url) {
  try {
    return await extractInput(page, { url: url ?? undefined, includeText: true });
  } catch (err) {
    return { version: 1, source: { input: page, url, fetched_at: null }, error: { code: err.code ?? "internal", message: err.message } };
  }
}

function printTable(rows) {
  const cols = [
    ["dataset", (r) => r.dataset],
    ["system", (r) => r.system],
    ["pages", (r) => r.pages],
    ["err", (r) => r.errors],
    ["body F1", (r) => r.body?.f1],
    ["title F1", (r) => r.title?.token_f1],
    ["authors F1", (r) => r.authors?.token_f1],
    ["published", (r) => r.published?.accuracy],
    ["links F1", (r) => r.links?.f1],
    ["quotes F1", (r) => r.quotes?.all?.f1],
    ["attrib F1", (r) => r.quotes?.all?.attributed_f1],
    ["direct F1", (r) => r.quotes?.direct?.f1],
    ["dir attr F1", (r) => r.quotes?.direct?.attributed_f1],
    ["said_on", (r) => r.quotes?.all?.said_on_accuracy],
    ["dates F1", (r) => r.dates?.f1],
    ["cited F1", (r) => r.cited_links?.f1],
    ["ms/page", (r) => r.ms_per_page],
  ];
  const cells = rows.map((r) => cols.map(([, f]) => { const v = f(r); return v === undefined || v === null ? "-" : String(v); }));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (vals) => vals.map((v, i) => v.padEnd(widths[i])).join("  ");
  console.log(line(cols.map(([h]) => h)));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const c of cells) console.log(line(c));
}

function readJsonl(file) {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, "");
    if (argv[i + 1] === undefined || argv[i + 1].startsWith("--")) out[k] = true;
    else out[k] = argv[++i];
  }
  return out;
}
