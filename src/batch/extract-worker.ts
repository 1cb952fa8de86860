// The extraction thread: receives jobs from pool.ts, answers with result lines. No state
// survives between jobs beyond what the modules themselves hold.

import { parentPort } from "node:worker_threads";
import type { ExtractJob } from "./job.js";
import { runJob } from "./run-job.js";


interface JobMessage {
  seq: number;
  job: ExtractJob;
}

parentPort?.on("message", (msg: JobMessage) => {
  void runJob(msg.job).then((result) => parentPort!.postMessage({ seq: msg.seq, result }));
});
