// Where pages write their publish and modified dates, as data. Names are compared lowercase.
// Sources: htmldate's DATE_ATTRIBUTES and CLASS lists (adbar/htmldate, htmldate/settings.py and
// extractors.py), metascraper-date's rules, Postlight's DATE_PUBLISHED_META_TAGS and
// DATE_PUBLISHED_SELECTORS (src/extractors/generic/date-published/constants.js).

/** Meta names of the publish date, most specific first. */
export const PUBLISHED_META: readonly string[] = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published", "published_time",
  "article.published", "article_date_original", "datepublished", "date_published", "date-published", "publishdate",
  "publish-date", "publish_date", "publication_date", "publicationdate", "pubdate", "pub_date", "pub-date", "published_at",
  "published-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
  "dcterms.created", "dc.created", "citation_publication_date", "citation_date", "citation_online_date",
  "prism.publicationdate", "originalpublicationdate", "original-publish-date", "rnews:datepublished",
  "cxenseparse:recs:publishtime", "bt:pubdate", "displaydate", "article:post_date", "ptime", "og:pubdate",
  "item-publish-date", "publish_time", "article_published_time", "datecreated", "creation_date", "created",
  "dc.date", "dcterms.date", "date", "timestamp",
];

/** Meta names of the last-modified date. */
export const MODIFIED_META: readonly string[] = [
  "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time", "datemodified",
  "date_modified", "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "modified_time", "revised",
  "updated_time", "sailthru.lastmodified", "parsely-updated-date",
];

/** JSON-LD keys of the publish date, best first. */
export const PUBLISHED_JSON_LD: readonly string[] = ["datePublished", "dateCreated", "uploadDate", "publishedDate"];

/** Markup that names the publish date outright (an attribute holds the value, else the text). */
export const PUBLISHED_MARKUP: readonly string[] = [
  '[itemprop~="datePublished" i]', "time[pubdate]", "[pubdate]", '[property="article:published_time"]',
  "[data-published]", "[data-publish-date]", "[data-published-date]", "abbr.published[title]", ".published[title]",
];

/** Attributes that carry the machine-readable date of an element, in this order. */
export const DATE_ATTRIBUTES: readonly string[] = [
  "datetime", "content", "data-published", "data-publish-date", "data-published-date", "title", "data-timestamp",
];

/**
 * Fragments of class/id names that mark a visible date or byline ("entry-date", "post-date",
 * "article__timestamp", "byline", "dateline", German "datum", Spanish "fecha", Italian "data").
 */
export const DATE_CLASS_FRAGMENTS: readonly string[] = [
  "date", "time", "posted", "publish", "byline", "dateline", "datum", "fecha", "stamp", "meta", "info", "author",
];

/** Class/id fragments that a date class must not be mistaken for ("timeline", "runtime", "metabox-nav"). */
export const DATE_CLASS_FALSE: readonly string[] = ["timeline", "runtime", "datepicker", "update-", "times-"];

/**
 * Class/id words of regions whose dates are not the article's: comments, related stories,
 * teasers, footers, sidebars, widgets, embedded posts.
 */
export const FOREIGN_DATE_REGIONS: readonly string[] = [
  // Not "next"/"more"/"recent"/"archive": app roots (Next.js's "__next") and page wrappers use them.
  "comment", "comments", "reply", "respond", "related", "recommended", "teaser", "footer", "sidebar", "widget",
  "popular", "trending", "calendar", "instagram-media", "twitter-tweet", "tweet",
  "embed", "copyright", "promo", "newsletter", "pagination", "aside",
];

/** Tags whose dates are not the article's. */
export const FOREIGN_DATE_TAGS: ReadonlySet<string> = new Set(["footer", "aside", "nav", "blockquote", "select", "option"]);

/** Words before a date saying it is the publish date (en, de, fr, es, pt, it, nl). */
export const PUBLISHED_WORDS: readonly string[] = [
  "published", "posted", "first published", "released", "veröffentlicht", "erschienen", "erstellt", "publié",
  "publicado", "publicada", "pubblicato", "gepubliceerd", "geplaatst", "publicación",
];

/** Words before a date saying it is an update, not the publish date. */
export const UPDATED_WORDS: readonly string[] = [
  "updated", "last updated", "modified", "edited", "aktualisiert", "geändert", "mis à jour", "modifié",
  "actualizado", "atualizado", "aggiornato", "bijgewerkt",
];

/**
 * Region words that describe a page's layout as much as other people's content: inside the
 * article's own container they are the article's parts (WordPress "entry-footer", Blogger
 * "post-footer", a "teaser-body" that is the article, a layout "sidebar" wrapper), outside it
 * they are foreign (see published-scope.ts). A subset of FOREIGN_DATE_REGIONS.
 */
export const FRAME_REGION_WORDS: readonly string[] = ["footer", "sidebar", "widget", "teaser", "aside"];

/** Tags that are the article's own parts inside an article container (<footer> of an <article>, Drupal's <aside class="meta">). */
export const FRAME_TAGS: ReadonlySet<string> = new Set(["footer", "aside"]);

/**
 * Class/id words of the container of one article or post (hAtom's "hentry", WordPress "post",
 * "entry", "article", "story", Blogger "post-outer"; German "beitrag", French "billet").
 */
export const ARTICLE_CONTAINER_WORDS: readonly string[] = [
  "hentry", "post", "entry", "article", "story", "blogpost", "beitrag", "artikel", "billet",
];

/** Where the headline is, in the order looked at (hAtom "entry-title", schema.org itemprop, WordPress "post-title"). */
export const HEADLINE_SELECTORS: readonly string[] = [
  "h1", '[itemprop="headline"]', ".entry-title", ".post-title", ".article-title", "h2", "h3",
];

/**
 * Class/id words of regions whose dates describe the subject or the sources, not the page:
 * MediaWiki's "infobox" (a browser's release date in an hCalendar "published" span) and its
 * reference lists ("reference-accessdate", "cite_note", "reflist": "Retrieved 17 February 2008"),
 * footnotes. Dates only (names there are not judged here).
 */
export const SUBJECT_FACT_REGIONS: readonly string[] = [
  "infobox", "reference", "references", "reflist", "citation", "cite", "footnote", "footnotes",
];

/**
 * Country-code domains used as generic ones, which say nothing of the site's country: Google
 * Search Central's list of "generic country code top-level domains" (gccTLDs) plus .ai and .gg.
 */
export const GENERIC_COUNTRY_DOMAINS: ReadonlySet<string> = new Set([
  "ad", "as", "bz", "cc", "cd", "co", "dj", "fm", "io", "la", "me", "ms", "nu", "sc", "sr", "su", "tv", "tk", "ws", "ai", "gg",
]);
