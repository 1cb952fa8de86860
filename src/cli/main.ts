// The command line: parse flags, call the library, print, map errors to exit codes.
// Exit codes: 0 ok; 1 the article could not be processed; 2 usage (unknown option, invalid URL
// or scheme, missing file); 130 interrupted.

import { Command, CommanderError, Option } from "commander";
import { errorSpec, isNewsclaimError, toNewsclaimError, ERROR_CODES } from "../errors.js";
import { VERSION, DEFAULTS } from "../options.js";
import { formatJson } from "../output/json.js";
import { formatText } from "../output/text.js";
import { colorFor, Diagnostics, type Streams } from "./stderr.js";
import { byteSize, positiveNumber } from "./numbers.js";
import { registerBatch } from "./batch-command.js";

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

interface SingleFlags {
  url?: string;
  text?: boolean;
  format: "json" | "text";
  pretty?: boolean;
  compact?: boolean;
  color: boolean;
  timeout: number;
  maxBytes: number;
  userAgent?: string;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ newsclaim https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-to-confirm-istanbul-peace-talks-date-a89269
  $ newsclaim saved.html --url https://example.org/news/story --text
  $ curl -s https://example.org/story | newsclaim - --url https://example.org/story
  $ newsclaim story.html --format text
  $ newsclaim https://example.org/story | jq '.quotes[] | {speaker, text}'
  $ newsclaim batch urls.txt --out claims.ndjson --resume

Exit codes: 0 ok, 1 the article could not be processed, 2 usage error, 130 interrupted.
Error codes (in messages and batch error records): ${Object.keys(ERROR_CODES).join(", ")}.
`;

export async function main(argv: string[], streams: Streams = defaultStreams()): Promise<number> {
  const program = new Command();
  let exitCode: number = EXIT.ok;
  const errColor = colorFor(streams.stderr, streams.env, !argv.includes("--no-color"));
  const diag = new Diagnostics(streams.stderr, errColor);

  program
    .name("newsclaim")
    // Program options only before a subcommand: `batch --timeout` must reach batch, not the root command.
    .enablePositionalOptions()
    .description("Turn a news article into structured, attributable claims: quotes, speakers, dates and cited links, as JSON.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .argument("<input>", 'an article URL, a saved HTML file, or "-" for stdin')
    .option("-u, --url <url>", "the page's URL, for a file or stdin: the base for links and the reference for dates (default: the page's canonical or og:url)")
    .option("-t, --text", "add the article body as plain text (article.text)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "text"]).default("json"))
    .option("--pretty", "pretty-print the JSON (default on a terminal)")
    .option("--compact", "one line of JSON (default when piped)")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR is honoured too)")
    .option("--timeout <seconds>", "connect, header and body timeout", positiveNumber("--timeout"), DEFAULTS.timeoutMs / 1000)
    .option("--max-bytes <size>", "largest page accepted (10MB, 512k, …), enforced while downloading", byteSize, DEFAULTS.maxBytes)
    .option("--user-agent <ua>", "User-Agent header", undefined)
    .option("--debug", "print stack traces for errors")
    .addHelpText("after", EXAMPLES)
    .configureOutput({
      writeOut: (s) => streams.stdout.write(s),
      writeErr: (s) => streams.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `newsclaim: ${s}` : s),
    })
    .exitOverride()
    .action(async (input: string, flags: SingleFlags) => {
      exitCode = await runSingle(input, flags, streams, diag);
    });

  registerBatch(program, streams, diag, (code) => { exitCode = code; });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    diag.error(null, `internal error: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failed;
  }
  return exitCode;
}

async function runSingle(input: string, flags: SingleFlags, streams: Streams, diag: Diagnostics): Promise<number> {
  try {
    // Loaded on use: --help and --version should not pay for the whole pipeline.
    const { extractInput } = await import("../api.js");
    const record = await extractInput(input, {
      ...(flags.url === undefined ? {} : { url: flags.url }),
      includeText: Boolean(flags.text),
      timeoutMs: flags.timeout * 1000,
      maxBytes: flags.maxBytes,
      ...(flags.userAgent ? { userAgent: flags.userAgent } : {}),
      stdin: streams.stdin,
    });
    const color = colorFor(streams.stdout, streams.env, flags.color);
    const pretty = flags.compact ? false : flags.pretty ? true : Boolean(streams.stdout.isTTY);
    const out = flags.format === "text" ? formatText(record, color) : formatJson(record, { pretty, color: pretty ? color : null });
    await write(streams.stdout, out + "\n");
    for (const w of record.warnings) if (flags.debug) diag.warn(w);
    return EXIT.ok;
  } catch (err) {
    const e = toNewsclaimError(err, input);
    diag.error(input, e.message + (isNewsclaimError(err) ? ` [${e.code}]` : ""));
    if (flags.debug && err instanceof Error && err.stack) diag.raw(err.stack + "\n");
    return errorSpec(e.code).exit;
  }
}

/** Write and wait; a closed pipe (`newsclaim … | head`) is a normal end, not an error. */
function write(stream: Streams["stdout"], text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.on("error", () => resolve());
    stream.write(text, () => resolve());
  });
}

function defaultStreams(): Streams {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
