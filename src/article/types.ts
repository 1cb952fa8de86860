// What the article stage hands to every extractor: the metadata, and the body as blocks. Each
// block is one paragraph of article.text (paragraphs are separated by a blank line there), with
// its inline links and its sentences as character offsets into `text`, so the quote, date and
// link extractors all speak about the same units and offsets.

import type { Element } from "domhandler";
import type { Doc } from "../document/document.js";

export interface ArticleMeta {
  title: string | null;
  site: string | null;
  authors: string[];
  /** ISO 8601, as precise as the page gives. */
  published: string | null;
  /** Which rule found `published` ("json-ld", "meta", "time", "byline", "url", …). */
  publishedSource: string | null;
  modified: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

export interface LinkSpan {
  /** Absolute URL, or null when the href cannot be followed (javascript:, broken, no base). */
  url: string | null;
  /** The href as written. */
  href: string;
  text: string;
  /** Offsets of the anchor text within the block's text. */
  start: number;
  end: number;
  /** The link wraps an image, video or other media rather than words. */
  isMedia: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = "paragraph" | "heading" | "list-item" | "blockquote" | "preformatted" | "embed" | "table";

export interface Block {
  /** Position in article.text, from 0. */
  index: number;
  kind: BlockKind;
  text: string;
  links: LinkSpan[];
  sentences: Span[];
  /** For embedded posts (tweets, Instagram, …): the post's author as the embed names them. */
  embedAuthor?: string | null;
  /** The element the block was read from (read-only). */
  element?: Element;
}

/**
 * A link the body keeps outside its paragraphs: from a further-reading box inside it ("Related
 * article: …", "Read more"), or an image link from a figure or a paragraph with no text
 * (isMedia true, empty text and context).
 */
export interface AsideLink extends LinkSpan {
  /** The paragraph the box stands before (blocks.length when it closes the body). */
  paragraph: number;
  /** The box's own text ("Related article: Mariupol Siege Air Commander Killed…"). */
  context: string;
}

export interface Article {
  readonly doc: Doc;
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  /** Links of related-story boxes inside the body: not article text, but reported as `related` links. */
  readonly asideLinks: readonly AsideLink[];
  /** Non-fatal problems met so far (no body found, no publish date, …). */
  readonly warnings: readonly string[];
}
