// Where records go. A file gets each record as one whole line from one write(2) call, so a
// killed run leaves whole lines (and at worst one torn last line, which --resume cuts). A
// stream (stdout) gets backpressure, and a closed pipe (`newsclaim batch … | head`) ends the
// run quietly instead of failing it (STYLE §2, ripgrep).

import { closeSync, fsyncSync, openSync, writeSync } from "node:fs";
import type { BatchEntry, BatchSink } from "./types.js";

export interface ClosableSink extends BatchSink {
  /** True once the destination stopped taking records (a closed pipe). */
  readonly closed: boolean;
  close(): Promise<void>;
}

/** Append (resume) or truncate, then one writeSync per record. */
export function fileSink(path: string, append: boolean): ClosableSink {
  const fd = openSync(path, append ? "a" : "w");
  let open = true;
  return {
    closed: false,
    write(entry: BatchEntry) {
      const buf = Buffer.from(entry.line + "\n");
      // A regular file takes the whole buffer in one call; the loop only guards the contract.
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off);
    },
    async close() {
      if (!open) return;
      open = false;
      try {
        fsyncSync(fd);
      } catch {
        // fsync is refused on some special files (/dev/stdout given as --out); the data is written.
      }
      closeSync(fd);
    },
  };
}

/** NDJSON on a writable stream, with backpressure; EPIPE and friends mark it closed. */
export function streamSink(stream: NodeJS.WritableStream): ClosableSink {
  const state = { closed: false };
  const onError = () => { state.closed = true; };
  stream.on("error", onError);
  return {
    get closed() {
      return state.closed;
    },
    async write(entry: BatchEntry) {
      if (state.closed) return;
      if (!stream.write(entry.line + "\n")) await settled(stream);
    },
    async close() {
      stream.off("error", onError);
      stream.on("error", () => undefined);
    },
  };
}

/** Resolves on drain, close or error (an error is seen by the sink's own listener). */
function settled(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}
