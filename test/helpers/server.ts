// A throwaway HTTP server on 127.0.0.1 (never any other address) for fetch and CLI tests.
// Routes are plain handlers keyed by path; every request is logged so tests can see headers.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  /** Requests seen so far: path and headers. */
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push({ path, headers: req.headers });
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not here</h1>");
      return;
    }
    handler(req, res);
  });
  server.on("connection", (s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + p,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A small, realistic article page. */
export function articlePage(title: string, body: string, head = ""): string {
  return `<!DOCTYPE html><html lang="en"><head>${head}<title>${title}</title>` +
    `<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-05-29T10:00:00Z"></head>` +
    `<body><article><h1>${title}</h1>${body}</article></body></html>`;
}
