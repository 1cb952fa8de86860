// What bench/profile.mjs runs under `node --cpu-prof`: extraction over the bench pages (read and
// decoded first), or over one adversarial page. Not meant to be run by hand.
//   node --cpu-prof bench/profile-target.mjs [--sample N | --all] [--rounds R] [--adversarial I]
//                                            [--page FILE [--scale K]]   (one page, its body K×)

import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPages } from "./lib/pages.mjs";
import fs from "node:fs";
import { adversarialPages, scaleBody } from "./lib/inputs.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? dflt : argv[i + 1] === undefined || argv[i + 1].startsWith("--") ? true : argv[i + 1];
};

const { extractHtml } = await import(path.join(root, "dist/index.js"));
let pages;
if (opt("adversarial", null) !== null) {
  const a = adversarialPages()[Number(opt("adversarial"))];
  pages = [{ id: a.name, url: "https://example.com/adversarial", html: a.html }];
} else if (opt("page", null) !== null) {
  const html = scaleBody(fs.readFileSync(String(opt("page")), "utf8"), Number(opt("scale", 1)));
  pages = [{ id: String(opt("page")), url: "https://example.com/page", html }];
} else {
  pages = (await loadPages({ root, shared, sample: opt("all", false) ? null : Number(opt("sample", 200)) })).pages;
}
const rounds = Number(opt("rounds", 3));
let errors = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    try { extractHtml(p.html, p.url); } catch { errors++; }
  }
}
const ms = performance.now() - t0;
process.stderr.write(`profile-target: ${rounds} × ${pages.length} pages in ${ms.toFixed(0)} ms (${(ms / rounds / pages.length).toFixed(2)} ms/page), ${errors} errors\n`);
