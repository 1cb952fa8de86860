// Adversarial pages through the full extraction, each in its own worker thread so a hang is
// caught by a watchdog (a synchronous loop on the main thread could not be interrupted) and
// reported as a failure rather than freezing the bench. The worker's stack is held to ~1 MB,
// what the CLI's main thread has, so deep nesting fails here if it would fail there.

import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { adversarialPages } from "./inputs.mjs";

const LIMIT_MS = 1000;
const WATCHDOG_MS = 30_000;

/** @returns {Promise<{ name: string, bytes: number, ms: number | null, outcome: string, pass: boolean }[]>} */
export async function runAdversarial(root, warmHtml) {
  const names = adversarialPages().map((p) => ({ name: p.name, bytes: Buffer.byteLength(p.html) }));
  const out = [];
  for (let i = 0; i < names.length; i++) {
    const r = await inWorker(root, warmHtml, i);
    out.push({ ...names[i], ...r, pass: r.ms !== null && r.ms <= LIMIT_MS && !r.crashed });
  }
  return out;
}

function inWorker(root, warmHtml, index) {
  return new Promise((resolve) => {
    const w = new Worker(fileURLToPath(import.meta.url), {
      workerData: { root, warmHtml, index },
      resourceLimits: { stackSizeMb: 1 },
    });
    let done = false;
    const finish = (r) => { if (!done) { done = true; clearTimeout(timer); resolve(r); } };
    const timer = setTimeout(() => {
      finish({ ms: null, outcome: `did not finish in ${WATCHDOG_MS / 1000} s (killed)`, crashed: true });
      void w.terminate();
    }, WATCHDOG_MS);
    w.on("message", finish);
    w.on("error", (e) => finish({ ms: null, outcome: `worker crashed: ${e?.message ?? e}`, crashed: true }));
    w.on("exit", (code) => finish({ ms: null, outcome: `worker exited ${code}`, crashed: true }));
  });
}

if (!isMainThread && workerData?.index !== undefined) {
  const { root, warmHtml, index } = workerData;
  const { extractHtml } = await import(path.join(root, "dist/index.js"));
  for (let i = 0; i < 5; i++) {
    try { extractHtml(warmHtml, "https://example.com/warm"); } catch { /* warm-up only */ }
  }
  const { html } = adversarialPages()[index];
  const t0 = performance.now();
  let outcome = "ok";
  let crashed = false;
  try {
    const rec = extractHtml(html, "https://example.com/adversarial");
    outcome = `ok (${rec.quotes?.length ?? 0} quotes, ${rec.dates?.length ?? 0} dates, ${rec.links?.length ?? 0} links)`;
  } catch (e) {
    // A coded NewsclaimError is a proper answer (say, empty_article); anything else is a bug.
    crashed = !e?.code;
    outcome = e?.code ? `error ${e.code}` : `threw ${e?.name ?? "?"}: ${String(e?.message ?? e).slice(0, 100)}`;
  }
  const ms = performance.now() - t0;
  parentPort.postMessage({ ms, outcome, crashed });
}
