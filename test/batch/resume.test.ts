// A real kill: the built CLI is SIGKILLed part-way through the fault farm, then run again with
// --resume; the file must end with the same records as an uninterrupted run, each input once.
// And a SIGINT: the run stops cleanly with exit 130, whole lines, and --resume completes it.

import { spawn } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, outcome, runCli, tempDir, type Rec } from "./helpers.js";
import { kindFor, startFarm, type Farm } from "./farm.js";

const FLAGS = ["--concurrency", "8", "--per-host", "2", "--delay", "0", "--retries", "1", "--backoff", "10", "--timeout", "10", "--workers", "2", "--max-bytes", "64k", "--buffer", "16", "--quiet"];

function readRecords(path: string): Rec[] {
  const text = readFileSync(path, "utf8");
  expect(text.endsWith("\n")).toBe(true);
  return text.trimEnd().split("\n").map((l) => JSON.parse(l) as Rec);
}

function lineCount(path: string): number {
  try {
    if (!statSync(path).size) return 0;
    return readFileSync(path, "utf8").split("\n").length - 1;
  } catch {
    return 0;
  }
}

/** Start the CLI, send `signal` once `lines` records are in the file, and wait for it to end. */
function runAndSignal(args: string[], out: string, lines: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    const poll = setInterval(() => {
      if (lineCount(out) >= lines) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 10);
    child.on("close", (code, sig) => { clearInterval(poll); resolve({ code, signal: sig, stderr }); });
  });
}

describe("resume after a kill", () => {
  let farm: Farm;
  let dir: string;
  let list: string;
  let reference: string[];

  beforeAll(async () => {
    // Every fault but the slow bodies (the farm test covers timeouts): the kill tests need steady
    // progress, and --buffer 16 keeps ordered output from arriving in one burst. The timeout is
    // generous so a loaded machine cannot make a good page time out in one run and not another.
    farm = await startFarm({ hosts: 4, count: 300, kind: (i) => (kindFor(i) === "slow" ? "good" : kindFor(i)) });
    dir = tempDir();
    list = join(dir, "urls.txt");
    writeFileSync(list, "# the farm\n\n" + farm.urls.join("\n") + "\n");
    const full = join(dir, "full.ndjson");
    const ran = await runCli(["batch", list, "--out", full, ...FLAGS]);
    expect(ran.code).toBe(1); // the farm has failures by design
    reference = readRecords(full).map(outcome).sort();
  }, 180_000);
  afterAll(() => farm.close());

  it("an uninterrupted run records each input once", () => {
    expect(reference).toHaveLength(300);
    expect(new Set(reference.map((o) => o.split(" ")[0])).size).toBe(300);
  });

  it("SIGKILL part-way, then --resume, ends with the same records", async () => {
    const out = join(dir, "killed.ndjson");
    const killed = await runAndSignal(["batch", list, "--out", out, ...FLAGS], out, 80, "SIGKILL");
    expect(killed.signal).toBe("SIGKILL");
    const partial = lineCount(out);
    expect(partial).toBeGreaterThanOrEqual(80);
    expect(partial).toBeLessThan(300);
    const resumed = await runCli(["batch", list, "--out", out, "--resume", ...FLAGS]);
    expect(resumed.code).toBe(1);
    const records = readRecords(out);
    expect(records.map(outcome).sort()).toEqual(reference);
  }, 180_000);

  it("a torn last line is cut and its input done again", async () => {
    const out = join(dir, "torn.ndjson");
    const killed = await runAndSignal(["batch", list, "--out", out, ...FLAGS], out, 60, "SIGKILL");
    expect(killed.signal).toBe("SIGKILL");
    const text = readFileSync(out, "utf8");
    const lines = text.trimEnd().split("\n");
    // What a crash in the middle of a write would leave: the last record cut in half.
    const last = lines.pop()!;
    writeFileSync(out, lines.join("\n") + "\n" + last.slice(0, Math.floor(last.length / 2)));
    const resumed = await runCli(["batch", list, "--out", out, "--resume", ...FLAGS.filter((f) => f !== "--quiet")]);
    expect(resumed.stderr).toMatch(/torn last line/);
    expect(readRecords(out).map(outcome).sort()).toEqual(reference);
  }, 180_000);

  it("SIGINT stops cleanly with exit 130 and a summary; --resume completes the file", async () => {
    const out = join(dir, "int.ndjson");
    const args = ["batch", list, "--out", out, ...FLAGS.filter((f) => f !== "--quiet")];
    const stopped = await runAndSignal(args, out, 60, "SIGINT");
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/records, \d+ ok, \d+ failed .*interrupted/);
    const partial = readRecords(out); // whole lines only
    expect(partial.length).toBeLessThan(300);
    const resumed = await runCli(["batch", list, "--out", out, "--resume", "--quiet", ...FLAGS]);
    expect(resumed.code).toBe(1);
    expect(readRecords(out).map(outcome).sort()).toEqual(reference);
  }, 180_000);
});
