// The built binary run as a user runs it (child_process): stdout carries only the record,
// diagnostics are one line on stderr, exit codes follow the README, colour only on a terminal.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binPath, fixturesDir, repoRoot } from "./helpers/repo.js";
import { articlePage, startServer, type TestServer } from "./helpers/server.js";

const SEED = path.join("fixtures", "moscow-times-istanbul-talks", "page.html");
const SEED_URL = "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-to-confirm-istanbul-peace-talks-date-a89269";
const ANSI = /\u001b\[/;
const VERSION = (JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

/** A clean environment: no colour forcing, no proxy for the loopback server. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_PROXY: "127.0.0.1,localhost", ...extra };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE"]) if (!(k in extra)) delete e[k];
  return e;
}

interface Run { status: number | null; stdout: string; stderr: string }

/**
 * Run the binary without blocking the event loop (the loopback server in this process has to
 * answer it), with stdin fed from `input` and closed.
 */
function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return runCommand(process.execPath, [binPath, ...args], opts);
}

function runCommand(cmd: string, args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env: env(opts.env), timeout: 60_000 });
    let stdout = "", stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => { stdout += d; });
    child.stderr.setEncoding("utf8").on("data", (d: string) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");
  });
}

/** One diagnostic line on stderr, `newsclaim: <input>: <message>`, and no stack trace. */
function expectOneDiagnostic(r: Run, input: string, message: RegExp) {
  expect(r.stdout).toBe("");
  const lines = r.stderr.split("\n").filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]?.startsWith(`newsclaim: ${input}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(ANSI);
}

let server: TestServer;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsclaim-cli-"));
  server = await startServer({
    "/story": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articlePage("Night buses extended to three suburbs",
        `<p>The city council voted on Tuesday to extend the night bus network to three new suburbs, officials said.</p>` +
        `<p>"People who work late shifts have been asking for this for years," said councillor Maria Lopez.</p>`));
    },
    "/gone": (_req, res) => { res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"); },
    "/broken": (_req, res) => { res.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>"); },
    "/report.pdf": (_req, res) => { res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7\n"); },
  });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("output", () => {
  it("prints one compact JSON record on stdout when piped, nothing on stderr", async () => {
    const r = await run([SEED, "--url", SEED_URL]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).not.toMatch(ANSI);
    const rec = JSON.parse(r.stdout);
    expect(rec.article.title).toBe("Kremlin Urges Ukraine to Confirm Istanbul Peace Talks Date");
    expect(rec.source).toMatchObject({ input: SEED, url: SEED_URL, fetched_at: null });
    expect(rec.article.text).toBeUndefined();
  });

  it("--pretty indents, still without colour when piped; --compact wins back one line", async () => {
    const pretty = await run([SEED, "--url", SEED_URL, "--pretty"]);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout.split("\n").length).toBeGreaterThan(20);
    expect(pretty.stdout).toMatch(/^\{\n {2}"version": 1,/);
    expect(pretty.stdout).not.toMatch(ANSI);
    const compact = await run([SEED, "--url", SEED_URL, "--compact"]);
    expect(compact.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(compact.stdout)).toEqual(JSON.parse(pretty.stdout));
  });

  it("--text adds the body as plain text", async () => {
    const rec = JSON.parse((await run([SEED, "--url", SEED_URL, "--text"])).stdout);
    expect(rec.article.text).toMatch(/^The Kremlin said Thursday that it was waiting for Ukraine/);
    expect(rec.article.text).toContain("\n\n\"So far, as I know, there's been no response,\" Kremlin spokesman Dmitry Peskov told reporters.");
  });

  it("--format text prints a readable view, not JSON", async () => {
    const r = await run([SEED, "--url", SEED_URL, "--format", "text"]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Kremlin Urges Ukraine to Confirm Istanbul Peace Talks Date");
    expect(r.stdout).toContain("The Moscow Times");
    expect(r.stdout).toContain("2025-05-29");
    // Each claim's said-on date stands apart from its cue, whatever the cue ends with.
    expect(r.stdout).toMatch(/^  q\d+ \[\w+\] .* · 2025-05-\d\d/m);
    expect(r.stdout).not.toMatch(/\bon on\b/);
    expect(() => JSON.parse(r.stdout)).toThrow();
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("reads HTML from stdin with -", async () => {
    const r = await run(["-", "--url", SEED_URL], { input: fs.readFileSync(path.join(fixturesDir, "moscow-times-istanbul-talks", "page.html")) });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.input).toBe("-");
    expect(rec.article.published).toBe("2025-05-29T13:20:00+03:00");
  });

  it("without --url, takes the page's canonical URL as the base", async () => {
    const rec = JSON.parse((await run([SEED])).stdout);
    expect(rec.article.canonical_url).toBe(SEED_URL);
    expect(rec.links.every((l: { url: string }) => /^https?:\/\//.test(l.url))).toBe(true);
  });

  it("fetches a URL (local server) and records the fetch", async () => {
    const r = await run([server.url("/story")]);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.article.title).toBe("Night buses extended to three suburbs");
    expect(rec.source).toMatchObject({ url: server.url("/story"), status: 200 });
    expect(rec.source.fetched_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });
});

describe("help and version", () => {
  it("--help explains every option with examples, on stdout, exit 0", async () => {
    const r = await run(["--help"]);
    expect(r.status).toBe(0);
    for (const flag of ["--url", "--text", "--format", "--pretty", "--compact", "--no-color", "--timeout", "--max-bytes", "--user-agent", "--debug", "--version"])
      expect(r.stdout, flag).toContain(flag);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toMatch(/\$ newsclaim \S+/);
    expect(r.stdout).toContain("Exit codes");
  });
  it("--version prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});

describe("errors: one line on stderr, documented exit codes", () => {
  it("an unknown option is a usage error (2)", async () => {
    const r = await run([SEED, "--frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^newsclaim: error: unknown option '--frobnicate'/);
  });
  it("no input is a usage error (2)", async () => {
    const r = await run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^newsclaim: error: missing required argument/);
  });
  it("a bad --timeout is a usage error (2)", async () => {
    expect((await run([SEED, "--timeout", "soon"])).status).toBe(2);
  });
  it("an invalid URL is a usage error (2)", async () => {
    const r = await run(["http://exa mple.org/story"]);
    expect(r.status).toBe(2);
    expectOneDiagnostic(r, "http://exa mple.org/story", /invalid_url/);
  });
  it("an unsupported scheme is a usage error (2)", async () => {
    const r = await run(["ftp://example.org/story.html"]);
    expect(r.status).toBe(2);
    expectOneDiagnostic(r, "ftp://example.org/story.html", /only http and https.*unsupported_scheme/);
  });
  it("a missing file is a usage error (2)", async () => {
    const r = await run(["no/such/story.html"]);
    expect(r.status).toBe(2);
    expectOneDiagnostic(r, "no/such/story.html", /no such file.*not_found/);
  });
  it("HTTP 404 is a processing failure (1)", async () => {
    const r = await run([server.url("/gone")]);
    expect(r.status).toBe(1);
    expectOneDiagnostic(r, server.url("/gone"), /HTTP 404.*http_404/);
  });
  it("HTTP 502 is a processing failure (1)", async () => {
    const r = await run([server.url("/broken")]);
    expect(r.status).toBe(1);
    expectOneDiagnostic(r, server.url("/broken"), /502.*http_5xx/);
  });
  it("a PDF is a processing failure (1)", async () => {
    const r = await run([server.url("/report.pdf")]);
    expect(r.status).toBe(1);
    expectOneDiagnostic(r, server.url("/report.pdf"), /not an HTML page.*not_html/);
  });
  it("an empty file is a processing failure (1)", async () => {
    const empty = path.join(tmp, "empty.html");
    fs.writeFileSync(empty, "");
    const r = await run([empty]);
    expect(r.status).toBe(1);
    expectOneDiagnostic(r, empty, /empty/);
  });
  it("a directory is a processing failure (1)", async () => {
    const r = await run([tmp]);
    expect(r.status).toBe(1);
    expectOneDiagnostic(r, tmp, /unreadable/);
  });
  it("--max-bytes below the page's size fails with too_large (1)", async () => {
    const r = await run([SEED, "--max-bytes", "1k"]);
    expect(r.status).toBe(1);
    expectOneDiagnostic(r, SEED, /too_large/);
  });
  it("--debug adds the stack trace", async () => {
    const r = await run(["no/such/story.html", "--debug"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/^newsclaim: no\/such\/story\.html: no such file/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe("a closed pipe", () => {
  it("ends quietly when the reader stops early (| head -c 10)", async () => {
    // A page whose record is far larger than a pipe buffer, so the writer meets EPIPE.
    const paras = Array.from({ length: 3000 }, (_, i) =>
      `<p>Paragraph ${i}: the council said on Tuesday that the budget would be published <a href="https://example.org/docs/${i}">in full</a> before the vote.</p>`).join("\n");
    const big = path.join(tmp, "big.html");
    fs.writeFileSync(big, articlePage("A very long council report", paras));
    const r = await runCommand("bash", ["-c", `"${process.execPath}" "${binPath}" "${big}" --url https://example.org/news/long --text --pretty | head -c 10; echo " rc=\${PIPESTATUS[0]}"`]);
    expect(r.stdout).toBe('{\n  "versi rc=0\n');
    expect(r.stderr).toBe("");
  });
});

