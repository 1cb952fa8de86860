// Where pages name their authors, and the words around names that are not names, as data.
// Sources: metascraper-author (its selectors and cleanup), Postlight's AUTHOR_META_TAGS and
// AUTHOR_SELECTORS (src/extractors/generic/author/constants.js), readability's byline rules.

/** Meta names of authors, best first. Values that are URLs (Facebook profile pages) are skipped. */
export const AUTHOR_META: readonly string[] = [
  // Specific names first: "author" often holds the publisher ("Condé Nast") where article:author names the writer.
  "article:author", "article:author_name", "parsely-author", "sailthru.author", "byl", "dc.creator", "dcterms.creator",
  "citation_author", "dc:creator", "author", "authors", "writer", "cxenseparse:author", "og:article:author", "twitter:data1:author",
];

/** Byline markup, best first; the first selector that yields a name wins. */
export const AUTHOR_SELECTORS: readonly string[] = [
  '[itemprop~="author" i] [itemprop~="name" i]', '[itemprop~="author" i]', '[rel~="author"]',
  ".byline__name", ".byline-name", ".author-name", ".author_name", ".authorName", ".article-author", ".post-author",
  ".entry-author", ".story-byline", ".byline a", ".byline", ".by-author", ".author a", ".author", '[class*="byline"]',
  ".writer", ".author__name", '[class*="author-name"]', '[class*="AuthorName"]', '[class*="Byline"]', ".vcard .fn", ".fn", '[class*="authors"]', '[class*="__author"]',
];

/** How many byline elements of one selector are read (several authors, not a list of related stories). */
export const MAX_BYLINE_ELEMENTS = 4;

/** Words that start a byline and are not part of the name (many languages). */
export const BYLINE_PREFIXES: readonly string[] = [
  "written by", "words by", "posted by", "story by", "reported by", "text by", "by", "von", "par", "por", "di", "door",
  "av", "af", "autor", "autore", "auteur", "author", "authors", "text", "texto", "作者", "著者", "文",
];

/** Job titles, credentials and roles that follow a name ("Jane Doe, Staff Writer", "Brenda Goodman, MA"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "staff", "writer", "writers", "reporter", "reporters", "editor", "editors", "correspondent", "contributor",
  "contributing", "columnist", "senior", "chief", "associate", "deputy", "managing", "executive", "news", "desk",
  "political", "business", "sports", "science", "technology", "health", "opinion", "photographer", "producer",
  "analyst", "ma", "md", "phd", "ph.d.", "mph", "rn", "jr.", "ceo", "founder", "guest", "special", "freelance",
  "international", "national", "white", "house", "bureau", "intern", "digital", "web", "online",
]);

/** Words that mark text as a control or a label, never a name ("See full bio", "Follow", "Facebook"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "facebook", "twitter", "instagram", "linkedin", "email", "e-mail", "share", "follow", "more", "stories", "bio",
  "profile", "view", "subscribe", "posts", "articles", "see", "full", "sharing", "options", "show", "comments",
  "comment", "read", "updated", "published", "min", "minutes", "ago", "rss", "feed", "contact", "all", "menu",
  "search", "login", "sign", "home", "print", "advertisement", "about", "archive", "photo", "photos", "image", "video",
  "list", "member", "members",
]);

/** Words that join names in a byline ("A and B", "A und B", "A & B"). */
export const NAME_JOINERS: readonly string[] = ["and", "und", "et", "y", "e", "en", "och", "og", "i", "&", "与", "和"];

/** Byline labels in Japanese and Chinese, written without a space before the name (author, writer, text, reporter). */
export const AUTHOR_LABELS: readonly string[] = ["著者", "作者", "筆者", "執筆", "記者", "文", "撰文", "作者："];

/** Role marks written after a name in Japanese credits (author, translator, supervising translator, editor). */
export const NAME_ROLE_SUFFIXES: ReadonlySet<string> = new Set(["著", "訳", "監訳", "編", "編著", "監修", "文", "写真"]);

/** Last words of a company's name, which is a publisher rather than a writer (when a writer is named too). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(["inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "co.", "plc", "k.k.", "s.a."]);

/** Last words of a newspaper's or agency's name written after a reporter's name ("Joe Davidson Washington Post"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set(["post", "times", "press", "tribune", "journal", "herald", "gazette", "telegraph", "chronicle", "reuters", "bloomberg"]);

/** Classes of byline parts that are not names: the category, the date, the comment count. */
export const NOT_BYLINE_CLASS = /categor|(^|[\s_-])(cat|date|time|tags?|comments?)([\s_-]|$)/i;

/** Paths of writers' profile pages ("/author/jane-doe", "/about/editors/jon-fingas/", "/u/EvilSpark"). */
export const PROFILE_PATHS = /\/(?:author|authors|autor|autoren|auteur|editors|staff|writers?|contributors?|profile|profiles|reporters?|columnists?|journalists?|u|user|users)\/[^/]+\/?$/i;

/** Lowercase words that belong in names (Dutch, German, French, Spanish, Portuguese, Italian, Arabic particles; "Mac & i"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "di", "del", "della", "der", "den", "dos", "das", "do", "du", "van", "von", "la", "le", "les", "ter", "ten", "zu",
  "y", "e", "i", "bin", "ibn", "al", "el", "abu", "ben", "bint", "st.", "d'", "mc",
]);

/** Words a name never ends on: a phrase cut from running text ends on them ("Ad Operations at"). */
export const PHRASE_ENDINGS: ReadonlySet<string> = new Set([
  "at", "of", "for", "to", "in", "on", "by", "with", "from", "the", "a", "an", "and", "or", "is", "are", "was", "que", "en", "à", "für", "bei",
]);
