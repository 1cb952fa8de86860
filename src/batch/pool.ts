// Extraction threads. Parsing and extraction are CPU work; on the main thread they would delay
// the event loop that drives every fetch, so a fixed pool of worker_threads (sized to the
// cores) takes them. Each worker holds up to two jobs so it never idles waiting for a message.
// A worker that dies is replaced; its jobs fail as "internal", or, when it ran out of heap, are
// extracted on the main thread.

import { Worker, type ResourceLimits } from "node:worker_threads";
import { NewsclaimError } from "../errors.js";
import { collectorBetweenPages } from "./heap.js";
import type { ExtractJob, JobResult } from "./job.js";

export interface Extractor {
  run(job: ExtractJob): Promise<JobResult>;
  close(): Promise<void>;
}

/** The main thread's heap past which a full collection runs between pages (heap.ts). */
const HEAP_SOFT_LIMIT_MB = 128;

/** Extraction on the calling thread (workers: 0). */
export function inlineExtractor(): Extractor {
  const afterPage = collectorBetweenPages(HEAP_SOFT_LIMIT_MB);
  // Loaded on first use: with extraction threads the main thread never loads the extractors.
  let runJob: Promise<typeof import("./run-job.js").runJob> | null = null;
  return {
    async run(job) {
      runJob ??= import("./run-job.js").then((m) => m.runJob);
      const result = await (await runJob)(job);
      afterPage();
      return result;
    },
    close: async () => undefined,
  };
}

interface Pending {
  job: ExtractJob;
  resolve: (r: JobResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  dead: boolean;
}

const PER_WORKER = 2;

// Each thread's heap is bounded, so that V8's own collector (incremental, concurrent on another
// core) keeps it small, rather than forced full collections between pages (heap.ts), which cost
// the main thread 6-12 ms a page. The largest corpus page (1.9 MB) extracts in a 32 MB old
// generation; a page that needs more than a thread has is extracted on the main thread instead.
// Measured with bench/batch.mjs, one thread, 2,000 URLs (young/old MB: pages/s, peak RSS, CPU
// ms/page): 8/96 52.5, 237 MB, 27.7; 8/192 62.1, 235 MB, 23.2; 16/96 59.6, 242 MB, 24.5; 32/96
// 58.7-72.6, 268 MB, 20-25; 64/96 63.3, 300 MB; 32/64 44.9, 248 MB, 36.6 (repeated runs vary by
// about 15%). A larger young generation saves CPU but costs RSS; the old one must not be tight.
const WORKER_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192 });

export function workerExtractor(size: number, limits: ResourceLimits = WORKER_LIMITS): Extractor {
  const url = new URL("./extract-worker.js", import.meta.url);
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closing = false;
  /** The main thread, for the jobs of a thread that ran out of heap (made on first need). */
  let fallback: Extractor | null = null;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { resourceLimits: limits }), inFlight: new Map(), dead: false };
    slot.worker.on("message", (msg: { seq: number; result: JobResult }) => {
      const p = slot.inFlight.get(msg.seq);
      slot.inFlight.delete(msg.seq);
      p?.resolve(msg.result);
      pump();
    });
    const fail = (err: NewsclaimError, outOfMemory: boolean) => {
      // "error" and "exit" both come for one death: the first one settles it.
      if (slot.dead) return;
      slot.dead = true;
      const pending = [...slot.inFlight.values()];
      slot.inFlight.clear();
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      // A thread that runs out of heap before its first page could never extract one: no more threads.
      if (!closing && !(outOfMemory && pending.length === 0)) slots.push(spawn());
      for (const p of pending) {
        if (outOfMemory) {
          fallback ??= inlineExtractor();
          fallback.run(p.job).then(p.resolve, p.reject);
        } else {
          p.reject(err);
        }
      }
      pump();
    };
    slot.worker.on("error", (err: Error & { code?: string }) =>
      fail(new NewsclaimError("internal", `extraction thread failed: ${err.message}`, { cause: err }), err.code === "ERR_WORKER_OUT_OF_MEMORY"));
    slot.worker.on("exit", (code) => { if (!closing) fail(new NewsclaimError("internal", `extraction thread exited (${code})`), false); });
    return slot;
  };

  const pump = () => {
    if (!slots.length && !closing) {
      fallback ??= inlineExtractor();
      for (const p of queue.splice(0)) fallback.run(p.job).then(p.resolve, p.reject);
      return;
    }
    while (queue.length) {
      let best: Slot | undefined;
      for (const s of slots) if (s.inFlight.size < PER_WORKER && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if (!best) return;
      const p = queue.shift()!;
      const n = seq++;
      best.inFlight.set(n, p);
      const transfer: ArrayBuffer[] = [];
      let job = p.job;
      if (job.kind === "page") {
        // A private copy, so transferring it cannot detach a pooled Buffer slab still in use.
        const bytes = new Uint8Array(job.page.bytes);
        transfer.push(bytes.buffer);
        job = { ...job, page: { ...job.page, bytes } };
      }
      best.worker.postMessage({ seq: n, job }, transfer);
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  return {
    run(job) {
      return new Promise<JobResult>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

