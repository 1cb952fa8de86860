// Small helpers for the batch tests: collect records from runBatch, list files, the built CLI.

import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BatchEntry, BatchInput, BatchSink } from "../../dist/index.js";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const bin = join(repoRoot, "bin/newsclaim.js");

export interface Rec {
  version: number;
  source: { input: string; url: string | null; fetched_at: string | null; id?: unknown };
  error?: { code: string; message: string };
  article?: { title: string | null };
  warnings?: string[];
}

export function collector(): BatchSink & { records: Rec[] } {
  const records: Rec[] = [];
  return { records, write: (e: BatchEntry) => { records.push(JSON.parse(e.line) as Rec); } };
}

export async function* fromArray(items: Array<string | BatchInput>): AsyncGenerator<BatchInput> {
  for (const x of items) yield typeof x === "string" ? { input: x } : x;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "newsclaim-batch-"));
}

/** What a record says, without the clock: the input, and its error code or its title. */
export function outcome(r: Rec): string {
  return `${r.source.input} ${r.error ? r.error.code : `ok ${r.article?.title ?? ""}`}`;
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string): Promise<Ran> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("close", (code, signal) => resolveRun({ code, signal, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}
