// schema/record.schema.json: every fixture's real output validates (with and without --text),
// error records validate, and the schema rejects what the contract forbids. Also the invariants
// a schema cannot state: ids refer to existing quotes and speakers, offsets are in order.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleRecord, ErrorRecord } from "../src/record/types.js";
import { binPath, fixtureNames, fixturesDir, loadLib, recordValidator, repoRoot, schemaPath } from "./helpers/repo.js";

const validate = recordValidator();
const seedUrl = "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-to-confirm-istanbul-peace-talks-date-a89269";

function urlOf(name: string): string | undefined {
  const p = path.join(fixturesDir, name, "expected.json");
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, "utf8")) as { url?: string }).url : undefined;
}

function invariants(r: ArticleRecord): string[] {
  const problems: string[] = [];
  const quoteIds = new Set(r.quotes.map((q) => q.id));
  const speakerIds = new Set(r.speakers.map((s) => s.id));
  for (const q of r.quotes) {
    if (q.speaker_id !== null && !speakerIds.has(q.speaker_id)) problems.push(`${q.id}: unknown speaker ${q.speaker_id}`);
    if ((q.speaker === null) !== (q.speaker_id === null)) problems.push(`${q.id}: speaker and speaker_id disagree`);
    if (q.start > q.end) problems.push(`${q.id}: start > end`);
    if (q.paragraph >= r.article.paragraphs) problems.push(`${q.id}: paragraph out of range`);
  }
  for (const s of r.speakers) for (const id of s.quotes) if (!quoteIds.has(id)) problems.push(`${s.id}: unknown quote ${id}`);
  for (const l of r.links) {
    if (l.quote_id !== null && !quoteIds.has(l.quote_id)) problems.push(`link ${l.url}: unknown quote ${l.quote_id}`);
    if (l.start > l.end) problems.push(`link ${l.url}: start > end`);
  }
  for (const d of r.dates) if (d.start > d.end) problems.push(`date ${d.text}: start > end`);
  if (new Set(r.quotes.map((q) => q.id)).size !== r.quotes.length) problems.push("duplicate quote ids");
  return problems;
}

describe("every fixture's real output validates", () => {
  for (const name of fixtureNames()) {
    const url = urlOf(name);
    for (const includeText of [false, true]) {
      it(`${name}${includeText ? " with text" : ""}`, async () => {
        const lib = await loadLib();
        let record: ArticleRecord;
        try {
          record = await lib.extractInput(path.join(fixturesDir, name, "page.html"), { ...(url ? { url } : {}), includeText });
        } catch (err) {
          // A fixture that is meant to fail (expected.json "error") is covered below as an error record.
          expect(lib.isNewsclaimError(err), String(err)).toBe(true);
          return;
        }
        expect(validate(record)).toBeNull();
        expect(invariants(record)).toEqual([]);
        expect("text" in record.article).toBe(includeText);
      });
    }
  }
});

describe("error records", () => {
  const source = { input: "https://example.org/gone", url: null, fetched_at: "2026-11-24T14:00:00Z" };
  const records: ErrorRecord[] = [
    { version: 1, source, error: { code: "http_404", message: "HTTP 404 Not Found" } },
    { version: 1, source, error: { code: "http_403", message: "HTTP 403 Forbidden" } },
    { version: 1, source, error: { code: "http_5xx", message: "HTTP 503 Service Unavailable" } },
    { version: 1, source: { input: "saved.html", url: null, fetched_at: null }, error: { code: "not_found", message: "no such file: saved.html" } },
    { version: 1, source: { ...source, url: "https://example.org/b", status: 200, redirects: ["https://example.org/a"], id: { row: 7 } }, error: { code: "too_large", message: "the body is larger than 10485760 bytes" } },
    { version: 1, source: { input: "ftp://example.org/x", url: null, fetched_at: null, id: "line-3" }, error: { code: "unsupported_scheme", message: "only http and https URLs are fetched" } },
  ];
  for (const r of records) it(`${r.error.code} validates`, () => expect(validate(r)).toBeNull());

  it("real errors from the library validate as error records", async () => {
    const lib = await loadLib();
    for (const input of [path.join(repoRoot, "no-such-file.html"), "ftp://example.org/x", "http://exa mple"]) {
      const err = await lib.extractInput(input).then(() => null, (e: unknown) => e);
      expect(lib.isNewsclaimError(err), String(err)).toBe(true);
      const e = err as InstanceType<typeof lib.NewsclaimError>;
      expect(validate({ version: 1, source: { input, url: null, fetched_at: null }, error: { code: e.code, message: e.message } })).toBeNull();
    }
  });

  it("every line of a real batch run validates, error records included", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsclaim-schema-"));
    try {
      const list = path.join(dir, "inputs.txt");
      fs.writeFileSync(list, [
        path.join(fixturesDir, "moscow-times-istanbul-talks", "page.html"),
        JSON.stringify({ input: path.join(fixturesDir, "jsonld-port-strike", "page.html"), url: "https://www.northshoreherald.co.uk/news/business/larkhaven-dockworkers-strike-pay-talks-collapse-4417", id: { row: 2 } }),
        path.join(dir, "missing.html"),
        "ftp://example.org/story.html",
        "",
      ].join("\n"));
      const out = path.join(dir, "out.ndjson");
      const status = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [binPath, "batch", list, "--out", out, "--quiet", "--text"], { cwd: repoRoot, stdio: "ignore" });
        child.on("error", reject);
        child.on("close", resolve);
      });
      expect(status).not.toBeNull();
      const lines = fs.readFileSync(out, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(4);
      expect(lines.filter((r) => "error" in r)).toHaveLength(2);
      for (const r of lines) expect(validate(r), JSON.stringify(r).slice(0, 200)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lists exactly the codes of ERROR_CODES", async () => {
    const lib = await loadLib();
    const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8")) as { $defs: { errorCode: { anyOf: [{ enum: string[] }] } } };
    expect([...schema.$defs.errorCode.anyOf[0].enum].sort()).toEqual(Object.keys(lib.ERROR_CODES).sort());
  });
});

