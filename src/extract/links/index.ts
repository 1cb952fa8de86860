import type { Article } from "../../article/types.js";
import type { Quote } from "../quotes/types.js";
import type { Link } from "./types.js";

/** Every followable link in the body. (First slice: kind and claim not yet judged.) */
export function findLinks(article: Article, _quotes: readonly Quote[]): Link[] {
  const links: Link[] = [];
  for (const block of article.blocks) {
    for (const l of block.links) {
      if (!l.url) continue;
      const sentence = block.sentences.find((s) => l.start >= s.start && l.start < s.end);
      links.push({
        url: l.url, cleanUrl: l.url, text: l.text, kind: l.isMedia ? "media" : "citation", internal: false,
        paragraph: block.index, sentence: sentence ? block.text.slice(sentence.start, sentence.end) : block.text,
        start: l.start, end: l.end, quote: null,
      });
    }
  }
  return links;
}
