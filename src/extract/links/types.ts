import type { LinkKind } from "../../record/types.js";

export interface Link {
  /** Absolute URL as the page gives it (resolved against the page URL and any <base href>). */
  url: string;
  /** `url` without tracking parameters (utm_*, fbclid, gclid, …); equal to `url` when it has none. */
  cleanUrl: string;
  /** Anchor text ("" for a link that wraps only an image). */
  text: string;
  kind: LinkKind;
  /** Same registrable domain as the page (public suffix list, via tldts). */
  internal: boolean;
  /** The paragraph the link stands in; for a related box, the paragraph the box stands before. */
  paragraph: number;
  /** The sentence the link stands in; for a related box, the box's own text. */
  sentence: string;
  /** Offsets of the anchor text in the paragraph's text (for a related box: in `sentence`). */
  start: number;
  end: number;
  /** Index into the quotes list of the claim this link backs, or null. */
  quote: number | null;
}