describe("the schema rejects what the contract forbids", () => {
  async function seed(): Promise<ArticleRecord> {
    const lib = await loadLib();
    return lib.extractInput(path.join(fixturesDir, "moscow-times-istanbul-talks", "page.html"), { url: seedUrl });
  }
  const quote = { id: "q1", type: "direct", text: "We need to wait.", speaker: null, speaker_id: null, speaker_mention: null, cue: null, said_on: null, paragraph: 1, start: 0, end: 16 };
  const cases: [string, (r: Record<string, any>) => void][] = [
    ["a missing array", (r) => { delete r.dates; }],
    ["another version", (r) => { r.version = 2; }],
    ["an unknown top-level field", (r) => { r.claims = []; }],
    ["a quote type outside direct/indirect/mixed", (r) => { r.quotes = [{ ...quote, type: "paraphrase" }]; }],
    ["a quote id that is not qN", (r) => { r.quotes = [{ ...quote, id: "1" }]; }],
    ["a negative offset", (r) => { r.quotes = [{ ...quote, start: -1 }]; }],
    ["a said_on that is not ISO", (r) => { r.quotes = [{ ...quote, said_on: "Thursday" }]; }],
    ["a published date that is not ISO", (r) => { r.article.published = "May 29, 2025"; }],
    ["authors as a string", (r) => { r.article.authors = "The Moscow Times"; }],
    ["a relative link URL", (r) => { r.links[0].url = "/2025/05/29/other"; }],
    ["a link kind outside the list", (r) => { r.links[0].kind = "footnote"; }],
    ["a date granularity outside the list", (r) => { r.dates = [{ text: "Thursday", value: "2025-05-29", granularity: "hour", relative: true, paragraph: 0, start: 0, end: 8 }]; }],
    ["an error and an article together", (r) => { r.error = { code: "empty", message: "the page is empty" }; }],
  ];
  for (const [what, spoil] of cases) {
    it(`rejects ${what}`, async () => {
      const r = structuredClone(await seed()) as Record<string, any>;
      expect(validate(r)).toBeNull();
      spoil(r);
      expect(validate(r)).not.toBeNull();
    });
  }
  it("rejects an unknown error code", () => {
    expect(validate({ version: 1, source: { input: "x", url: null, fetched_at: null }, error: { code: "oops", message: "?" } })).not.toBeNull();
    expect(validate({ version: 1, source: { input: "x", url: null, fetched_at: null }, error: { code: "http_404" } })).not.toBeNull();
  });
});

describe("the published package", () => {
  it('exports the schema as "newsclaim/schema.json" beside the library, and ships it', async () => {
    const code = 'import s from "newsclaim/schema.json" with { type: "json" }; import * as n from "newsclaim";' +
      'console.log(JSON.stringify([s.$schema, typeof n.extractHtml, typeof n.extract]));';
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--no-warnings", "--input-type=module", "-e", code], { cwd: repoRoot });
      let text = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => { text += d; });
      child.on("error", reject);
      child.on("close", () => resolve(text));
    });
    expect(JSON.parse(out)).toEqual(["https://json-schema.org/draft/2020-12/schema", "function", "function"]);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("schema");
  });
});
