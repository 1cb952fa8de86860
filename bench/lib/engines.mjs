// The engines side by side. Each takes a page { html, url } already in memory and does its
// whole job on it; nothing here touches the disk or the network (Postlight is told not to
// follow next-page links, which would fetch).

import path from "node:path";

/** @returns {Promise<{ name: string, key: string, run: (page: {html: string, url: string}) => unknown }[]>} */
export async function loadEngines(root, { peers = true } = {}) {
  const { parseDocument } = await import("htmlparser2");
  const cheerio = await import("cheerio");
  const { extractHtml } = await import(path.join(root, "dist/index.js"));
  const engines = [
    { key: "bare", name: "htmlparser2 parseDocument (floor)", run: (p) => parseDocument(p.html) },
    // cheerio.load as users call it: its default parser is parse5 (ours asks for htmlparser2,
    // which the "parse" stage row shows).
    { key: "cheerio", name: "cheerio.load (default: parse5)", run: (p) => cheerio.load(p.html) },
    { key: "ours", name: "newsclaim extractHtml (full)", run: (p) => extractHtml(p.html, p.url) },
  ];
  if (!peers) return engines;
  const Parser = (await import("@postlight/parser")).default;
  const { Readability } = await import("@mozilla/readability");
  const { JSDOM, VirtualConsole } = await import("jsdom");
  engines.push(
    {
      key: "postlight", name: "@postlight/parser",
      run: (p) => Parser.parse(p.url, { html: p.html, fetchAllPages: false }),
    },
    {
      key: "readability", name: "@mozilla/readability + jsdom",
      run: (p) => {
        // A silent console: jsdom reports every stylesheet it cannot parse.
        const dom = new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() });
        try {
          return new Readability(dom.window.document).parse();
        } finally {
          dom.window.close();
        }
      },
    },
  );
  return engines;
}
