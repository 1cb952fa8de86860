// Fetching against a local server on 127.0.0.1: redirects, compression, charsets, HTTP errors,
// timeouts, the size limit while streaming, content types, bad URLs, a refused connection.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, closedPort, startServer, type Handler, type TestServer } from "./helpers/server.js";
import { loadLib, type Lib } from "./helpers/repo.js";

// The library honours HTTP_PROXY/HTTPS_PROXY; a proxy must never see these loopback requests.
process.env.NO_PROXY = [process.env.NO_PROXY, "127.0.0.1", "localhost"].filter(Boolean).join(",");

const BODY = `<p>The city council voted on Tuesday to extend the night bus network to three new suburbs, a move ` +
  `transport officials said would serve about 12,000 residents.</p>` +
  `<p>"People who work late shifts have been asking for this for years," said councillor Maria Lopez.</p>`;
const PAGE = articlePage("Night buses extended to three suburbs", BODY);

const html = (body: string | Buffer, type = "text/html; charset=utf-8", extra: Record<string, string> = {}): Handler =>
  (_req, res) => { res.writeHead(200, { "content-type": type, ...extra }).end(body); };
const redirect = (to: string, status = 302): Handler => (_req, res) => { res.writeHead(status, { location: to }).end(); };

// Charset pages: the same Russian, French and Japanese titles and paragraphs in each encoding.
const RU_TITLE = "Городской совет продлил ночные автобусы";
const RU_P = "<p>Городской совет во вторник проголосовал за продление сети ночных автобусов ещё на три района, сообщила пресс-служба мэрии.</p>";
const FR_TITLE = "Le conseil prolonge les bus de nuit à Besançon";
const FR_P = "<p>Le conseil municipal a voté mardi l'extension du réseau de bus de nuit à trois quartiers, a annoncé la mairie, précisant que près de 12 000 habitants étaient concernés.</p>";
const JA_TITLE = "市議会、深夜バスを3地区に延長";
const JA_P = "<p>市議会は火曜日、深夜バスの路線網を新たに3つの地区に延長することを決めた。交通局によると、約1万2千人の住民が利用できるようになるという。</p>";
const page = (title: string, p: string, meta = "") =>
  `<!DOCTYPE html><html><head>${meta}<title>${title}</title></head><body><article><h1>${title}</h1>${p}</article></body></html>`;

// Size-limit server side: how many bytes the endless route wrote before the client hung up.
const endless = { written: 0, closed: false };
const ENDLESS_CAP = 64 * 1024 * 1024; // the server stops by itself after 64 MB whatever happens

let server: TestServer;
let lib: Lib;

