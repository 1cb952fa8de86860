// Our stages one by one, imported from dist, and wired the way src/extract.ts wires them
// (extractDoc): parse → metadata → body → quotes → dates → links. If extract.ts changes how a
// stage is called, change `pipeline` here to match.

import path from "node:path";

export const STAGES = ["parse", "metadata", "body", "quotes", "dates", "links"];

export async function loadStages(root) {
  const d = (p) => import(path.join(root, "dist", p));
  const { parseDocument } = await d("document/document.js");
  const { extractMeta } = await d("article/meta/index.js");
  const { extractBody } = await d("article/body/index.js");
  const { findQuotes } = await d("extract/quotes/index.js");
  const { findDates } = await d("extract/dates/index.js");
  const { findLinks } = await d("extract/links/index.js");

  const parse = (page) => parseDocument(page.html, { url: page.url, headers: {} });
  const metadata = (doc) => extractMeta(doc);
  const body = (doc, meta) => extractBody(doc, meta.language);
  const articleOf = (doc, meta, b) => ({ doc, meta, blocks: b.blocks, asideLinks: b.asideLinks, warnings: [...b.warnings] });
  const ctxOf = (meta) => ({
    language: (meta.language ?? "en").split("-")[0],
    reference: meta.published ? { value: meta.published, source: "published" } : null,
  });
  const quotes = (article, ctx) => findQuotes(article, ctx);
  const dates = (article, ctx) => findDates(article, ctx);
  const links = (article, q) => findLinks(article, q.quotes);

  /** Run every stage on one page; with `clock`, each stage's CPU ms is recorded under its name. */
  function pipeline(page, clock = null) {
    const t = (name, fn) => {
      if (!clock) return fn();
      const c0 = process.cpuUsage();
      const out = fn();
      const c = process.cpuUsage(c0);
      clock[name] = (c.user + c.system) / 1000; // CPU ms, as in timing.mjs
      return out;
    };
    const doc = t("parse", () => parse(page));
    const meta = t("metadata", () => metadata(doc));
    const b = t("body", () => body(doc, meta));
    const article = articleOf(doc, meta, b);
    const ctx = ctxOf(meta);
    const q = t("quotes", () => quotes(article, ctx));
    t("dates", () => dates(article, ctx));
    t("links", () => links(article, q));
    return { doc, meta, b, article, ctx, q };
  }

  /**
   * Inputs for one stage alone: the stages before it run on a fresh parse (the stages after it
   * do not), so a stage that memoises per Doc sees exactly what it sees in the pipeline.
   */
  function prepare(stage, page) {
    const out = { page };
    if (stage === "parse") return out;
    out.doc = parse(page);
    if (stage === "metadata") return out;
    out.meta = metadata(out.doc);
    if (stage === "body") return out;
    const b = body(out.doc, out.meta);
    out.article = articleOf(out.doc, out.meta, b);
    out.ctx = ctxOf(out.meta);
    if (stage !== "links") return out;
    out.q = quotes(out.article, out.ctx);
    return out;
  }

  /** Run one stage on prepare()'s output. */
  const alone = {
    parse: (p) => parse(p.page),
    metadata: (p) => metadata(p.doc),
    body: (p) => body(p.doc, p.meta),
    quotes: (p) => quotes(p.article, p.ctx),
    dates: (p) => dates(p.article, p.ctx),
    links: (p) => links(p.article, p.q),
  };

  return { pipeline, prepare, alone };
}
