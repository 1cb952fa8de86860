// Walks fixtures/*/: runs the built library on each page.html with its expected.json's URL,
// validates the record against the schema, and compares it with the hand-written expectations
// (format and matching rules: fixtures/README.md). One test per checked section, so a miss in
// quotes does not hide a right title.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../src/record/types.js";
import { CHECKS, checkExpectedShape, sectionsOf, type Expected } from "./helpers/expected.js";
import { fixtureNames, fixturesDir, loadLib, recordValidator } from "./helpers/repo.js";

const validate = recordValidator();
const names = fixtureNames();

it("there are fixtures in every required publishing style", () => {
  expect(names.length).toBeGreaterThanOrEqual(7);
  for (const style of ["jsonld-", "opengraph-", "microdata-", "inline-byline-", "boilerplate-", "charset-"])
    expect(names.some((n) => n.startsWith(style)), style).toBe(true);
  expect(names).toContain("moscow-times-istanbul-talks");
});

for (const name of names) {
  describe(`fixture ${name}`, () => {
    const dir = path.join(fixturesDir, name);
    const expectedPath = path.join(dir, "expected.json");
    const raw = fs.existsSync(expectedPath) ? (JSON.parse(fs.readFileSync(expectedPath, "utf8")) as Record<string, unknown>) : null;
    const expected = raw as Expected | null;
    let record: ArticleRecord | undefined;
    let error: { code: string; message: string } | undefined;

    beforeAll(async () => {
      if (!expected || typeof expected.url !== "string") return;
      const lib = await loadLib();
      try {
        record = await lib.extractInput(path.join(dir, "page.html"), { url: expected.url, includeText: true });
      } catch (err) {
        if (!lib.isNewsclaimError(err)) throw err;
        error = { code: err.code, message: err.message };
      }
    });

    it("has a hand-written expected.json and a README.md", () => {
      expect(raw, "expected.json").not.toBeNull();
      expect(checkExpectedShape(raw ?? {})).toEqual([]);
      expect(fs.existsSync(path.join(dir, "README.md")), "README.md").toBe(true);
    });
    if (!expected) return;

    if (expected.error) {
      it(`fails with ${expected.error.code}`, () => {
        expect(record, "a record where an error was expected").toBeUndefined();
        expect(error?.code).toBe(expected.error?.code);
      });
      return;
    }

    it("extracts a record that validates against the schema", () => {
      expect(error, `extraction failed: ${error?.code}: ${error?.message}`).toBeUndefined();
      expect(validate(record)).toBeNull();
    });

    for (const section of sectionsOf(expected)) {
      const pending = expected.pending?.[section];
      if (pending) {
        it.skip(`${section} (pending: ${pending})`, () => {});
        continue;
      }
      it(`${section} match expected.json`, () => {
        expect(record, `no record (${error?.code ?? "?"})`).toBeDefined();
        expect(CHECKS[section](expected, record as ArticleRecord)).toEqual([]);
      });
    }
  });
}
