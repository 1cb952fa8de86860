#!/usr/bin/env node
// Where does extraction spend its time? Runs bench/profile-target.mjs under `node --cpu-prof`,
// then reads the .cpuprofile and prints, for the samples taken inside extractHtml:
//   - the top functions by self time (where the CPU actually was),
//   - self time summed per file (our dist modules, or the npm package),
//   - the top functions of ours by inclusive time (a stage and everything it calls).
//
//   node bench/profile.mjs [--sample N | --all] [--rounds R] [--adversarial I] [--page FILE [--scale K]] [--top N] [--keep]
//   node bench/profile.mjs --file X.cpuprofile [--top N]   (a profile taken elsewhere, e.g. node bench/batch.mjs --cpu-prof DIR;
//                                                          every sample counts, not only those inside extractHtml)
// --adversarial I profiles the I-th adversarial page of bench/lib/inputs.mjs instead; --page one
// file, with --scale K its body paragraphs repeated K times (to see what grows worse than linear).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? dflt : argv[i + 1] === undefined || argv[i + 1].startsWith("--") ? true : argv[i + 1];
};
const top = Number(opt("top", 25));
const given = opt("file", null);
const dir = given ? null : fs.mkdtempSync(path.join(os.tmpdir(), "newsclaim-prof-"));
let profilePath = given ? path.resolve(String(given)) : null;
if (!profilePath) {
  const pass = argv.filter((a, i) => !["--top", "--keep"].includes(a) && argv[i - 1] !== "--top");
  const run = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "200", path.join(root, "bench/profile-target.mjs"), ...pass], { stdio: ["ignore", "inherit", "inherit"] });
  if (run.status !== 0) process.exit(run.status ?? 1);
  profilePath = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile")));
}
const profile = JSON.parse(fs.readFileSync(profilePath, "utf8"));
console.log(`profile: ${profilePath}`);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample weights: timeDeltas[i] is the time before sample i.
const weight = new Map();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  weight.set(id, (weight.get(id) ?? 0) + dt);
  all += dt;
});

const key = (cf) => `${cf.functionName || "(anonymous)"}  ${shortUrl(cf.url)}:${cf.lineNumber + 1}`;
const self = new Map();
const perFile = new Map();
const inclusive = new Map();
let inside = 0;
let gcTime = 0;
for (const [id, w] of weight) {
  const node = byId.get(id);
  if (node.callFrame.functionName === "(garbage collector)") gcTime += w;
  const stack = [];
  for (let n = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n).callFrame);
  if (!given && !stack.some((cf) => cf.functionName === "extractHtml")) continue;
  inside += w;
  const cf = node.callFrame;
  self.set(key(cf), (self.get(key(cf)) ?? 0) + w);
  const f = fileGroup(cf.url) || `(${cf.functionName})`;
  perFile.set(f, (perFile.get(f) ?? 0) + w);
  for (const k of new Set(stack.filter((c) => c.url.includes("/dist/")).map(key))) inclusive.set(k, (inclusive.get(k) ?? 0) + w);
}

const pct = (w) => `${((100 * w) / inside).toFixed(1).padStart(5)}%`;
const ms = (w) => `${(w / 1000).toFixed(0).padStart(7)} ms`;
console.log(`${given ? "all samples" : "inside extractHtml"}: ${(inside / 1000).toFixed(0)} ms of ${(all / 1000).toFixed(0)} ms sampled; garbage collector (whole process): ${(gcTime / 1000).toFixed(0)} ms (${((100 * gcTime) / all).toFixed(1)}%)\n`);
const print = (title, m, n) => {
  console.log(title);
  for (const [k, w] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(w)} ${ms(w)}  ${k}`);
  console.log();
};
print(`top ${top} functions by self time (share of ${given ? "all samples" : "time inside extractHtml"})`, self, top);
print("self time by file / package", perFile, 20);
print(`top ${top} of our functions by inclusive time`, inclusive, top);
if (dir && !opt("keep", false)) fs.rmSync(dir, { recursive: true, force: true });

function shortUrl(u) {
  if (!u) return "";
  const s = u.replace(/^file:\/\//, "");
  const nm = s.lastIndexOf("/node_modules/");
  if (nm >= 0) return s.slice(nm + "/node_modules/".length);
  return s.startsWith(root) ? s.slice(root.length + 1) : s;
}

function fileGroup(u) {
  const s = shortUrl(u);
  if (!s) return "";
  if (u.includes("/node_modules/")) {
    const parts = s.split("/");
    return `npm:${parts[0].startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]}`;
  }
  return s;
}
