// The body container → blocks: one per paragraph, heading, list item, block quote; each with
// its text, its inline links as offsets into that text, and its sentences.

import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { AsideLink, Block, BlockKind, LinkSpan } from "../types.js";
import { resolveUrl } from "../../document/document.js";
import { splitSentences } from "../../text/sentences.js";
import { isBoilerplate, isRelatedBox, isSkipped } from "./boilerplate.js";
import { RELATED_WORDS } from "./body.data.js";
import { EMBED_CLASSES, EMBED_PARENT_CLASSES, EMBED_SELECTOR, MEDIA_CONTAINERS } from "./embeds.data.js";

interface Builder {
  kind: BlockKind;
  element: Element | undefined;
  parts: string[];
  length: number;
  links: LinkSpan[];
  /** For a block of an embedded post: the post's author, when the embed names one. */
  embedAuthor?: string | null;
}

const KIND_OF: Readonly<Record<string, BlockKind>> = {
  h1: "heading", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading",
  li: "list-item", dt: "list-item", dd: "list-item", blockquote: "blockquote", pre: "preformatted",
};

export interface BlockOptions {
  baseUrl: string | null;
  language: string;
  /** Containers to leave out although their class says nothing (menus, galleries, player controls). */
  isNoise?: (el: Element) => boolean;
  /** Stop reading once the blocks hold this many characters (a page of megabytes of text). */
  maxChars?: number;
  /** Stop reading once this many blocks are read. */
  maxBlocks?: number;
}

export interface ReadResult {
  blocks: Block[];
  asideLinks: AsideLink[];
  /** Reading stopped at maxChars or maxBlocks, before the end of the container. */
  truncated?: boolean;
}

/** Read the blocks of a container, skipping boilerplate inside it (related boxes keep their links aside). */
export function readBlocks($: CheerioAPI, root: Element, opts: BlockOptions): ReadResult {
  const blocks: Block[] = [];
  const asideLinks: AsideLink[] = [];
  let current: Builder | null = null;

  // The author of the embedded post being read (undefined outside one).
  let embedAuthor: string | null | undefined;

  const flush = () => {
    if (!current) return;
    const built = finish(current, blocks.length, opts.language);
    if (built) {
      blocks.push(built);
      chars += built.text.length;
    }
    // A paragraph with no text whose links wrap images ("<p><a href=full.jpg><img></a></p>"):
    // not a paragraph of article.text, but its links are the article's media.
    else asideLinks.push(...textlessMedia(current, blocks.length));
    current = null;
  };
  const open = (kind: BlockKind, element: Element | undefined): Builder => {
    if (!current) {
      current = { kind, element, parts: [], length: 0, links: [] };
      if (kind === "embed") current.embedAuthor = embedAuthor ?? null;
    }
    return current;
  };
  const append = (s: string, kind: BlockKind, element: Element | undefined) => {
    const b = open(kind, element);
    b.parts.push(s);
    b.length += s.length;
  };

  // Iterative walk with an explicit stack: pages nest 5,000 deep.
  type Frame = { node: AnyNode; kind: BlockKind; exit?: () => void };
  const stack: Frame[] = [{ node: root, kind: "paragraph" }];
  let chars = 0;
  const maxChars = opts.maxChars ?? Infinity;
  const maxBlocks = opts.maxBlocks ?? Infinity;
  while (stack.length && chars < maxChars && blocks.length < maxBlocks) {
    const frame = stack.pop()!;
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const node = frame.node;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      if (data) append(data, frame.kind, undefined);
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    const embed = tag === "blockquote" && isEmbed(el);
    if (el !== root && !embed && (isSkipped(tag) || isBoilerplate(el) || opts.isNoise?.(el) === true)) {
      if (isRelatedBox(el)) {
        flush();
        asideLinks.push(...relatedLinks($, el, blocks.length, opts.baseUrl));
        continue;
      }
      if (NO_CONTENT.has(tag)) continue;
      // A wrapper left out ("social-embed", a <figure>) may hold an embedded post: read the post.
      const posts = outermost($(el).find(EMBED_SELECTOR).toArray() as Element[], el);
      if (posts.length) {
        for (let i = posts.length - 1; i >= 0; i--) stack.push({ node: posts[i]!, kind: frame.kind });
        continue;
      }
      if (MEDIA_CONTAINERS.has(tag)) {
        flush();
        asideLinks.push(...mediaLinks($, el, blocks.length, opts.baseUrl));
      }
      continue;
    }
    if (tag === "br") {
      append("\n", frame.kind, undefined);
      continue;
    }
    if (tag === "img") continue;
    const isBlock = BLOCK_LIKE.has(tag);
    const kind = embed ? "embed" : KIND_OF[tag] ?? (INHERITED_KINDS.has(frame.kind) ? frame.kind : "paragraph");
    if (isBlock) flush();
    if (tag === "a") {
      const start = (current as Builder | null)?.length ?? 0;
      const href = el.attribs["href"];
      stack.push({
        node: el, kind, exit: () => {
          const b = current as Builder | null;
          if (!b || href === undefined) return;
          const end = b.length;
          const isMedia = end === start && $(el).find("img, picture, video").length > 0;
          // The anchor text is read from the finished block (finish() maps offsets); joining the
          // parts here would be quadratic in a paragraph of thousands of links.
          b.links.push({ url: linkUrl(href, opts.baseUrl), href, text: "", start, end, isMedia });
        },
      });
      if (!current) open(kind, undefined);
    } else if (embed) {
      const outer = embedAuthor;
      stack.push({ node: el, kind, exit: () => { flush(); embedAuthor = outer; } });
      // A post quoted inside another is read as part of it: only the outer post's author is looked up.
      embedAuthor = outer === undefined ? postAuthor(tailText(el, SIGNATURE_TAIL)) : null;
    } else if (isBlock) {
      stack.push({ node: el, kind, exit: flush });
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, kind });
    if (isBlock && KIND_OF[tag]) {
      // Open the block now so that its element and kind are recorded even if it starts with a link.
      open(kind, el);
    }
  }
  flush();
  return stack.length ? { blocks, asideLinks, truncated: true } : { blocks, asideLinks };
}