beforeAll(async () => {
  lib = await loadLib();
  const routes: Record<string, Handler> = {
    "/ok": html(PAGE),
    "/r1": redirect("/r2", 301),
    "/r2": redirect("r3", 302), // relative Location
    "/r3": redirect("/ok", 307),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/to-ftp": redirect("ftp://127.0.0.1/file.html"),
    "/gzip": (_req, res) => { res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(PAGE)); },
    "/br": (_req, res) => { res.writeHead(200, { "content-type": "text/html", "content-encoding": "br" }).end(zlib.brotliCompressSync(PAGE)); },
    "/deflate": (_req, res) => { res.writeHead(200, { "content-type": "text/html", "content-encoding": "deflate" }).end(zlib.deflateSync(PAGE)); },
    // 20 MB of spaces inside the page, 20 KB on the wire.
    "/gzip-bomb": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
        .end(zlib.gzipSync(Buffer.concat([Buffer.from(PAGE.slice(0, 200)), Buffer.alloc(20 * 1024 * 1024, " "), Buffer.from(PAGE.slice(200))])));
    },
    // Charset from the header only (the page declares nothing).
    "/cs/header-1251": html(iconv.encode(page(RU_TITLE, RU_P), "windows-1251"), "text/html; charset=windows-1251"),
    "/cs/header-sjis": html(iconv.encode(page(JA_TITLE, JA_P), "shift_jis"), "text/html; charset=Shift_JIS"),
    // Charset from <meta> only (no charset in the header).
    "/cs/meta-latin1": html(iconv.encode(page(FR_TITLE, FR_P, '<meta charset="ISO-8859-1">'), "latin1"), "text/html"),
    "/cs/meta-sjis": html(iconv.encode(page(JA_TITLE, JA_P, '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'), "shift_jis"), "text/html"),
    // The header wins over a contradicting <meta>.
    "/cs/header-beats-meta": html(iconv.encode(page(RU_TITLE, RU_P, '<meta charset="utf-8">'), "windows-1251"), "text/html; charset=windows-1251"),
    // A UTF-8 BOM wins over a contradicting <meta>.
    "/cs/bom-beats-meta": html(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(FR_TITLE, FR_P, '<meta charset="windows-1251">'))]), "text/html"),
    "/status/404": (_req, res) => { res.writeHead(404, { "content-type": "text/html" }).end("<h1>Page not found</h1>"); },
    "/status/403": (_req, res) => { res.writeHead(403, { "content-type": "text/html" }).end("<h1>Forbidden</h1>"); },
    "/status/500": (_req, res) => { res.writeHead(500, { "content-type": "text/html" }).end("<h1>Internal error</h1>"); },
    "/status/503": (_req, res) => { res.writeHead(503, { "content-type": "text/html", "retry-after": "120" }).end("<h1>Busy</h1>"); },
    // Headers never come.
    "/slow-headers": () => { /* never answers; the test's timeout ends it and close() destroys the socket */ },
    // Headers at once, then the body stalls half-way.
    "/slow-body": (_req, res) => { res.writeHead(200, { "content-type": "text/html" }); res.write(PAGE.slice(0, 120)); },
    // Keeps sending 64 KB chunks until the client goes away (or the cap).
    "/endless": (req, res) => {
      endless.written = 0; endless.closed = false;
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!DOCTYPE html><html><head><title>Endless</title></head><body><p>");
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (!endless.closed && endless.written < ENDLESS_CAP) {
          endless.written += chunk.length;
          if (!res.write(chunk)) { res.once("drain", pump); return; }
        }
        res.end();
      };
      req.socket.on("close", () => { endless.closed = true; });
      pump();
    },
    "/declared-large": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      res.write("<html>"); // then nothing: the declared length alone must be refused
    },
    "/pdf": html(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "application/pdf"),
    "/json": html('{"title":"Night buses extended"}', "application/json"),
    "/png-untyped": (_req, res) => { res.writeHead(200).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])); },
    "/empty": html(""),
  };
  // A chain of exactly n redirects: /chain/n → /chain/n-1 → … → /chain/0 = the page.
  for (let n = 0; n <= 12; n++) routes[`/chain/${n}`] = n === 0 ? html(PAGE) : redirect(`/chain/${n - 1}`);
  server = await startServer(routes);
});

afterAll(async () => { await server?.close(); });

/** The NewsclaimError code of a failed extract (or "ok"). */
async function failure(url: string, opts: Parameters<Lib["extract"]>[1] = {}): Promise<{ code: string; message: string }> {
  try {
    await lib.extract(url, { timeoutMs: 5_000, ...opts });
    return { code: "ok", message: "" };
  } catch (err) {
    if (!lib.isNewsclaimError(err)) throw err;
    return { code: err.code, message: err.message };
  }
}

describe("a plain fetch", () => {
  it("records the final URL, status, time and encoding, and sends a descriptive User-Agent", async () => {
    const r = await lib.extract(server.url("/ok"), { includeText: true });
    expect(r.article.title).toBe("Night buses extended to three suburbs");
    expect(r.article.text).toContain("extend the night bus network to three new suburbs");
    expect(r.source).toMatchObject({ input: server.url("/ok"), url: server.url("/ok"), status: 200, encoding: "utf-8" });
    expect(Date.parse(r.source.fetched_at ?? "")).not.toBeNaN();
    const ua = server.requests.filter((q) => q.path === "/ok").at(-1)?.headers["user-agent"];
    expect(ua).toMatch(/^newsclaim\/\d+\.\d+\.\d+ /);
  });

  it("sends the User-Agent it is given", async () => {
    await lib.extract(server.url("/ok"), { userAgent: "ExampleResearchBot/2.1 (+mailto:team@example.org)" });
    expect(server.requests.at(-1)?.headers["user-agent"]).toBe("ExampleResearchBot/2.1 (+mailto:team@example.org)");
  });
});

