// The extractors a JavaScript user would pick instead of newsclaim, run on the same page file and
// shaped as a newsclaim record so that ../shared/eval/score.mjs scores all three alike:
// @mozilla/readability (on a jsdom document) and @postlight/parser. Both are dev dependencies,
// loaded lazily so that `npm run eval` without --peers never needs them.
//
// The page bytes are decoded by newsclaim's own decoder (dist/), so that all systems see the
// same text; links are the hrefs of <a> inside the peer's content HTML, resolved.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Each call imports lazily; Node caches the modules, so this is paid once.
const load = async () => ({
  decode: (await import(path.join(root, "dist/document/decode.js"))).decodeHtml,
  cheerio: await import("cheerio"),
});

/** @mozilla/readability on jsdom. */
export async function runReadability(pagePath, url) {
  try {
    const { decode, cheerio } = await load();
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const { Readability } = await import("@mozilla/readability");
    const html = decode(fs.readFileSync(pagePath)).html;
    // A silent virtual console: jsdom reports every CSS parse error of real pages otherwise.
    const dom = new JSDOM(html, { url: url ?? "http://localhost/", virtualConsole: new VirtualConsole() });
    const parsed = new Readability(dom.window.document).parse();
    dom.window.close();
    if (!parsed) return record(pagePath, url, { title: null, site: null, authors: [], published: null, text: null }, [], ["readability found no article"]);
    const content = parsed.content ?? "";
    return record(pagePath, url, {
      title: parsed.title || null,
      site: parsed.siteName || null,
      authors: parsed.byline ? [parsed.byline] : [],
      published: parsed.publishedTime || null,
      text: htmlText(cheerio, content),
    }, contentLinks(cheerio, content, url));
  } catch (err) {
    return errorRecord(pagePath, url, err);
  }
}

/** @postlight/parser with the page's HTML given (no fetch; fetchAllPages off so it never follows "next page"). */
export async function runPostlight(pagePath, url) {
  try {
    const { decode, cheerio } = await load();
    const Parser = (await import("@postlight/parser")).default;
    const html = decode(fs.readFileSync(pagePath)).html;
    const parsed = await Parser.parse(url ?? "http://localhost/", { html, fetchAllPages: false });
    if (!parsed || parsed.error) return errorRecord(pagePath, url, new Error(parsed?.message ?? "postlight returned an error"));
    const content = parsed.content ?? "";
    return record(pagePath, url, {
      title: parsed.title || null,
      site: parsed.domain || null,
      authors: parsed.author ? [parsed.author] : [],
      published: parsed.date_published || null,
      text: htmlText(cheerio, content),
    }, contentLinks(cheerio, content, url));
  } catch (err) {
    return errorRecord(pagePath, url, err);
  }
}

function record(pagePath, url, article, links, warnings = []) {
  return {
    version: 1,
    source: { input: pagePath, url: url ?? null, fetched_at: null },
    article,
    quotes: [],
    speakers: [],
    dates: [],
    links,
    warnings,
  };
}

function errorRecord(pagePath, url, err) {
  return { version: 1, source: { input: pagePath, url: url ?? null, fetched_at: null }, error: { code: "internal", message: String(err?.message ?? err) } };
}

const BLOCKS = "p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, section, article, figure, dd, dt";

/** Content HTML → plain text with paragraphs on their own lines. */
function htmlText(cheerio, html) {
  const $ = cheerio.load(html);
  $(BLOCKS).each((_, el) => {
    $(el).before("\n");
    $(el).after("\n");
  });
  return $.root().text().replace(/[ \t\u00a0]+/g, " ").replace(/\s*\n\s*/g, "\n\n").trim();
}

function contentLinks(cheerio, html, base) {
  const $ = cheerio.load(html);
  const out = [];
  $("a[href]").each((_, a) => {
    const href = ($(a).attr("href") ?? "").trim();
    if (!href || href.startsWith("#") || /^(javascript|mailto|tel|data):/i.test(href)) return;
    let u;
    try {
      u = new URL(href, base ?? undefined).href;
    } catch {
      return;
    }
    if (!/^https?:/.test(u)) return;
    out.push({ url: u, text: $(a).text().replace(/\s+/g, " ").trim() });
  });
  return out;
}