/**
 * The links of a further-reading box, kept aside as `related`. A box the site's template marks as
 * a recirculation widget (class or id "related-posts", "more-stories", …) that offers several
 * other stories is the site's navigation, not something the article cites (issue 7: nothing from
 * navigation), so it gives none; a single pointer ("Related article: …", one story) or an unmarked
 * list of headlines the writer put in the text keeps its links.
 */
/** Kinds a block inside another takes from it (a paragraph of a block quote is part of the quote). */
const INHERITED_KINDS: ReadonlySet<BlockKind> = new Set(["blockquote", "list-item", "embed"]);

/** Skipped tags with no article content inside (never searched for embedded posts). */
const NO_CONTENT: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"]);

function isEmbed(el: Element): boolean {
  const cls = el.attribs["class"];
  if (cls && cls.toLowerCase().split(/\s+/).some((c) => EMBED_CLASSES.has(c))) return true;
  const parent = el.parent as Element | null;
  const pcls = parent?.type === "tag" ? parent.attribs["class"] : undefined;
  return !!pcls && pcls.toLowerCase().split(/\s+/).some((c) => EMBED_PARENT_CLASSES.has(c));
}

/** The posts not inside another of them (a quoted post is read with the post that quotes it). */
function outermost(posts: Element[], wrapper: Element): Element[] {
  return posts.filter((p) => {
    for (let up = p.parent as Element | null; up && up !== wrapper; up = up.parent as Element | null) {
      if (up.type === "tag" && up.name === "blockquote" && isEmbed(up)) return false;
    }
    return true;
  });
}

/** Most characters of an embedded post's tail searched for its signature line. */
const SIGNATURE_TAIL = 400;

/** The last `max` characters (or a little more) of the text under `el`, read from the end without recursion. */
function tailText(el: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length && length < max) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      parts.push(data);
      length += data.length;
    } else if (node.type === "tag") {
      for (const c of (node as Element).children) stack.push(c);
    }
  }
  return parts.reverse().join("");
}

/**
 * The author an embedded post names in its signature: "— Shay Friedman (@ironshay) August 22,
 * 2013" (X), "A post shared by NASA (@nasa)" (Instagram): the name before the last "(@handle)",
 * else the handle; a bare "@handle" (TikTok) when there is no such pair; null when none.
 */
