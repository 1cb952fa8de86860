// Selector vocabularies for the body, as data (trafilatura keeps its xpaths the same way).

/** Containers that usually hold the article's own text, best first. */
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  "article .article-body", "article .article__body", "article .story-body", "article .entry-content", "article .post-content",
  ".article-body", ".article__body", ".article-content", ".story-body", ".entry-content", ".post-content", ".post-body",
  // BEM spellings of the same containers (block__element), common in current CMS themes.
  ".story__body", ".post__body", ".entry__body", ".content__body", ".article__text", ".story__text",
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

/** Class/id patterns that raise a candidate container's score (Readability's "positive" list). */
export const POSITIVE_CLASS = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
/** Class/id patterns that lower it (Readability's "negative" list, plus comment and promo words). */
export const NEGATIVE_CLASS = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|signup/i;

/** Tags whose direct text counts as a paragraph when it is long enough (text laid out with <br>). */
export const TEXT_CONTAINER_TAGS: ReadonlySet<string> = new Set(["p", "pre", "td", "div", "section", "article", "blockquote", "font", "center", "main", "span"]);

/** Base score of a container by tag (Readability's _initializeNode). */
export const TAG_SCORE: Readonly<Record<string, number>> = {
  div: 5, article: 5, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Class/id words (any part of a dashed or underscored name) of slideshows inside an article: their captions are not its text. */
export const GALLERY_WORDS: ReadonlySet<string> = new Set(["gallery", "slideshow", "carousel", "slider", "lightbox", "swiper"]);

/** Boilerplate words that also name wrappers of the article's own text (the part behind a paywall, the rest after "read more"). */
export const SOFT_BOILERPLATE_WORDS: ReadonlySet<string> = new Set(["paywall", "read-more"]);

/** Parts of a dashed class name that mark boilerplate wherever they stand ("jp-relatedposts", "article-newsletter"), not only first. */
export const STRONG_BOILERPLATE_PARTS: readonly string[] = ["related", "relatedposts", "outbrain", "taboola", "newsletter", "sharedaddy"];
