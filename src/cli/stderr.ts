// Diagnostics on stderr: one line per problem, colour only when stderr is a terminal and
// NO_COLOR / --no-color do not say otherwise.

import { Chalk, type ChalkInstance } from "chalk";

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & AsyncIterable<Uint8Array | string>;
  env: NodeJS.ProcessEnv;
}

/** Colour for a stream, or null: only on a terminal, never with NO_COLOR or --no-color. */
export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, allowed: boolean): ChalkInstance | null {
  if (!allowed || !stream.isTTY) return null;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return null;
  if (env["TERM"] === "dumb") return null;
  return new Chalk({ level: env["FORCE_COLOR"] === "0" ? 0 : 1 });
}

export class Diagnostics {
  constructor(private readonly stderr: Streams["stderr"], private readonly color: ChalkInstance | null) {}

  error(input: string | null, message: string): void {
    const prefix = this.color ? this.color.red.bold("newsclaim:") : "newsclaim:";
    this.stderr.write(`${prefix} ${input ? `${input}: ` : ""}${message}\n`);
  }

  warn(message: string): void {
    const prefix = this.color ? this.color.yellow("newsclaim: warning:") : "newsclaim: warning:";
    this.stderr.write(`${prefix} ${message}\n`);
  }

  raw(text: string): void {
    this.stderr.write(text);
  }
}