describe("redirects", () => {
  it("follows 301, 302 (relative Location) and 307 and records every URL before the final one", async () => {
    const r = await lib.extract(server.url("/r1"));
    expect(r.source.url).toBe(server.url("/ok"));
    expect(r.source.input).toBe(server.url("/r1"));
    expect(r.source.redirects).toEqual([server.url("/r1"), server.url("/r2"), server.url("/r3")]);
    expect(r.article.title).toBe("Night buses extended to three suburbs");
  });

  it("follows exactly 10 redirects", async () => {
    const r = await lib.extract(server.url("/chain/10"));
    expect(r.source.redirects).toHaveLength(10);
    expect(r.source.url).toBe(server.url("/chain/0"));
  });

  it("refuses an 11th redirect", async () => {
    expect((await failure(server.url("/chain/11"))).code).toBe("too_many_redirects");
  });

  it("stops a redirect loop", async () => {
    const f = await failure(server.url("/loop-a"));
    expect(f.code).toBe("too_many_redirects");
    expect(f.message).toMatch(/loop/);
    // It stopped at the loop, not after ten rounds of it.
    expect(server.requests.filter((q) => q.path.startsWith("/loop-")).length).toBeLessThanOrEqual(3);
  });

  it("refuses a redirect to a non-http scheme", async () => {
    expect((await failure(server.url("/to-ftp"))).code).toBe("unsupported_scheme");
  });
});

describe("compression", () => {
  for (const enc of ["gzip", "br", "deflate"]) {
    it(`decodes a ${enc} body`, async () => {
      const r = await lib.extract(server.url(`/${enc}`), { includeText: true });
      expect(r.article.title).toBe("Night buses extended to three suburbs");
      expect(r.article.text).toContain("People who work late shifts");
      const accept = String(server.requests.at(-1)?.headers["accept-encoding"] ?? "");
      expect(accept).toContain(enc);
    });
  }

  it("applies the size limit to the decompressed body (a gzip bomb)", async () => {
    expect((await failure(server.url("/gzip-bomb"), { maxBytes: 1024 * 1024 })).code).toBe("too_large");
  });
});

describe("charsets: header, then BOM, then <meta>", () => {
  const cases: [string, string, string, string][] = [
    ["windows-1251 from the header", "/cs/header-1251", RU_TITLE, "windows-1251"],
    ["Shift_JIS from the header", "/cs/header-sjis", JA_TITLE, "shift_jis"],
    ["ISO-8859-1 from <meta charset>", "/cs/meta-latin1", FR_TITLE, ""],
    ["Shift_JIS from <meta http-equiv>", "/cs/meta-sjis", JA_TITLE, "shift_jis"],
    ["the header over a contradicting <meta>", "/cs/header-beats-meta", RU_TITLE, "windows-1251"],
    ["a UTF-8 BOM over a contradicting <meta>", "/cs/bom-beats-meta", FR_TITLE, "utf-8"],
  ];
  for (const [what, path, title, encoding] of cases) {
    it(`decodes ${what}`, async () => {
      const r = await lib.extract(server.url(path), { includeText: true });
      expect(r.article.title).toBe(title);
      expect(r.article.text ?? "").not.toMatch(/\uFFFD/);
      if (encoding) expect(r.source.encoding?.replace(/[-_]/g, "").toLowerCase()).toBe(encoding.replace(/[-_]/g, ""));
      // ISO-8859-1 is read as its superset windows-1252, as browsers do.
      else expect(r.source.encoding).toMatch(/^(iso-?8859-1|latin1|windows-1252)$/);
    });
  }
  it("keeps the text's accents and apostrophes (ISO-8859-1 / windows-1252)", async () => {
    const r = await lib.extract(server.url("/cs/meta-latin1"), { includeText: true });
    expect(r.article.text).toContain("Le conseil municipal a voté mardi l'extension du réseau");
  });
});

