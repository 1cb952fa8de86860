// --robots: robots.txt read once per host (origin) and asked about each URL for our product
// token, with robots-parser (the parser most Node crawlers use). Status handling follows RFC
// 9309 §2.3.1: 2xx → its rules; 4xx → no rules, everything allowed; 5xx or no answer → the
// whole site is treated as disallowed, for this run.

import { fetch, type Dispatcher } from "undici";
import robotsParserModule from "robots-parser";
import { NewsclaimError } from "../errors.js";
import type { HostGate } from "./scheduler.js";

/** RFC 9309 §2.5: crawlers must read at least 500 KiB; the rest is ignored. */
const MAX_ROBOTS_BYTES = 512 * 1024;

// The package is CommonJS (module.exports = fn) while its .d.ts says `export default`; under
// NodeNext TypeScript types the default import as the namespace, so name the function's type here.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;
type Verdict = { kind: "rules"; robot: Robot } | { kind: "all" } | { kind: "none"; why: string };

export interface RobotsDeps {
  dispatcher: Dispatcher;
  userAgent: string;
  timeoutMs: number;
  gate: HostGate;
  signal?: AbortSignal;
  /** Counts the robots.txt request among the run's requests. */
  onRequest?: () => void;
}

/** The longest Crawl-delay honoured; a site asking for more is spaced this far apart. */
const MAX_CRAWL_DELAY_MS = 60_000;

export interface RobotsChecker {
  /**
   * Null when allowed; otherwise the error for the input's record. An allowed URL's host is
   * spaced by the file's Crawl-delay for our token, when it asks for more than --delay.
   */
  check(url: URL): Promise<NewsclaimError | null>;
}

export function robotsChecker(deps: RobotsDeps): RobotsChecker {
  // One promise per origin for the run; concurrent inputs for a host share the one fetch.
  const byOrigin = new Map<string, Promise<Verdict>>();
  const token = deps.userAgent.split(/[/\s]/)[0] || deps.userAgent;
  return {
    async check(url) {
      let verdict = byOrigin.get(url.origin);
      if (!verdict) {
        verdict = load(url, deps);
        byOrigin.set(url.origin, verdict);
      }
      const v = await verdict;
      if (v.kind === "all") return null;
      if (v.kind === "none") return new NewsclaimError("robots", v.why, { url: url.href });
      if (v.robot.isDisallowed(url.href, token)) return new NewsclaimError("robots", `robots.txt disallows this URL for ${token}`, { url: url.href });
      const crawlDelay = v.robot.getCrawlDelay(token);
      if (typeof crawlDelay === "number" && crawlDelay > 0) deps.gate.spaceAtLeast(url.host, Math.min(MAX_CRAWL_DELAY_MS, crawlDelay * 1000));
      return null;
    },
  };
}

async function load(url: URL, deps: RobotsDeps): Promise<Verdict> {
  const robotsUrl = `${url.origin}/robots.txt`;
  let release: (() => void) | undefined;
  try {
    release = await deps.gate.acquire(url.host, deps.signal);
    deps.onRequest?.();
    const deadline = AbortSignal.timeout(deps.timeoutMs);
    const res = await fetch(robotsUrl, {
      dispatcher: deps.dispatcher,
      redirect: "follow",
      signal: deps.signal ? AbortSignal.any([deadline, deps.signal]) : deadline,
      headers: { "user-agent": deps.userAgent, accept: "text/plain,*/*;q=0.5" },
    });
    if (res.status >= 400 && res.status < 500) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: "all" };
    }
    if (res.status >= 500) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: "none", why: `robots.txt answered HTTP ${res.status}; the site is treated as disallowed (RFC 9309)` };
    }
    const text = await readText(res.body);
    return { kind: "rules", robot: robotsParser(robotsUrl, text) };
  } catch (err) {
    const msg = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    return { kind: "none", why: `robots.txt could not be read (${msg}); the site is treated as disallowed (RFC 9309)` };
  } finally {
    release?.();
  }
}

async function readText(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= MAX_ROBOTS_BYTES) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, MAX_ROBOTS_BYTES).toString("utf8");
}
