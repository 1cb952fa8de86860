// The progress line of `newsclaim batch`: drawn on stderr in place (\r, erase line) while a run
// is under way when stderr is a terminal, never when it is not or with --quiet; stdout carries
// only the records. The pages come from a local server slow enough for the line to be drawn.

import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../dist/cli/main.js";

const PAGE = `<!doctype html><html lang="en"><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>`
  + `<p>“Traffic will flow again from Monday,” the city engineer, Ana Lopes, said on Friday.</p></article></body></html>`;

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    // Slow enough that a progress line redrawn every 250 ms is drawn several times.
    setTimeout(() => {
      res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    }, 1200);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

class Capture extends Writable {
  text = "";
  constructor(readonly isTTY: boolean) { super(); }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void { this.text += chunk.toString(); done(); }
}

async function runBatch(tty: boolean, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  // A list file, so that the total is known (stdin cannot be counted ahead).
  const list = join(mkdtempSync(join(tmpdir(), "newsclaim-progress-")), "urls.txt");
  writeFileSync(list, `${base}/a\n${base}/missing\n`);
  const stdin = new PassThrough();
  stdin.end();
  const stdout = new Capture(false);
  const stderr = new Capture(tty);
  const code = await main(["node", "newsclaim", "batch", list, "--retries", "0", "--delay", "0", "--per-host", "2", "--no-color", ...extra],
    { stdout, stderr, stdin, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe("batch progress line", () => {
  it("is drawn in place on a terminal: done/total, rate and errors; cleared before the summary", async () => {
    const r = await runBatch(true);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\r\x1b\[K[0-2]\/2 · \d+\.\d\/s · [01] errors?/);
    // The line is erased before the summary, which stands on its own line.
    expect(r.stderr).toMatch(/\r\x1b\[Knewsclaim: batch: 2 records, 1 ok, 1 failed \(http_404 1\)/);
    // stdout carries the two records and nothing else.
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code ?? "ok")).toEqual(["ok", "http_404"]);
  }, 30_000);

  it("is not drawn when stderr is not a terminal: the summary alone", async () => {
    const r = await runBatch(false);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).toMatch(/^newsclaim: batch: 2 records, 1 ok, 1 failed \(http_404 1\)/);
  }, 30_000);

  it("is not drawn with --quiet, and neither is the summary", async () => {
    const r = await runBatch(true, ["--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  }, 30_000);
});