export function postAuthor(text: string): string | null {
  const tail = text.slice(-SIGNATURE_TAIL).replace(/\s+/g, " ");
  const pairs = [...tail.matchAll(/([^()\u2014\u2013]{0,80})\(@([\w.]{1,30})\)/gu)];
  const last = pairs[pairs.length - 1];
  if (last) {
    let name = last[1]!;
    const by = name.toLowerCase().lastIndexOf(" by ");
    if (by >= 0) name = name.slice(by + 4);
    name = name.replace(/^[\s\-–—:]+/u, "").replace(/[^\p{L}\p{N}.)'’]+$/u, "").trim();
    return name || `@${last[2]}`;
  }
  const handle = /(?:^|\s)@([\w.]{1,30})/u.exec(tail);
  return handle ? `@${handle[1]}` : null;
}

/** A post's signature block ("— Name (@handle) date"): part of the embed, but not what was posted. */
function isSignature(text: string): boolean {
  return /^[\u2014\u2013-]\s/u.test(text) || /\(@[\w.]{1,30}\)/u.test(text) && text.length < 200;
}

/** The image links of a figure (or picture) left out of the text: kept as media, with no anchor text. */
function mediaLinks($: CheerioAPI, box: Element, paragraph: number, baseUrl: string | null): AsideLink[] {
  return ($(box).find("a[href]").toArray() as Element[]).flatMap((a) => {
    if (!$(a).find("img, picture, video").length) return [];
    const href = a.attribs["href"] ?? "";
    const url = linkUrl(href, baseUrl);
    return url ? [{ url, href, text: "", start: 0, end: 0, isMedia: true, paragraph, context: "" }] : [];
  });
}

function textlessMedia(b: Builder, paragraph: number): AsideLink[] {
  return b.links.filter((l) => l.isMedia && l.url).map((l) => ({ ...l, text: "", start: 0, end: 0, paragraph, context: "" }));
}

function relatedLinks($: CheerioAPI, box: Element, paragraph: number, baseUrl: string | null): AsideLink[] {
  const anchors = $(box).find("a[href]").toArray() as Element[];
  const urls = new Set<string>();
  for (const a of anchors) {
    const url = linkUrl(a.attribs["href"] ?? "", baseUrl);
    if (url) urls.add(url);
  }
  if (urls.size >= MIN_WIDGET_STORIES && isMarkedRelated(box)) return [];
  const context = textUnder(box).replace(/\s+/g, " ").trim();
  let from = 0; // anchors come in document order: each is searched for after the one before
  return anchors.flatMap((a) => {
    const href = a.attribs["href"] ?? "";
    const url = linkUrl(href, baseUrl);
    const text = textUnder(a).replace(/\s+/g, " ").trim();
    if (!url) return [];
    const found = context.indexOf(text, from);
    const start = found >= 0 ? found : Math.min(from, context.length);
    if (found >= 0) from = found + text.length;
    return [{ url, href, text, start, end: Math.min(start + text.length, context.length), isMedia: !text && $(a).find("img").length > 0, paragraph, context }];
  });
}

/** The text under `el`, read without recursion (cheerio's text() overflows the stack on deep nesting). */
function textUnder(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") parts.push((node as unknown as { data: string }).data);
    else if (node.type === "tag") {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join("");
}

/** Distinct stories from which a box marked as related is a recirculation widget rather than one pointer. */
const MIN_WIDGET_STORIES = 2;

/** The box's class or id names it a further-reading box (the body's RELATED_WORDS). */
function isMarkedRelated(box: Element): boolean {
  const words = `${box.attribs["class"] ?? ""} ${box.attribs["id"] ?? ""}`.toLowerCase();
  return RELATED_WORDS.some((w) => words.includes(w));
}

const BLOCK_LIKE: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "hr", "center", "address", "figure", "header",
]);

/**
 * The href resolved against the base (<base href>, else the page URL); null when it cannot be
 * followed over http(s). A fragment ("#notes") resolves against the base like any relative href:
 * an in-page anchor then names the page itself, which the link extractor leaves out, while under
 * a <base> that names another page it is a link to that page.
 */
function linkUrl(href: string, base: string | null): string | null {
  const h = href.trim();
  if (!h || h === "#" || /^(javascript|data|mailto|tel|sms|about|blob|file):/i.test(h)) return null;
  const url = resolveUrl(h, base);
  if (!url || !/^https?:/i.test(url)) return null;
  return url;
}

/** JavaScript's \\s (ECMAScript WhiteSpace and LineTerminator) and the zero-width space, by code unit. */
function isCollapsible(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapse white space, remapping link offsets; drop empty blocks. */
function finish(b: Builder, index: number, language: string): Block | null {
  const raw = b.parts.join("");
  // map[i]: where raw[i] lands in the collapsed text. Runs without white space are copied as
  // slices (a character at a time, with a regex test each, was most of the body's reading).
  const map = new Int32Array(raw.length + 1);
  const pieces: string[] = [];
  let length = 0;
  let pendingSpace = false;
  let run = -1;
  for (let i = 0; i < raw.length; i++) {
    map[i] = length + (pendingSpace && length ? 1 : 0);
    if (isCollapsible(raw.charCodeAt(i))) {
      if (run >= 0) {
        pieces.push(raw.slice(run, i));
        run = -1;
      }
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && length) {
      pieces.push(" ");
      length++;
    }
    pendingSpace = false;
    if (run < 0) run = i;
    length++;
  }
  if (run >= 0) pieces.push(raw.slice(run));
  map[raw.length] = length;
  if (!length) return null;
  const out = pieces.join("");
  const links = b.links.map((l) => {
    const start = Math.min(map[l.start] ?? out.length, out.length);
    let end = Math.min(map[l.end] ?? out.length, out.length);
    if (end < start) end = start;
    return { ...l, start, end, text: out.slice(start, end).trim() };
  });
  const block: Block = { index, kind: b.kind, text: out, links, sentences: splitSentences(out, language) };
  if (b.element) block.element = b.element;
  if (b.kind === "embed") block.embedAuthor = isSignature(out) ? null : b.embedAuthor ?? null;
  return block;
}
