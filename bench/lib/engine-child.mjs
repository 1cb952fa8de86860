// One engine's timed pass, in a process of its own: its peak RSS is then its own, and no other
// engine's heap, JIT state or garbage is around while it is timed. bench/run.mjs starts it as
//   node bench/lib/engine-child.mjs <engine key> <sample | all>
// and reads the one JSON line it prints after the marker.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPages } from "./pages.mjs";
import { loadEngines } from "./engines.mjs";
import { makeGc, timeEach } from "./timing.mjs";

export const MARKER = "@@ENGINE@@";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = process.env.NEWSCLAIM_SHARED ?? path.resolve(root, "../shared");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [key, sampleArg] = process.argv.slice(2);
  const gc = makeGc();
  const { pages } = await loadPages({ root, shared, sample: sampleArg === "all" ? null : Number(sampleArg) });
  const engine = (await loadEngines(root, { peers: key === "postlight" || key === "readability" })).find((e) => e.key === key);
  if (!engine) throw new Error(`unknown engine ${key}`);
  gc();
  const baseRssMb = process.memoryUsage.rss() / 2 ** 20;
  // Warm-up: one whole pass over the pages, for every engine alike. After 20 pages, most of a
  // 100-page pass was still the JIT compiling code paths met for the first time (ours: median
  // 25.5 ms cold vs 10-11 ms warm), which says little about runs over thousands of pages.
  const t = await timeEach(pages, engine.run, { gc, warmup: pages.length });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\n${MARKER}${JSON.stringify({ key, name: engine.name, ...t, baseRssMb, peakRssMb })}\n`);
}
