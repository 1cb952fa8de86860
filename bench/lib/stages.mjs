// Our stages one by one, imported from dist, and wired the way src/extract.ts wires them
// (extractDoc): parse → metadata → body → quotes → dates → links → said-on → record. If
// extract.ts changes how a stage is called, change this file to match.

import path from "node:path";

export const STAGES = ["parse", "metadata", "body", "quotes", "dates", "links", "said-on", "record"];

export async function loadStages(root) {
  const d = (p) => import(path.join(root, "dist", p));
  const { parseDocument } = await d("document/document.js");
  const { extractMeta } = await d("article/meta/index.js");
  const { extractBody } = await d("article/body/index.js");
  const { findQuotes } = await d("extract/quotes/index.js");
  const { findDates, saidOn } = await d("extract/dates/index.js");
  const { buildRecord } = await d("record/build.js");
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
  // findDates returned the list at first, { dates, warnings } later: take either.
  const dates = (article, ctx) => {
    const r = findDates(article, ctx);
    return Array.isArray(r) ? r : r.dates;
  };
  const links = (article, q) => findLinks(article, q.quotes);
  const said = (article, q, ds) => saidOn(q.quotes, ds, article);
  const record = (page, article, q, so, ds, ls) => buildRecord({
    source: { input: page.url, url: article.doc.url, fetched_at: null }, article, quotes: q, saidOn: so, dates: ds, links: ls,
    warnings: [...article.warnings], includeText: false,
  });

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
    const ds = t("dates", () => dates(article, ctx));
    const ls = t("links", () => links(article, q));
    const so = t("said-on", () => said(article, q, ds));
    t("record", () => record(page, article, q, so, ds, ls));
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
    if (stage === "quotes" || stage === "dates") return out;
    out.q = quotes(out.article, out.ctx);
    if (stage === "links") return out;
    out.ds = dates(out.article, out.ctx);
    if (stage === "said-on") return out;
    out.ls = links(out.article, out.q);
    out.so = said(out.article, out.q, out.ds);
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
    "said-on": (p) => said(p.article, p.q, p.ds),
    record: (p) => record(p.page, p.article, p.q, p.so, p.ds, p.ls),
  };

  return { pipeline, prepare, alone };
}
