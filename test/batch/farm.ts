// The fault farm: HTTP servers on several ports of 127.0.0.1 (one "host" each) serving article
// pages and every kind of failure a batch meets. Each server counts requests per path and the
// requests in flight, so tests can check retries and the per-host limit from the server's side.

import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type Kind = "good" | "404" | "flaky" | "429" | "slow" | "reset" | "loop" | "big" | "pdf" | "charset";

/** The kind of URL number i: mostly good pages, with every fault spread over the list. */
export function kindFor(i: number): Kind {
  const r = i % 100;
  if (r === 3) return "429";
  if ([1, 26, 51, 76].includes(r)) return "404";
  if ([2, 27, 52, 77].includes(r)) return "flaky";
  if ([5, 55].includes(r)) return "slow";
  if ([6, 56].includes(r)) return "reset";
  if ([7, 57].includes(r)) return "loop";
  if ([8, 58].includes(r)) return "big";
  if ([9, 59].includes(r)) return "pdf";
  if ([10, 60].includes(r)) return "charset";
  return "good";
}

/** A plain news article: headline, byline, date, and paragraphs with a quote and a link. */
export function articleHtml(n: number, charset = "utf-8"): string {
  return `<!doctype html><html lang="en"><head><meta charset="${charset}"><title>Council approves budget ${n} | The Daily Example</title>
<meta property="og:title" content="Council approves budget ${n}"><meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2025-03-14T09:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Council approves budget ${n}</h1><p class="byline">By Jane Smith</p>
<p>The city council voted on Tuesday to approve a budget of ${n} million dollars for the coming year, after a long debate about road repairs and school funding.</p>
<p>"This budget keeps our promises to every neighbourhood," said Mayor Alice Brown, who proposed it in January.</p>
<p>Opponents said the plan left too little for parks. Council member Tom Green said the city would revisit the question next spring, according to <a href="https://example.org/minutes/${n}">the meeting minutes</a>.</p>
<p>The budget takes effect on July 1, and the council will publish quarterly reports on spending.</p>
</article><footer><p>Copyright The Daily Example</p></footer></body></html>`;
}

export interface Farm {
  ports: number[];
  urls: string[];
  /** Requests per "port path". */
  hits: Map<string, number>;
  /** Most requests in flight at once, per port. */
  maxActive: Map<number, number>;
  /** robots.txt requests per port. */
  robotsHits: Map<number, number>;
  /** When each request to a path arrived (ms since the epoch), in order. */
  times: Map<string, number[]>;
  close(): Promise<void>;
}

export interface FarmOptions {
  hosts: number;
  count: number;
  /** Body size for "big" pages (should be over the run's maxBytes). */
  bigBytes?: number;
  /** robots.txt body served by every host (404 when absent). */
  robots?: string;
  kind?: (i: number) => Kind;
}

export async function startFarm(o: FarmOptions): Promise<Farm> {
  const hits = new Map<string, number>();
  const maxActive = new Map<number, number>();
  const robotsHits = new Map<number, number>();
  const times = new Map<string, number[]>();
  const servers: http.Server[] = [];
  const sockets = new Set<Socket>();
  const ports: number[] = [];
  const kind = o.kind ?? kindFor;
  const big = o.bigBytes ?? 200 * 1024;
  for (let h = 0; h < o.hosts; h++) {
    let active = 0;
    let port = 0;
    const server = http.createServer((req, res) => {
      const path = req.url ?? "/";
      if (path === "/robots.txt") {
        robotsHits.set(port, (robotsHits.get(port) ?? 0) + 1);
        if (o.robots === undefined) { res.statusCode = 404; res.end(); return; }
        res.setHeader("content-type", "text/plain");
        res.end(o.robots);
        return;
      }
      const key = `${port} ${path}`;
      const n = (hits.get(key) ?? 0) + 1;
      hits.set(key, n);
      times.set(key, [...(times.get(key) ?? []), Date.now()]);
      active++;
      maxActive.set(port, Math.max(maxActive.get(port) ?? 0, active));
      let finished = false;
      const done = () => { if (!finished) { finished = true; active--; } };
      res.on("close", done);
      req.on("close", () => { if (res.writableEnded) done(); });
      const m = /^\/(\w+)\/(\d+)(\/b)?$/.exec(path);
      const k = m ? (m[1] as Kind) : "404";
      const i = m ? Number(m[2]) : 0;
      const html = (body: string, type = "text/html; charset=utf-8") => {
        res.setHeader("content-type", type);
        res.end(body);
      };
      switch (k) {
        case "good": return html(articleHtml(i));
        case "404": res.statusCode = 404; return res.end("not here");
        case "flaky":
          if (n === 1) { res.statusCode = 500; return res.end("oops"); }
          return html(articleHtml(i));
        case "429":
          if (n === 1) { res.statusCode = 429; res.setHeader("retry-after", "1"); return res.end("slow down"); }
          return html(articleHtml(i));
        case "slow": {
          // Headers and a first chunk at once, then nothing: the body outlasts any small timeout.
          res.setHeader("content-type", "text/html");
          res.write("<!doctype html><html><body><p>Loading");
          const t = setTimeout(() => res.end("</p></body></html>"), 30_000);
          res.on("close", () => clearTimeout(t));
          return;
        }
        case "reset": done(); req.socket.destroy(); return;
        case "loop":
          res.statusCode = 302;
          res.setHeader("location", m?.[3] ? `/loop/${i}` : `/loop/${i}/b`);
          return res.end();
        case "big":
          res.setHeader("content-type", "text/html");
          if (i % 2) res.setHeader("content-length", String(big));
          return res.end("<p>" + "x".repeat(big - 3));
        case "pdf": return html("%PDF-1.4\n%âãÏÓ\n", "application/pdf");
        case "charset": return html(articleHtml(i), "text/html; charset=x-no-such-charset");
      }
      res.statusCode = 404;
      res.end();
    });
    // Longer than any test run: a server closing an idle keep-alive socket just as the client
    // reuses it is a real reset, and would be retried, blurring the retry counts under test.
    server.keepAliveTimeout = 120_000;
    server.on("connection", (s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    ports.push(port);
    servers.push(server);
  }
  const urls = Array.from({ length: o.count }, (_, i) => `http://127.0.0.1:${ports[i % o.hosts]}/${kind(i)}/${i}`);
  return {
    ports, urls, hits, maxActive, robotsHits, times,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}

/** Requests the farm saw for a URL (its first path only; redirect hops count on their own paths). */
export function hitsFor(farm: Farm, url: string): number {
  const u = new URL(url);
  return farm.hits.get(`${u.port} ${u.pathname}`) ?? 0;
}

/** The error code a URL of this kind must end with (null: a success). */
export function expectedCode(kind: Kind): string | null {
  switch (kind) {
    case "good": case "flaky": case "429": case "charset": return null;
    case "404": return "http_404";
    case "slow": return "timeout";
    case "reset": return "connection";
    case "loop": return "too_many_redirects";
    case "big": return "too_large";
    case "pdf": return "not_html";
  }
}

/** Requests a URL of this kind must cost with `retries` retries. */
export function expectedHits(kind: Kind, retries: number): number {
  switch (kind) {
    case "flaky": case "429": return 2;
    case "slow": case "reset": return retries + 1;
    default: return 1;
  }
}
