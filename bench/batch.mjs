// Batch benchmark: the built CLI (`newsclaim batch`, default settings) over a list of URLs served
// by local HTTP servers, one port per "publisher" so the default politeness (--per-host,
// --delay) applies per host as it would across a real list. Reports pages/s (wall clock of the
// child, start-up included) and the child's peak RSS (process.resourceUsage().maxRSS, read in
// the child at exit through a --import hook, so worker threads are counted too).
//
//   node bench/batch.mjs [--urls 2000,10000] [--hosts 200] [--workers N] [--json]
//
// bench/run.mjs imports runBatchBench({ urls }) → { pagesPerSec, peakRssMb, ... }.
// The pages are the repo's own fixtures (fixtures/*/page.html), served round-robin.

import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin/newsclaim.js");

// Written into the child: report its peak RSS (kilobytes) on stderr as it exits.
const RSS_HOOK = "data:text/javascript," + encodeURIComponent(
  'process.on("exit",()=>process.stderr.write("\\nbench-maxrss-kb "+process.resourceUsage().maxRSS+"\\n"));',
);

function fixturePages() {
  const dir = path.join(root, "fixtures");
  const pages = readdirSync(dir)
    .map((name) => path.join(dir, name, "page.html"))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p));
  if (!pages.length) throw new Error("no fixtures/*/page.html to serve");
  return pages;
}

async function startServers(hosts, pages) {
  const servers = [];
  const ports = [];
  for (let h = 0; h < hosts; h++) {
    const server = http.createServer((req, res) => {
      const m = /\/(\d+)$/.exec(req.url ?? "");
      const page = pages[(m ? Number(m[1]) : 0) % pages.length];
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-length", String(page.length));
      res.end(page);
    });
    server.keepAliveTimeout = 10_000;
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    ports.push(server.address().port);
  }
  return {
    ports,
    close: () => Promise.all(servers.map((s) => new Promise((r) => { s.closeAllConnections?.(); s.close(r); }))),
  };
}

function runChild(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", RSS_HOOK, bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, ms: performance.now() - started }));
  });
}

/**
 * One batch run over `urls` URLs spread over `hosts` local hosts.
 * @param {{ urls: number, hosts?: number, workers?: number, extraArgs?: string[] }} o
 * @returns {Promise<{ urls: number, hosts: number, records: number, seconds: number, pagesPerSec: number, peakRssMb: number, summary: string }>}
 */
export async function runBatchBench({ urls, hosts = 200, workers, extraArgs = [] }) {
  const pages = fixturePages();
  const farm = await startServers(Math.min(hosts, urls), pages);
  const dir = mkdtempSync(path.join(tmpdir(), "newsclaim-bench-"));
  try {
    const list = path.join(dir, "urls.txt");
    const lines = [];
    for (let i = 0; i < urls; i++) lines.push(`http://127.0.0.1:${farm.ports[i % farm.ports.length]}/story/${i}`);
    writeFileSync(list, lines.join("\n") + "\n");
    const out = path.join(dir, "out.ndjson");
    const args = ["batch", list, "--out", out, ...(workers === undefined ? [] : ["--workers", String(workers)]), ...extraArgs];
    const ran = await runChild(args);
    const records = readFileSync(out, "utf8").split("\n").length - 1;
    const rss = /bench-maxrss-kb (\d+)/.exec(ran.stderr);
    const summary = (/newsclaim: batch: (.*)/.exec(ran.stderr) ?? [])[1] ?? "";
    if (records !== urls) throw new Error(`batch wrote ${records} records for ${urls} URLs (exit ${ran.code}): ${ran.stderr.slice(-500)}`);
    return {
      urls, hosts: farm.ports.length, records, seconds: ran.ms / 1000,
      pagesPerSec: records / (ran.ms / 1000),
      peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
      summary,
    };
  } finally {
    await farm.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? dflt : argv[i + 1];
  };
  const sizes = String(opt("urls", "2000,10000")).split(",").map(Number);
  const hosts = Number(opt("hosts", 200));
  const workers = opt("workers", undefined);
  const rows = [];
  for (const n of sizes) {
    const r = await runBatchBench({ urls: n, hosts, ...(workers === undefined ? {} : { workers: Number(workers) }) });
    rows.push(r);
    if (!argv.includes("--json")) {
      process.stdout.write(`batch ${String(n).padStart(6)} URLs / ${r.hosts} hosts${workers === undefined ? "" : ` / workers ${workers}`}: ` +
        `${r.pagesPerSec.toFixed(1)} pages/s (${r.seconds.toFixed(1)} s), peak RSS ${r.peakRssMb.toFixed(0)} MB  [${r.summary}]\n`);
    }
  }
  if (argv.includes("--json")) process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err) => {
    process.stderr.write(`bench/batch: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  });
}
