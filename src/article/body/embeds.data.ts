// Embedded posts: the markup each network's embed code pastes into a page (a <blockquote> that
// the network's script later turns into a card; the quote's text and links are the post as
// published). From the networks' own embed docs: X/Twitter (blockquote.twitter-tweet,
// .twitter-video), Instagram (blockquote.instagram-media), TikTok (blockquote.tiktok-embed),
// Facebook (div.fb-post > blockquote; the same blockquote class also fills the "Like our page"
// plugin, div.fb-page, which is no post), Bluesky (blockquote.bluesky-embed),
// Mastodon (blockquote.mastodon-embed), Threads (blockquote.text-post-media), Reddit
// (blockquote.reddit-embed-bq, .reddit-card), Imgur (blockquote.imgur-embed-pub).

/** Class names of a blockquote that is an embedded post (whole class words, lower case). */
export const EMBED_CLASSES: ReadonlySet<string> = new Set([
  "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed",
  "text-post-media", "reddit-embed-bq", "reddit-card", "imgur-embed-pub",
]);

/** Class names of a wrapper whose blockquote child is an embedded post (Facebook's post and video plugins). */
export const EMBED_PARENT_CLASSES: ReadonlySet<string> = new Set(["fb-post", "fb-video"]);

/** A CSS selector for the same blockquotes, to find them inside a wrapper the body leaves out. */
export const EMBED_SELECTOR: string = [
  ...[...EMBED_CLASSES].map((c) => `blockquote.${c}`),
  ...[...EMBED_PARENT_CLASSES].map((c) => `.${c} > blockquote`),
].join(", ");

/**
 * Elements left out of the body whose media links are still the article's (an image linked to its
 * full-size file in a figure): their links are kept as `media`.
 */
export const MEDIA_CONTAINERS: ReadonlySet<string> = new Set(["figure", "picture"]);
