#!/usr/bin/env node
// Is a speed change behaviour-neutral? Writes the record of every bench page (all of
// ../shared/eval/corpus, or the fixtures) and of the adversarial pages, one JSON line each, so
// two builds can be compared with `node bench/snapshot.mjs --compare A B` (or `diff`).
//
//   node bench/snapshot.mjs [--sample N] [--no-adversarial] OUT.ndjson
//   node bench/snapshot.mjs --compare A.ndjson B.ndjson      (exit 1 when any record differs)

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPages } from "./lib/pages.mjs";
import { adversarialPages } from "./lib/inputs.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name) => { const i = argv.indexOf(`--${name}`); return i < 0 ? null : argv[i + 1]; };

if (flag("compare")) {
  const [a, b] = argv.filter((x) => !x.startsWith("--"));
  const read = (f) => new Map(fs.readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => {
    const tab = l.indexOf("\t");
    return [l.slice(0, tab), l.slice(tab + 1)];
  }));
  const A = read(a);
  const B = read(b);
  let differ = 0;
  for (const [id, rec] of A) {
    if (B.get(id) === rec) continue;
    differ++;
    if (differ <= 10) console.log(`differs: ${id}${B.has(id) ? "" : " (missing)"}`);
  }
  for (const id of B.keys()) if (!A.has(id)) { differ++; console.log(`only in ${b}: ${id}`); }
  console.log(`${A.size} records, ${differ} differ`);
  process.exit(differ ? 1 : 0);
}

const out = argv.filter((x, i) => !x.startsWith("--") && argv[i - 1] !== "--sample")[0];
if (!out) { console.error("usage: node bench/snapshot.mjs [--sample N] [--no-adversarial] OUT.ndjson"); process.exit(2); }
const { extractHtml } = await import(path.join(root, "dist/index.js"));
const { pages } = await loadPages({ root, shared, sample: value("sample") ? Number(value("sample")) : null });
const inputs = pages.map((p) => ({ id: `${p.dataset}/${p.id}`, url: p.url, html: p.html }));
if (!flag("no-adversarial")) for (const a of adversarialPages()) inputs.push({ id: `adversarial/${a.name}`, url: "https://example.com/adversarial", html: a.html });
const lines = [];
const t0 = performance.now();
for (const p of inputs) {
  let rec;
  try { rec = extractHtml(p.html, p.url); } catch (e) { rec = { error: String(e?.code ?? e) }; }
  lines.push(`${p.id}\t${JSON.stringify(rec)}`);
}
fs.writeFileSync(out, lines.join("\n") + "\n");
console.error(`snapshot: ${inputs.length} records in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`);
