// Selector vocabularies for the body, as data (trafilatura keeps its xpaths the same way).

/** Containers that usually hold the article's own text, best first. */
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  "article .article-body", "article .article__body", "article .story-body", "article .entry-content", "article .post-content",
  ".article-body", ".article__body", ".article-content", ".story-body", ".entry-content", ".post-content", ".post-body",
  "article",
  '[role="main"]', "main",
];

/** Elements never part of the article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button", "input",
  "select", "textarea", "nav", "aside", "footer", "header", "figcaption", "figure", "picture", "video", "audio", "source",
  "head", "title", "meta", "link", "dialog", "menu",
]);

/** Class or id words that mark boilerplate (matched as whole words of class/id, lowercase). */
export const BOILERPLATE_WORDS: readonly string[] = [
  "share", "sharing", "social", "related", "recommended", "newsletter", "subscribe", "subscription", "promo", "advert",
  "advertisement", "ad", "ads", "banner", "cookie", "cookies", "consent", "comments", "comment", "breadcrumb",
  "breadcrumbs", "tags", "tag-list", "byline", "author-bio", "caption", "credit", "sidebar", "popup", "modal", "paywall",
  "read-more", "more-stories", "trending", "most-read", "outbrain", "taboola", "sponsored", "toolbar", "nav", "menu",
  "footer", "header", "masthead", "hidden", "visually-hidden", "sr-only",
];

/** Elements that start a block of their own. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "hr", "br", "center", "address",
]);

/** Class or id fragments of further-reading boxes, whose links are kept as `related`. */
export const RELATED_WORDS: readonly string[] = ["related", "read-more", "readmore", "more-stories", "see-also", "also-read", "recommended"];
