// Made-up inputs: a page grown k× (its body paragraphs repeated) for the linearity check, and
// the adversarial pages that must each go through the full extraction in under a second.

import { load } from "cheerio";

/** The page with the paragraphs of its paragraph-richest element repeated k times in place. */
export function scaleBody(html, k) {
  if (k === 1) return html;
  const $ = load(html);
  let best = null;
  let most = 0;
  $("p").parent().each((_, el) => {
    const n = $(el).children("p").length;
    if (n > most) { most = n; best = el; }
  });
  if (!best) return html;
  const ps = $(best).children("p");
  const copies = [];
  for (let i = 1; i < k; i++) copies.push(ps.clone());
  ps.last().after(copies.flatMap((c) => c.toArray()));
  return $.html();
}

const SENTENCE = "“We are ready to continue the talks,” Kremlin spokesman Dmitry Peskov told reporters on Thursday, "
  + "adding that Moscow had sent its memorandum on May 28, <a href=\"https://example.com/news/PATH\">Interfax reported</a>. "
  + "Ukraine said it would decide by next week whether to attend.";

function page(body, title = "Adversarial page") {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>`
    + `<meta property="article:published_time" content="2025-05-29T10:00:00Z"></head>`
    + `<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>`
    + `<p>${SENTENCE.replace("PATH", "intro")}</p>${body}</article></main><footer>© Example</footer></body></html>`;
}

const KB = 1024;

function repeatTo(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/**
 * The page as a read or a fetch gives it: one flat string decoded from bytes. The generator's
 * concatenations leave a rope that V8 flattens on the first regex over it, inside the timed
 * extraction (~55 ms for the 5 MB page), a cost no page read from disk or network has.
 */
const asRead = (html) => Buffer.from(html, "utf8").toString("utf8");

/** @returns {{ name: string, html: string }[]} */
export function adversarialPages() {
  return generatedPages().map((p) => ({ ...p, html: asRead(p.html) }));
}

function generatedPages() {
  const paras5mb = [];
  let size = 0;
  for (let i = 0; size < 5 * KB * KB; i++) {
    const p = `<p>${SENTENCE.replace("PATH", String(i))}</p>\n`;
    paras5mb.push(p);
    size += Buffer.byteLength(p);
  }
  let nested = "";
  for (let i = 0; i < 5000; i++) nested += `<div class="c${i % 7}">Level ${i} says “more. `;
  nested += `<p>${SENTENCE.replace("PATH", "deep")}</p>` + "</div>".repeat(5000);
  const nodes = [];
  for (let i = 0; i < 25000; i++) nodes.push(`<p>Item ${i} <a href="/n/${i}">link ${i}</a></p>`);
  return [
    { name: "100 KB of straight quotes \" (one paragraph)", html: page(`<p>${repeatTo('"', 100 * KB)}</p>`) },
    { name: "100 KB of unclosed “ with words", html: page(`<p>${repeatTo("“we will ", 100 * KB)}</p>`) },
    { name: "100 KB of mixed unbalanced « „ ‘ “ \" ”", html: page(`<p>${repeatTo("« he said „ that ‘ it “ was \" not ” ", 100 * KB)}</p>`) },
    { name: "100 KB of spaces and &nbsp;", html: page(`<p>Peskov said ${repeatTo(" &nbsp; \t ", 100 * KB)} “no”.</p>`) },
    { name: "5 MB page (article paragraphs)", html: page(paras5mb.join("")) },
    { name: "5,000-deep nesting", html: page(nested) },
    { name: "50,000 nodes (25,000 <p><a>)", html: page(nodes.join("")) },
  ];
}
