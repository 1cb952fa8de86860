// Batch benchmark: the built CLI (`newsclaim batch`, default settings) over a list of URLs served
// by local HTTP servers, one port per "publisher" so the default politeness (--per-host,
// --delay) applies per host as it would across a real list. Reports pages/s (wall clock of the
// child, start-up included) and the child's peak RSS (process.resourceUsage().maxRSS, read in
// the child at exit through a --import hook, so worker threads are counted too).
//
//   node bench/batch.mjs [--urls 2000,10000] [--hosts 200] [--workers N] [--json] [--cpu-prof DIR]
// --cpu-prof DIR: the child runs under node --cpu-prof (read the profile with bench/profile.mjs's tables or DevTools).
//
// bench/run.mjs imports runBatchBench({ urls }) → { pagesPerSec, peakRssMb, ... }.
// The pages: a sample of ../shared/eval/corpus (or the repo's fixtures), served round-robin.

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
  'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nbench-maxrss-kb "+u.maxRSS+" cpu-us "+(u.userCPUTime+u.systemCPUTime)+"\\n")});',
);

/**
 * The pages served: an evenly spaced sample of the shared eval corpus (real publishers' pages,
 * 10 KB to 1 MB), or the repo's fixtures when ../shared is absent. Served as raw bytes with no
 * charset, so the batch decodes them as it would any site's.
 */
function benchPages(sample = 200) {
  const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");
  const corpus = path.join(shared, "eval/corpus");
  let files = [];
  if (existsSync(corpus)) {
    for (const dataset of readdirSync(corpus).sort()) {
      const dir = path.join(corpus, dataset, "pages");
      if (existsSync(dir)) files.push(...readdirSync(dir).filter((n) => n.endsWith(".html")).sort().map((n) => path.join(dir, n)));
    }
  }
  const source = files.length ? "corpus" : "fixtures";
  if (!files.length) {
    const dir = path.join(root, "fixtures");
    files = readdirSync(dir).map((name) => path.join(dir, name, "page.html")).filter((p) => existsSync(p));
  }
  if (files.length > sample) files = Array.from({ length: sample }, (_, i) => files[Math.floor((i * files.length) / sample)]);
  if (!files.length) throw new Error("no pages to serve");
  return { source, pages: files.map((f) => readFileSync(f)) };
}

async function startServers(hosts, pages) {
  const servers = [];
  const ports = [];
  for (let h = 0; h < hosts; h++) {
    const server = http.createServer((req, res) => {
      const m = /\/(\d+)$/.exec(req.url ?? "");
      const page = pages[(m ? Number(m[1]) : 0) % pages.length];
      res.setHeader("content-type", "text/html");
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

function runChild(args, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, "--import", RSS_HOOK, bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, ms: performance.now() - started }));
  });
}

/**
 * One batch run over `urls` URLs spread over `hosts` local hosts.
 * @param {{ urls: number, hosts?: number, workers?: number, extraArgs?: string[], nodeArgs?: string[] }} o  nodeArgs: flags for the child's node (--cpu-prof …)
 * @returns {Promise<{ urls: number, hosts: number, records: number, seconds: number, pagesPerSec: number, peakRssMb: number, summary: string }>}
 */
export async function runBatchBench({ urls, hosts = 200, workers, extraArgs = [], nodeArgs = [] }) {
  const { source, pages } = benchPages();
  const farm = await startServers(Math.min(hosts, urls), pages);
  const dir = mkdtempSync(path.join(tmpdir(), "newsclaim-bench-"));
  try {
    const list = path.join(dir, "urls.txt");
    const lines = [];
    for (let i = 0; i < urls; i++) lines.push(`http://127.0.0.1:${farm.ports[i % farm.ports.length]}/story/${i}`);
    writeFileSync(list, lines.join("\n") + "\n");
    const out = path.join(dir, "out.ndjson");
    const args = ["batch", list, "--out", out, ...(workers === undefined ? [] : ["--workers", String(workers)]), ...extraArgs];
    const ran = await runChild(args, nodeArgs);
    const records = readFileSync(out, "utf8").split("\n").length - 1;
    const rss = /bench-maxrss-kb (\d+) cpu-us (\d+)/.exec(ran.stderr);
    const summary = (/newsclaim: batch: (.*)/.exec(ran.stderr) ?? [])[1] ?? "";
    if (records !== urls) throw new Error(`batch wrote ${records} records for ${urls} URLs (exit ${ran.code}): ${ran.stderr.slice(-500)}`);
    return {
      urls, hosts: farm.ports.length, pages: `${pages.length} ${source} pages`, records, seconds: ran.ms / 1000,
      pagesPerSec: records / (ran.ms / 1000),
      peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
      /** CPU time of the child (all threads) per page, in ms: the figure least bent by other load. */
      cpuMsPerPage: rss ? Number(rss[2]) / 1000 / records : NaN,
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
  const profDir = opt("cpu-prof", undefined);
  const nodeArgs = profDir ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(profDir)] : [];
  const rows = [];
  for (const n of sizes) {
    const r = await runBatchBench({ urls: n, hosts, nodeArgs, ...(workers === undefined ? {} : { workers: Number(workers) }) });
    rows.push(r);
    if (!argv.includes("--json")) {
      process.stdout.write(`batch ${String(n).padStart(6)} URLs / ${r.hosts} hosts / ${r.pages}${workers === undefined ? "" : ` / workers ${workers}`}: ` +
        `${r.pagesPerSec.toFixed(1)} pages/s (${r.seconds.toFixed(1)} s), peak RSS ${r.peakRssMb.toFixed(0)} MB, CPU ${r.cpuMsPerPage.toFixed(1)} ms/page  [${r.summary}]\n`);
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
