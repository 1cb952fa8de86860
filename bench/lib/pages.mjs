// The pages every engine is timed on, read and decoded before any timing starts: the pages of
// ../shared/eval/corpus (all datasets; a fixed, evenly spaced sample unless --all), or the
// repo's fixtures/*/page.html when ../shared is absent. Decoding uses our own decodeHtml so
// every engine gets the same string.

import fs from "node:fs";
import path from "node:path";

/**
 * @param {{ root: string, shared: string, sample: number | null }} o  sample: null = every page
 * @returns {{ source: string, pages: { id: string, dataset: string, url: string, html: string, bytes: number }[], available: number }}
 */
export async function loadPages({ root, shared, sample }) {
  const { decodeHtml } = await import(path.join(root, "dist/document/decode.js"));
  const corpus = path.join(shared, "eval/corpus");
  const files = fs.existsSync(corpus) ? corpusFiles(corpus) : fixtureFiles(root);
  const source = fs.existsSync(corpus) ? corpus : path.join(root, "fixtures");
  const picked = sample && files.length > sample ? evenlySpaced(files, sample) : files;
  const pages = picked.map((f) => {
    const bytes = fs.readFileSync(f.file);
    return { id: f.id, dataset: f.dataset, url: f.url, html: decodeHtml(bytes, null).html, bytes: bytes.length };
  });
  return { source, pages, available: files.length };
}

function corpusFiles(corpus) {
  const out = [];
  for (const dataset of fs.readdirSync(corpus).sort()) {
    const dir = path.join(corpus, dataset, "pages");
    if (!fs.existsSync(dir)) continue;
    const urls = goldUrls(path.join(corpus, dataset, "gold.jsonl"));
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".html")).sort()) {
      const id = name.slice(0, -".html".length);
      out.push({ id, dataset, file: path.join(dir, name), url: urls.get(id) ?? fallbackUrl(id) });
    }
  }
  return out;
}

function fixtureFiles(root) {
  const dir = path.join(root, "fixtures");
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort()
    .filter((n) => fs.existsSync(path.join(dir, n, "page.html")))
    .map((n) => {
      const expected = path.join(dir, n, "expected.json");
      let url = null;
      try { url = JSON.parse(fs.readFileSync(expected, "utf8"))?.source?.url ?? null; } catch { /* no expected.json */ }
      return { id: n, dataset: "fixtures", file: path.join(dir, n, "page.html"), url: url ?? fallbackUrl(n) };
    });
}

function goldUrls(file) {
  const m = new Map();
  if (!fs.existsSync(file)) return m;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    if (g.id && typeof g.url === "string" && /^https?:\/\//.test(g.url)) m.set(g.id, g.url);
  }
  return m;
}

// Postlight refuses a page without a valid URL; a made-up one on a reserved domain serves.
function fallbackUrl(id) {
  return `https://example.com/${encodeURIComponent(id)}`;
}

/** n items at even steps through the list (so every dataset is represented in proportion). */
function evenlySpaced(list, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(list[Math.floor((i * list.length) / n)]);
  return out;
}
