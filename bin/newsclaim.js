#!/usr/bin/env node
// The executable: everything happens in the compiled CLI.
import { main } from "../dist/cli/main.js";

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // main() maps every known failure to an exit code; reaching here is a bug.
    process.stderr.write(`newsclaim: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
