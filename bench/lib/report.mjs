// The human-readable tables.

export function printReport(r, out) {
  const w = (s = "") => out.write(s + "\n");
  w(`newsclaim bench · ${r.when} · node ${r.node} · ${r.cores} cores (${r.cpu}) · commit ${r.commit ?? "?"}`);
  w(`times are CPU ms of the process (user + system), steadier than wall-clock when the machine is busy; load average at start ${r.loadAverage.join(" ")}`);
  w(`pages: ${r.pages.count} of ${r.pages.available} (${r.pages.sample === "all" ? "all" : "fixed sample"}) from ${r.pages.source}, ${r.pages.totalMb} MB, in memory; single-threaded, after a warm-up pass over the same pages`);
  w();
  table(w, ["engine", "median ms", "p95 ms", "max ms", "pages/s", "wall median", "wall pages/s", "peak RSS MB", "RSS growth MB", "errors"],
    r.engines.map((e) => [e.name, f(e.median), f(e.p95), f(e.max), f(e.pagesPerSec, 1), f(e.wallMedian), f(e.wallPagesPerSec, 1), String(e.peakRssMb), String(e.rssGrowthMb), String(e.errors)]));
  for (const e of r.engines.filter((x) => x.errors)) w(`  ${e.name} errors, e.g. ${e.errorSample.map((x) => `${x.id}: ${x.message}`).join("; ")}`);
  w();
  if (r.stages.length) {
    table(w, ["our stage", "median ms", "p95 ms", "max ms", "share of time"],
      r.stages.map((s) => [s.stage, f(s.median), f(s.p95), f(s.max), `${(s.share * 100).toFixed(1)}%`]));
    w();
  }
  if (r.linearity.length) {
    table(w, ["linearity: page", "stage", "KB 1×/4×/16×", "ms 1×", "ms 4×", "ms 16×", "16×/1×", "exp 4→16", "verdict"],
      r.linearity.map((l) => [l.page, l.stage, l.bytes.map((b) => Math.round(b / 1024)).join("/"), f(l.ms[0], 3), f(l.ms[1], 3), f(l.ms[2], 3), `${l.growth16}×`, f(l.exponent), l.verdict]));
    w();
  }
  if (r.adversarial.length) {
    table(w, ["adversarial input (full extraction)", "KB", "ms", "wall ms", "outcome", "≤ 1 s"],
      r.adversarial.map((a) => [a.name, String(Math.round(a.bytes / 1024)), a.ms === null ? "—" : f(a.ms, 1), a.wallMs === null ? "—" : f(a.wallMs, 1), a.outcome, a.pass ? "PASS" : "FAIL"]));
    w();
  }
  if (r.batch) {
    if (r.batch.status === "pending") w(`batch: figures pending — ${r.batch.note}`);
    else table(w, ["batch (bench/batch.mjs)", "pages/s", "peak RSS MB"],
      r.batch.rows.map((b) => [`${b.urls} URLs`, b.error ? `error: ${b.error}` : f(b.pagesPerSec, 1), b.error ? "—" : f(b.peakRssMb, 0)]));
    w();
  }
  table(w, ["target", "measured", "target", "result"],
    r.targets.map((t) => [t.name, typeof t.value === "number" ? f(t.value, 3) : String(t.value), t.target, t.pass ? "PASS" : "FAIL"]));
  for (const x of r.ratios) w(`  ${x.name}: ${x.value} by median, ${x.meanRatio} by mean time (pages/s)`);
}

function f(x, d = 2) {
  return x === null || x === undefined || Number.isNaN(x) ? "—" : Number(x).toFixed(d);
}

function table(w, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  w(line(head));
  w(widths.map((n) => "-".repeat(n)).join("  "));
  for (const r of rows) w(line(r));
}
