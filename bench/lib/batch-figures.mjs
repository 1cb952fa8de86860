// The batch figures come from bench/batch.mjs (the batch issue's own benchmark: pages/s from a
// local server, peak RSS). Each size runs in its own process, so its peak RSS is its own and
// not this process's (which holds jsdom's and Postlight's heaps by then).

import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export const BATCH_SIZES = [2000, 10000];
/** Per size; 10,000 URLs took ~18 min on a loaded 2-core machine. */
const TIMEOUT_MS = 30 * 60_000;

/** @returns {{ status: "pending" | "ok" | "error", note?: string, rows: { urls: number, pagesPerSec?: number, peakRssMb?: number, error?: string }[] }} */
export function runBatchFigures(root, sizes = BATCH_SIZES) {
  const file = path.join(root, "bench/batch.mjs");
  if (!fs.existsSync(file)) return { status: "pending", note: "bench/batch.mjs does not exist yet (batch issue)", rows: [] };
  const rows = [];
  for (const urls of sizes) {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)});`
      + `const r = await m.runBatchBench({ urls: ${urls} });`
      + `process.stdout.write("\\n@@BATCH@@" + JSON.stringify(r));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root, encoding: "utf8", timeout: TIMEOUT_MS, maxBuffer: 64 * 2 ** 20,
    });
    const marker = r.stdout?.lastIndexOf("@@BATCH@@") ?? -1;
    if (r.status === 0 && marker >= 0) {
      const res = JSON.parse(r.stdout.slice(marker + "@@BATCH@@".length));
      rows.push({ urls, pagesPerSec: res.pagesPerSec, peakRssMb: res.peakRssMb });
    } else {
      const why = r.error?.code === "ETIMEDOUT" ? `timed out after ${TIMEOUT_MS / 1000} s`
        : (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(-3).join(" | ");
      rows.push({ urls, error: why.slice(0, 300) });
    }
  }
  return { status: rows.every((x) => !x.error) ? "ok" : "error", rows };
}
