// The extraction thread: receives jobs from pool.ts, answers with result lines. No state
// survives between jobs beyond what the modules themselves hold and the collector's page count.

import { parentPort } from "node:worker_threads";
import { collectorBetweenPages } from "./heap.js";
import type { ExtractJob } from "./job.js";
import { runJob } from "./run-job.js";

/** This thread's heap past which a full collection runs between pages (heap.ts). */
const HEAP_SOFT_LIMIT_MB = 64;
const afterPage = collectorBetweenPages(HEAP_SOFT_LIMIT_MB);

interface JobMessage {
  seq: number;
  job: ExtractJob;
}

parentPort?.on("message", (msg: JobMessage) => {
  void runJob(msg.job).then((result) => {
    parentPort!.postMessage({ seq: msg.seq, result });
    afterPage();
  });
});
