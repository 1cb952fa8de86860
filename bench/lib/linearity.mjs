// Is any stage worse than linear in its input? Each stage is timed alone on a page at 1×, 4×
// and 16× its body (paragraphs repeated); a linear stage takes ~4× as long from 4× to 16×, a
// quadratic one ~16×. The 4×→16× step is judged, as fixed costs blur the 1×→4× one.

import { scaleBody } from "./inputs.mjs";
import { STAGES } from "./stages.mjs";

export const SCALES = [1, 4, 16];
const RUNS = 9;
const WARM = 5;
/** From 4× to 16× input, more than this time factor is flagged (linear: 4; n log n: ~4.8). */
const WORSE_THAN_LINEAR = 6;
/** Below this (ms at 16×) a stage is too quick for its growth to mean anything. */
const TOO_QUICK_MS = 0.5;

/** @returns {{ page: string, bytes: number[], stage: string, ms: number[], growth16: number, exponent: number, verdict: string, pass: boolean }[]} */
export function runLinearity(stages, pages) {
  const rows = [];
  for (const base of pages) {
    const scaled = SCALES.map((k) => ({ ...base, html: scaleBody(base.html, k) }));
    for (const stage of STAGES) {
      let ms = scaled.map((page) => timeStage(stages, stage, page));
      // A flag is measured again (up to twice) before it stands: one busy moment on a shared
      // machine, or a collection landing in the 16× runs, can look like a quadratic. The lowest
      // figure of the runs is kept for each size.
      for (let again = 0; again < 2 && ms[2] / ms[1] > WORSE_THAN_LINEAR; again++) {
        ms = scaled.map((page, i) => Math.min(ms[i], timeStage(stages, stage, page)));
      }
      const step = ms[2] / ms[1];
      const exponent = Math.log(step) / Math.log(4);
      const quick = ms[2] < TOO_QUICK_MS;
      const bad = !quick && step > WORSE_THAN_LINEAR;
      rows.push({
        page: base.id, bytes: scaled.map((p) => Buffer.byteLength(p.html)), stage, ms,
        growth16: ms[2] / ms[0], exponent,
        verdict: quick ? "too quick to judge" : bad ? "WORSE THAN LINEAR" : exponent < 0.9 ? "sub-linear" : "linear",
        pass: !bad,
      });
    }
  }
  return rows;
}

function timeStage(stages, stage, page) {
  // Fresh inputs per run, so a per-Doc cache never answers for the stage.
  const inputs = Array.from({ length: RUNS + WARM }, () => stages.prepare(stage, page));
  for (const input of inputs.slice(0, WARM)) stages.alone[stage](input); // warm-up
  const ms = [];
  for (const input of inputs.slice(WARM)) {
    const c0 = process.cpuUsage();
    stages.alone[stage](input);
    const c = process.cpuUsage(c0);
    ms.push((c.user + c.system) / 1000); // CPU ms: steadier than wall-clock on a busy machine
  }
  // The fastest run: interference from other processes only ever adds time.
  return Math.min(...ms);
}
