// What a link is: citation, related, social, media or other. Rules in order, first match wins:
// a further-reading box's link (asideLinks) is related, an image link kept aside is media; a file that is an image, video or document is
// media; a social network's host is social; a link wrapping media is media; a lead-in such as
// "Read more:" or a headline standing alone (list item, teaser line or teaser heading) is
// related; links in headings, code, embeds or with no words are other; what is left stands in
// prose and is a citation.

import type { Block, LinkSpan } from "../../article/types.js";
import type { LinkKind } from "../../record/types.js";
import { FEDIVERSE_LABELS, MEDIA_EXTENSIONS, RELATED_LEADS, SHARE_ENDPOINTS, SOCIAL_HOSTS } from "./links.data.js";

/** A headline list item or standalone headline paragraph: the link is (nearly) all of the block. */
const HEADLINE_COVERAGE = 0.9;
/** Fewest words for a link alone in its paragraph to read as a headline rather than a label. */
const HEADLINE_MIN_WORDS = 4;
/** Block kinds whose links are not statements' sources. */
const NON_PROSE: ReadonlySet<Block["kind"]> = new Set(["heading", "preformatted", "embed"]);

export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, "");
}

/** `host` is `domain` or one of its subdomains. */
export function isHostUnder(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === ".");
}

export function isSocialUrl(url: URL): boolean {
  const host = hostOf(url);
  if (SOCIAL_HOSTS.some((d) => isHostUnder(host, d))) return true;
  return host.split(".").some((label) => FEDIVERSE_LABELS.includes(label));
}

/** A "share this" button's URL (never a cited link). */
export function isShareUrl(url: URL): boolean {
  const host = hostOf(url);
  const path = url.pathname.toLowerCase();
  return SHARE_ENDPOINTS.some((e) => isHostUnder(host, e.host) && path.startsWith(e.path));
}

export function hasMediaExtension(url: URL): boolean {
  const path = url.pathname;
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  if (dot <= slash) return false;
  return MEDIA_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** The text before the link opens with a further-reading lead ("Related article:", "READ MORE »"). */
export function hasRelatedLead(before: string): boolean {
  const lead = leadKey(before);
  return lead !== "" && RELATED_LEADS.includes(lead);
}

/** The link's own words are a further-reading label ("Read more", "See also: …"). */
function isRelatedLabel(text: string): boolean {
  if (RELATED_LEADS.includes(leadKey(text))) return true;
  const colon = text.indexOf(":");
  return colon > 0 && RELATED_LEADS.includes(leadKey(text.slice(0, colon)));
}

/** Longest text before a link that can still be a further-reading lead-in. */
const MAX_LEAD = 40;

/** Lower case, curly apostrophes straightened, trailing separators (": › » - | …") dropped. */
function leadKey(s: string): string {
  if (s.length > MAX_LEAD) return "";
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s:›»>|\-–—.…]+$/u, "").replace(/^[\s\-–—•|]+/u, "").replace(/\s+/g, " ");
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isUrlText(s: string): boolean {
  return /^\s*(?:https?:\/\/|www\.)\S*\s*$/i.test(s);
}

/** What linkKind needs of the block, computed once per block (a paragraph may hold thousands of links). */
export interface BlockFacts {
  block: Block;
  /** Characters of the block's text that are not white space. */
  visible: number;
}

export function blockFacts(block: Block): BlockFacts {
  return { block, visible: countNonSpace(block.text) };
}

function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!/\s/.test(s[i]!)) n++;
  return n;
}

/** The link stands alone as a headline: a list of headlines, or a teaser line. */
function isHeadline(span: LinkSpan, facts: BlockFacts): boolean {
  const { block } = facts;
  const all = facts.visible;
  const own = countNonSpace(span.text);
  if (all === 0 || own / all < HEADLINE_COVERAGE || isUrlText(span.text)) return false;
  if (block.kind === "list-item") return wordCount(span.text) >= 3;
  // Teaser cards put each headline in a heading of its own ("<h3><a>Headline</a></h3>").
  return (block.kind === "paragraph" || block.kind === "heading") && wordCount(span.text) >= HEADLINE_MIN_WORDS;
}

export function linkKind(span: LinkSpan, url: URL, facts: BlockFacts): LinkKind {
  const { block } = facts;
  if (hasMediaExtension(url)) return "media";
  if (isSocialUrl(url)) return "social";
  if (span.isMedia) return "media";
  // Only a short opening can be a lead-in; never copy a long paragraph's prefix per link.
  const lead = span.start <= MAX_LEAD ? block.text.slice(0, span.start) : "";
  if (hasRelatedLead(lead) || isRelatedLabel(span.text) || isHeadline(span, facts)) return "related";
  if (NON_PROSE.has(block.kind) || !/[\p{L}\p{N}]/u.test(span.text)) return "other";
  return "citation";
}
