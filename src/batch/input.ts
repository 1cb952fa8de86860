// The batch's inputs, streamed: a list file, "-" (stdin) or a folder of saved pages. A list
// holds one URL or path a line (blank lines and # comments skipped) or JSON lines
// {"input", "url", "id"}. Lines are read one at a time, so a list of any length costs the same.

import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { NewsclaimError } from "../errors.js";
import type { BatchInput } from "./types.js";

/** Saved-page extensions picked from a folder. */
const PAGE_EXTENSIONS = /\.(html?|xhtml)$/i;

/** One list line → an input, or null for a blank line or a comment. */
export function parseInputLine(raw: string, lineNo: number): BatchInput | null {
  const line = raw.trim();
  if (!line || line.startsWith("#")) return null;
  if (!line.startsWith("{")) return { input: line };
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { input: line, invalid: { code: "invalid_url", message: `line ${lineNo} is neither a URL, a path nor valid JSON` } };
  }
  const o = v as { input?: unknown; url?: unknown; id?: unknown };
  const input = typeof o.input === "string" && o.input.trim() ? o.input.trim() : typeof o.url === "string" ? o.url.trim() : "";
  const item: BatchInput = { input: input || line };
  if (typeof o.url === "string" && o.url.trim() && o.url.trim() !== input) item.url = o.url.trim();
  if (o.id !== undefined) item.id = o.id;
  if (!input) item.invalid = { code: "invalid_url", message: `line ${lineNo}: a JSON line needs "input" (or "url")` };
  return item;
}

/** Lines of a stream → inputs. */
export async function* inputsFromLines(stream: NodeJS.ReadableStream): AsyncGenerator<BatchInput> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const item = parseInputLine(n === 1 ? raw.replace(/^\uFEFF/, "") : raw, n);
    if (item) yield item;
  }
}

/** Every saved page under a folder, sorted by path so runs and resumes see the same order. */
export async function* inputsFromFolder(dir: string): AsyncGenerator<BatchInput> {
  // Only the names are held (not the pages), and sorting them makes the order reproducible.
  const names = (await readdir(dir, { recursive: true })).filter((n) => PAGE_EXTENSIONS.test(n)).sort();
  for (const name of names) yield { input: join(dir, name) };
}

/** A list file, "-" for stdin, or a folder. Throws not_found / unreadable before any input is read. */
export async function openInputs(source: string, stdin: NodeJS.ReadableStream): Promise<AsyncIterable<BatchInput>> {
  if (source === "-") return inputsFromLines(stdin);
  let info;
  try {
    info = await stat(source);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new NewsclaimError(code === "ENOENT" ? "not_found" : "unreadable", code === "ENOENT" ? "no such file or folder" : `cannot read (${code ?? "error"})`, { cause: err, url: source });
  }
  if (info.isDirectory()) return inputsFromFolder(source);
  return inputsFromLines(createReadStream(source));
}

/** Count a list's inputs without holding it (for the progress line's total). */
export async function countInputs(source: string): Promise<number | null> {
  if (source === "-") return null;
  try {
    const info = await stat(source);
    let n = 0;
    if (info.isDirectory()) {
      for await (const _ of inputsFromFolder(source)) n++;
    } else {
      for await (const _ of inputsFromLines(createReadStream(source))) n++;
    }
    return n;
  } catch {
    return null;
  }
}
