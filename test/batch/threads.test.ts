// Extraction threads run with a bounded heap; a page a thread cannot hold is extracted on the
// main thread, so every job still ends with its record.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workerExtractor } from "../../dist/batch/pool.js";
import { resolveOptions } from "../../dist/options.js";

const SEED = path.resolve(__dirname, "../../fixtures/moscow-times-istanbul-talks/page.html");
const URL = "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-to-confirm-istanbul-peace-talks-date-a89269";

function job(i: number) {
  return { kind: "file" as const, input: SEED, id: i, url: URL, opts: resolveOptions({}) };
}

describe("extraction threads", () => {
  it("extract in a thread with the default limits", async () => {
    const pool = workerExtractor(1);
    try {
      const r = await pool.run(job(1));
      expect(r.ok).toBe(true);
      expect(JSON.parse(r.line).quotes).toHaveLength(17);
    } finally {
      await pool.close();
    }
  });

  it("a thread whose heap cannot hold the extractors hands every job to the main thread, and none is lost", async () => {
    const pool = workerExtractor(2, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    try {
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => pool.run(job(i))));
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
      expect(results.map((r) => JSON.parse(r.line).source.id)).toEqual([1, 2, 3, 4, 5]);
      expect(JSON.parse(results[0]!.line).quotes).toHaveLength(17);
    } finally {
      await pool.close();
    }
  });
});