describe("HTTP errors", () => {
  it("404 → http_404", async () => {
    expect(await failure(server.url("/status/404"))).toEqual({ code: "http_404", message: "HTTP 404 Not Found" });
  });
  it("403 → http_403", async () => {
    expect((await failure(server.url("/status/403"))).code).toBe("http_403");
  });
  it("500 → http_5xx, the message keeps the status", async () => {
    const f = await failure(server.url("/status/500"));
    expect(f.code).toBe("http_5xx");
    expect(f.message).toContain("500");
  });
  it("503 with Retry-After → http_5xx with the delay", async () => {
    const err = await lib.extract(server.url("/status/503")).then(() => null, (e: unknown) => e);
    expect(lib.isNewsclaimError(err)).toBe(true);
    expect(err).toMatchObject({ code: "http_5xx", status: 503, retryAfterMs: 120_000 });
  });
});

describe("timeouts", () => {
  it("times out when the headers never come", async () => {
    expect((await failure(server.url("/slow-headers"), { timeoutMs: 300 })).code).toBe("timeout");
  });
  it("times out when the body stalls", async () => {
    expect((await failure(server.url("/slow-body"), { timeoutMs: 300 })).code).toBe("timeout");
  });
});

describe("the size limit", () => {
  it("is enforced while streaming: the download stops soon after the limit", async () => {
    const f = await failure(server.url("/endless"), { maxBytes: 256 * 1024 });
    expect(f.code).toBe("too_large");
    // Wait (bounded) for the server to see the socket close.
    for (let i = 0; i < 100 && !endless.closed; i++) await new Promise((r) => setTimeout(r, 20));
    expect(endless.closed).toBe(true);
    // Far less than the 64 MB the server would send: the client hung up near the limit (socket
    // buffers on both sides account for a few MB at most).
    expect(endless.written).toBeLessThan(16 * 1024 * 1024);
  });
  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    expect((await failure(server.url("/declared-large"), { maxBytes: 1024 * 1024 })).code).toBe("too_large");
  });
});

describe("content that is not HTML", () => {
  it("application/pdf → not_html", async () => {
    const f = await failure(server.url("/pdf"));
    expect(f.code).toBe("not_html");
    expect(f.message).toContain("application/pdf");
  });
  it("application/json → not_html", async () => {
    expect((await failure(server.url("/json"))).code).toBe("not_html");
  });
  it("binary bytes without a Content-Type → not_html", async () => {
    expect((await failure(server.url("/png-untyped"))).code).toBe("not_html");
  });
  it("an empty 200 body → empty", async () => {
    expect((await failure(server.url("/empty"))).code).toBe("empty");
  });
});

describe("bad URLs and unreachable hosts", () => {
  it("rejects an invalid URL", async () => {
    expect((await failure("http://exa mple.org/news")).code).toBe("invalid_url");
    expect((await failure("https://")).code).toBe("invalid_url");
  });
  it("rejects schemes other than http and https", async () => {
    for (const u of ["ftp://127.0.0.1/story.html", "file:///etc/passwd", "javascript:alert(1)"])
      expect((await failure(u)).code, u).toBe("unsupported_scheme");
  });
  it("reports a refused connection", async () => {
    const port = await closedPort();
    expect((await failure(`http://127.0.0.1:${port}/story`)).code).toBe("connection");
  });
});

describe("proxy variables", () => {
  it("sends requests through HTTP_PROXY (a CONNECT tunnel to a local fake proxy)", async () => {
    // The fake proxy answers CONNECT itself and serves the page over the tunnel: nothing leaves
    // 127.0.0.1. The target, localhost:1, has nothing listening, so a bypassed proxy would fail.
    const tunnels: string[] = [];
    const inner = http.createServer((_req, res) => { res.writeHead(200, { "content-type": "text/html" }).end(PAGE); });
    const proxy = http.createServer((_req, res) => { res.writeHead(405).end(); });
    proxy.on("connect", (req, socket) => {
      tunnels.push(String(req.url));
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      inner.emit("connection", socket);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.NO_PROXY = "";
    const port = await closedPort();
    try {
      const r = await lib.extract(`http://localhost:${port}/story`, { timeoutMs: 5_000 });
      expect(r.article.title).toBe("Night buses extended to three suburbs");
      expect(tunnels).toEqual([`localhost:${port}`]);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
      proxy.closeAllConnections();
      inner.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});
