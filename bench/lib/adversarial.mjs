// Adversarial pages through the full extraction, each in a child process of its own: a hang is
// cut by the timeout and reported as a failure rather than freezing the bench, a stack overflow
// shows as it would in the CLI (same main-thread stack), and the CPU time measured is the
// extraction's alone. Judged on CPU ms, like the rest of the bench (wall-clock shown too).
// Each child is warmed first, as every engine of the bench is before it is timed: the page
// given, then one pass over WARM_PAGES pages of the bench's sample (read before timing). Warmed
// by one page alone, a child compiled the code paths that page never reached (dates, speakers,
// other body rules) while timing the adversarial page: a few hundred ms of JIT compilation
// counted as the input's cost. A full collection then clears the warm-up's garbage.
//   node bench/lib/adversarial.mjs <index>    (what runAdversarial starts)

import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { adversarialPages } from "./inputs.mjs";
import { loadPages } from "./pages.mjs";
import { makeGc } from "./timing.mjs";

const LIMIT_MS = 1000;
const WATCHDOG_MS = 60_000;
const MARKER = "@@ADVERSARIAL@@";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");
/** Distinct pages of the bench's sample each child extracts once before timing. */
const WARM_PAGES = 20;

/** @returns {{ name: string, bytes: number, ms: number | null, wallMs: number | null, outcome: string, pass: boolean }[]} */
export function runAdversarial(warmHtml) {
  return adversarialPages().map((p, index) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(index)], {
      cwd: root, input: warmHtml, encoding: "utf8", timeout: WATCHDOG_MS, maxBuffer: 16 * 2 ** 20,
    });
    const at = r.stdout?.lastIndexOf(MARKER) ?? -1;
    const base = { name: p.name, bytes: Buffer.byteLength(p.html) };
    if (r.error?.code === "ETIMEDOUT") return { ...base, ms: null, wallMs: null, outcome: `did not finish in ${WATCHDOG_MS / 1000} s (killed)`, pass: false };
    if (r.status !== 0 || at < 0) {
      const why = (r.stderr || `exit ${r.status}`).trim().split("\n").filter((l) => /Error|error/.test(l)).slice(0, 2).join(" | ");
      return { ...base, ms: null, wallMs: null, outcome: `crashed: ${why.slice(0, 160) || `exit ${r.status}`}`, pass: false };
    }
    const res = JSON.parse(r.stdout.slice(at + MARKER.length));
    return { ...base, ...res, pass: !res.crashed && res.ms <= LIMIT_MS };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = Number(process.argv[2]);
  const warmHtml = await new Promise((resolve) => {
    let s = "";
    process.stdin.setEncoding("utf8").on("data", (d) => { s += d; }).on("end", () => resolve(s));
  });
  const { extractHtml } = await import(path.join(root, "dist/index.js"));
  const { pages } = await loadPages({ root, shared, sample: WARM_PAGES });
  for (const { html, url } of [{ html: warmHtml, url: "https://example.com/warm" }, ...pages]) {
    try { extractHtml(html, url); } catch { /* warm-up only */ }
  }
  const { html } = adversarialPages()[index];
  makeGc()(); // the warm-up's garbage (and the other pages built) is not the adversarial page's to collect
  let outcome = "ok";
  let crashed = false;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const rec = extractHtml(html, "https://example.com/adversarial");
    outcome = `ok (${rec.quotes?.length ?? 0} quotes, ${rec.dates?.length ?? 0} dates, ${rec.links?.length ?? 0} links)`;
  } catch (e) {
    // A coded NewsclaimError is a proper answer (say, empty_article); anything else is a bug.
    crashed = !e?.code;
    outcome = e?.code ? `error ${e.code}` : `threw ${e?.name ?? "?"}: ${String(e?.message ?? e).slice(0, 100)}`;
  }
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  process.stdout.write(`\n${MARKER}${JSON.stringify({ ms: (c.user + c.system) / 1000, wallMs, outcome, crashed })}\n`);
}