// Colour needs a terminal: `script` gives the child a pseudo-terminal.
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
describe.skipIf(!hasScript)("colour on a terminal", () => {
  async function onTty(args: string, extra: Record<string, string> = {}): Promise<string> {
    const r = await runCommand("script", ["-qec", `"${process.execPath}" "${binPath}" ${args}`, "/dev/null"], { env: { TERM: "xterm-256color", ...extra } });
    return r.stdout;
  }
  it("is pretty and coloured on a terminal", async () => {
    const out = await onTty(`${SEED} --url ${SEED_URL}`);
    expect(out).toMatch(ANSI);
    expect(out.split("\n").length).toBeGreaterThan(20);
  });
  it("honours NO_COLOR", async () => {
    const out = await onTty(`${SEED} --url ${SEED_URL}`, { NO_COLOR: "1" });
    expect(out).not.toMatch(ANSI);
    expect(out.split("\n").length).toBeGreaterThan(20);
  });
  it("honours --no-color", async () => {
    expect(await onTty(`${SEED} --url ${SEED_URL} --no-color`)).not.toMatch(ANSI);
  });
  it("colours the diagnostic on a terminal, not with NO_COLOR", async () => {
    expect(await onTty("no/such/story.html")).toMatch(ANSI);
    expect(await onTty("no/such/story.html", { NO_COLOR: "1" })).not.toMatch(ANSI);
  });
});
