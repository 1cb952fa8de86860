// Paths and the built library, shared by the tests. Tests run against dist/ (built by `pretest`),
// as a user of the package would.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const fixturesDir = path.join(repoRoot, "fixtures");
export const binPath = path.join(repoRoot, "bin", "newsclaim.js");
export const schemaPath = path.join(repoRoot, "schema", "record.schema.json");
export const sharedDir = path.resolve(repoRoot, "../shared");

/** The built library (dist/index.js). */
export type Lib = typeof import("../../src/index.js");
export async function loadLib(): Promise<Lib> {
  return (await import(path.join(repoRoot, "dist", "index.js"))) as Lib;
}

/** A compiled validator for the record schema (strict Ajv, every error reported). */
export function recordValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8")) as object;
  const validate = ajv.compile(schema);
  return (record: unknown): string | null =>
    validate(record) ? null : ajv.errorsText(validate.errors, { separator: "\n" });
}

/** Fixture folders: every fixtures/<name>/ holding a page.html. */
export function fixtureNames(): string[] {
  return fs.readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(fixturesDir, d.name, "page.html")))
    .map((d) => d.name)
    .sort();
}
