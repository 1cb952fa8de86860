// One undici dispatcher per run, passed down (never installed globally). EnvHttpProxyAgent reads
// HTTP_PROXY, HTTPS_PROXY and NO_PROXY itself, and is a plain Agent when they are unset.

import { EnvHttpProxyAgent, type Dispatcher } from "undici";

export interface AgentOptions {
  timeoutMs: number;
  /** Most sockets kept per origin (batch sets its --per-host here). */
  connections?: number;
}

export function createAgent(opts: AgentOptions): Dispatcher {
  return new EnvHttpProxyAgent({
    connectTimeout: opts.timeoutMs,
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    ...(opts.connections ? { connections: opts.connections } : {}),
  });
}
