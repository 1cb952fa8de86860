// Hand-built articles for the link tests: paragraphs written with [anchor](href) marks, so a test
// reads like the text it is about. href is resolved against the article URL the way the body
// stage does (unusable ones arrive with url null); sentences come from the real splitter.
import { parseDocument } from "../../src/document/document.js";
import type { Article, ArticleMeta, AsideLink, Block, BlockKind, LinkSpan, Span } from "../../src/article/types.js";
import type { Place, Quote } from "../../src/extract/quotes/types.js";
import { splitSentences } from "../../src/text/sentences.js";

const UNUSABLE = /^(javascript|data|mailto|tel|sms|about|blob|file):/i;

/** The body stage's rule, restated: what the links module receives as LinkSpan.url. */
function spanUrl(href: string, base: string | null): string | null {
  const h = href.trim();
  if (!h || h.startsWith("#") || UNUSABLE.test(h)) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** "Peskov [told](https://x/1) reporters" → text without marks, and one LinkSpan per mark. */
export function marked(source: string, base: string | null, media: ReadonlySet<string> = new Set()): { text: string; links: LinkSpan[] } {
  let text = "";
  const links: LinkSpan[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("[", i);
    const mid = open < 0 ? -1 : source.indexOf("](", open);
    const close = mid < 0 ? -1 : source.indexOf(")", mid);
    if (open < 0 || mid < 0 || close < 0) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    const anchor = source.slice(open + 1, mid);
    const href = source.slice(mid + 2, close);
    const start = text.length;
    text += anchor;
    links.push({ url: spanUrl(href, base), href, text: anchor, start, end: text.length, isMedia: media.has(href) });
    i = close + 1;
  }
  return { text, links };
}

export interface ParagraphSpec {
  text: string;
  kind?: BlockKind;
  /** hrefs whose anchors wrap an image rather than words. */
  media?: string[];
  /** Sentence spans, when the test knows them (skips the splitter, which is slow on 100 KB+ text). */
  sentences?: (text: string) => Span[];
}

export function makeArticle(url: string | null, paragraphs: (string | ParagraphSpec)[], asides: AsideLink[] = []): Article {
  const doc = parseDocument("<html><body></body></html>", { url });
  const blocks: Block[] = paragraphs.map((p, index) => {
    const spec = typeof p === "string" ? { text: p } : p;
    const { text, links } = marked(spec.text, doc.baseUrl, new Set(spec.media ?? []));
    return { index, kind: spec.kind ?? "paragraph", text, links, sentences: spec.sentences ? spec.sentences(text) : splitSentences(text, "en") };
  });
  const meta: ArticleMeta = {
    title: null, site: null, authors: [], published: null, publishedSource: null, modified: null,
    language: "en", canonicalUrl: null, description: null,
  };
  return { doc, meta, blocks, asideLinks: asides, warnings: [] };
}

/** Where `needle` stands in paragraph `paragraph` of `article` (the nth occurrence, from 0). */
export function placeOf(article: Article, paragraph: number, needle: string, nth = 0): Place {
  const text = article.blocks[paragraph]!.text;
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in paragraph ${paragraph}`);
  }
  return { paragraph, start: at, end: at + needle.length };
}

/** A quote as the quotes extractor would hand it over; places are found by their words. */
export function makeQuote(article: Article, paragraph: number, parts: { text: string; cue?: string; mention?: string; attribution?: string; type?: Quote["type"] }): Quote {
  return {
    type: parts.type ?? "indirect",
    text: parts.text,
    place: placeOf(article, paragraph, parts.text),
    cue: parts.cue ?? null,
    cuePlace: parts.cue ? placeOf(article, paragraph, parts.cue) : null,
    mention: parts.mention ?? null,
    mentionPlace: parts.mention ? placeOf(article, paragraph, parts.mention) : null,
    attribution: parts.attribution ? placeOf(article, paragraph, parts.attribution) : null,
    speaker: null,
  };
}
