// `newsclaim batch`: first slice, one input at a time; the batch issue replaces this with the
// scheduler in src/batch/.

import type { Command } from "commander";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { extractInput } from "../api.js";
import { buildErrorRecord } from "../record/build.js";
import { toNewsclaimError } from "../errors.js";
import type { Diagnostics, Streams } from "./stderr.js";

export function registerBatch(program: Command, streams: Streams, diag: Diagnostics, setExit: (code: number) => void): void {
  program
    .command("batch")
    .description("extract every URL or file listed in a file (one a line), writing NDJSON")
    .argument("<list>", 'a file of URLs or paths, one a line, or "-" for stdin')
    .action(async (list: string) => {
      const lines = createInterface({ input: list === "-" ? streams.stdin : createReadStream(list), crlfDelay: Infinity });
      let failed = 0;
      for await (const raw of lines) {
        const input = raw.trim();
        if (!input || input.startsWith("#")) continue;
        try {
          const record = await extractInput(input);
          streams.stdout.write(JSON.stringify(record) + "\n");
        } catch (err) {
          failed++;
          const e = toNewsclaimError(err, input);
          streams.stdout.write(JSON.stringify(buildErrorRecord({ input, url: null, fetched_at: null }, e)) + "\n");
        }
      }
      if (failed) diag.error(null, `${failed} inputs failed`);
      setExit(failed ? 1 : 0);
    });
}
