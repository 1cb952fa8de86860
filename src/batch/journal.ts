// --resume: the output file is the journal. Every record is one whole line written by a single
// write(), so a killed run leaves at most one torn line at the end; it is cut off and that input
// done again. Records that ended "interrupted" (Ctrl-C) are dropped too, so the resumed run
// redoes them and the file ends with exactly one record per input.

import { createReadStream, createWriteStream } from "node:fs";
import { open, rename, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { inputKey } from "./types.js";

export interface JournalScan {
  /** Inputs already recorded: key → count (a list may name the same input twice). */
  done: Map<string, number>;
  /** Records kept. */
  records: number;
  /** Bytes of a torn last line cut off (0 if none). */
  tornBytes: number;
  /** Lines dropped to be redone: interrupted records and lines that are not a record. */
  dropped: number;
}

/** Read the journal, cut a torn tail, drop lines to redo, and say what is done. */
export async function prepareResume(path: string): Promise<JournalScan> {
  const scan: JournalScan = { done: new Map(), records: 0, tornBytes: 0, dropped: 0 };
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    if ((err as { code?: string }).code === "ENOENT") return scan;
    throw err;
  }
  if (size === 0) return scan;
  const end = await lastNewlineEnd(path, size);
  if (end < size) {
    const fh = await open(path, "r+");
    try {
      await fh.truncate(end);
    } finally {
      await fh.close();
    }
    scan.tornBytes = size - end;
  }
  if (end === 0) return scan;
  for await (const line of lines(path)) {
    const key = keep(line);
    if (key === null) scan.dropped++;
    else {
      scan.records++;
      scan.done.set(key, (scan.done.get(key) ?? 0) + 1);
    }
  }
  if (scan.dropped) await compact(path);
  return scan;
}

/** A kept line's input key, or null for a line to drop. */
function keep(line: string): string | null {
  if (!line.trim()) return null;
  let r: { source?: { input?: unknown; id?: unknown }; error?: { code?: unknown } };
  try {
    r = JSON.parse(line) as typeof r;
  } catch {
    return null;
  }
  if (typeof r.source?.input !== "string") return null;
  if (r.error?.code === "interrupted") return null;
  return inputKey(r.source.input, r.source.id);
}

/** Rewrite the journal without the dropped lines: a temporary file renamed over it, never half-done. */
async function compact(path: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  for await (const line of lines(path)) {
    if (keep(line) === null) continue;
    if (!out.write(line + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
  await rename(tmp, path);
}

function lines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path), crlfDelay: Infinity });
}

/** Offset just past the file's last "\n" (0 if none), reading backwards from the end. */
async function lastNewlineEnd(path: string, size: number): Promise<number> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(64 * 1024);
    let pos = size;
    while (pos > 0) {
      const len = Math.min(buf.length, pos);
      pos -= len;
      await fh.read(buf, 0, len, pos);
      const i = buf.subarray(0, len).lastIndexOf(0x0a);
      if (i >= 0) return pos + i + 1;
    }
    return 0;
  } finally {
    await fh.close();
  }
}
