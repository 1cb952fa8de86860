// Tables for the link extractor. Code iterates these; no lists hidden in `if`s.

/**
 * Query parameters that only track the click, never select the page. Exact names (compared in
 * lower case). Sources: the ClearURLs "globalRules" list (ClearURLs/Rules data.min.json), Firefox's
 * query-stripping list (privacy.query_stripping.strip_list) and Brave's debouncing/query filter
 * (brave-core query_filter), keeping only names that are tracking on every site.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // ad-click identifiers
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
  "li_fat_id", "epik", "srsltid",
  // mailing tools (Mailchimp, Marketo, HubSpot, Vero, Olytics)
  "mc_cid", "mc_eid", "mkt_tok", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
  "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "_openstat",
  // analytics cross-domain linkers and share widgets
  "_ga", "_gl", "igshid", "igsh", "ref_src", "ref_url", "s_cid", "ncid",
]);

/** Parameter-name prefixes that are tracking whatever follows (Google Analytics campaign tags). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ["utm_", "pk_campaign", "pk_kwd", "pk_source", "pk_medium"];

/**
 * Social networks: a link to one of these hosts (or a subdomain) is a post or a profile.
 * From the list plus the networks news pages embed most (Reddit, VK, Weibo, Telegram).
 */
export const SOCIAL_HOSTS: readonly string[] = [
  "x.com", "twitter.com", "t.co", "facebook.com", "fb.com", "fb.watch", "instagram.com", "t.me", "telegram.me",
  "youtube.com", "youtu.be", "tiktok.com", "linkedin.com", "lnkd.in", "threads.net", "threads.com", "bsky.app",
  "reddit.com", "redd.it", "vk.com", "ok.ru", "weibo.com", "tumblr.com", "pinterest.com", "snapchat.com",
  "truthsocial.com", "mastodon.social", "mastodon.online", "mstdn.social", "vimeo.com", "twitch.tv",
];

/** Host labels that name a Mastodon (fediverse) server whatever its domain: "mastodon.world", "mstdn.jp". */
export const FEDIVERSE_LABELS: readonly string[] = ["mastodon", "mstdn"];

/**
 * File extensions of images, video, audio and documents: a link to one is `media`.
 * (IANA media types' registered extensions, common ones only.)
 */
export const MEDIA_EXTENSIONS: ReadonlySet<string> = new Set([
  "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "heic",
  "mp4", "m4v", "mov", "webm", "avi", "mkv", "mpg", "mpeg", "m3u8",
  "mp3", "m4a", "wav", "ogg", "oga", "flac", "aac",
  "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "csv", "zip", "epub",
]);

/**
 * Share-button endpoints: "share this on …" links are never cited, whatever box they stand in
 * (the issue: nothing from share bars). Host (or subdomain) and path prefix, lower case; from the
 * share-URL formats the networks document (Facebook sharer, X web intents, LinkedIn shareArticle,
 * Reddit submit, Pinterest pin builder, WhatsApp click-to-chat, Pocket, Flipboard, Mix, Tumblr).
 */
export const SHARE_ENDPOINTS: readonly { host: string; path: string }[] = [
  { host: "facebook.com", path: "/sharer" },
  { host: "facebook.com", path: "/share.php" },
  { host: "facebook.com", path: "/dialog/share" },
  { host: "facebook.com", path: "/dialog/feed" },
  { host: "twitter.com", path: "/intent/" },
  { host: "twitter.com", path: "/share" },
  { host: "x.com", path: "/intent/" },
  { host: "x.com", path: "/share" },
  { host: "linkedin.com", path: "/sharearticle" },
  { host: "linkedin.com", path: "/cws/share" },
  { host: "reddit.com", path: "/submit" },
  { host: "pinterest.com", path: "/pin/create" },
  { host: "api.whatsapp.com", path: "/send" },
  { host: "wa.me", path: "/" },
  { host: "getpocket.com", path: "/save" },
  { host: "getpocket.com", path: "/edit" },
  { host: "share.flipboard.com", path: "/" },
  { host: "mix.com", path: "/add" },
  { host: "tumblr.com", path: "/widgets/share" },
  { host: "telegram.me", path: "/share" },
  { host: "t.me", path: "/share" },
  { host: "vk.com", path: "/share.php" },
  { host: "bsky.app", path: "/intent/" },
  { host: "threads.net", path: "/intent/" },
  { host: "news.ycombinator.com", path: "/submitlink" },
];

/**
 * Lead-ins of further-reading lines, lower case, compared at the start of the text before the link
 * (trailing ":", "›", "»", "-" allowed). From the boxes of news sites read for this project
 * (Moscow Times "Related article:", BBC "Read more:", Guardian "Related:", AP "See also").
 */
export const RELATED_LEADS: readonly string[] = [
  "related article", "related articles", "related story", "related stories", "related", "related content",
  "related post", "related posts", "related links", "related coverage", "related news", "related reading",
  "more stories", "more news", "more coverage", "also on",
  "read more", "read also", "also read", "read next", "more reading", "further reading",
  "see also", "see more", "also see", "more", "more on this", "more on this story", "more from",
  "recommended", "recommended reading", "you may also like", "you might also like", "don't miss",
  "must read",
];

/**
 * Path segments of a site's listing pages: tags, topics, categories, author and staff pages
 * ("/tag/metroid", "/by/corey-kilgannon", "/authors/alex-heath", Blogger's "/search/label/FPGA").
 * A link to one standing in a list of links (not in a sentence) is a tag list or a byline, which
 * the issue keeps out of the cited links. Collected from the tag boxes and bylines of the
 * scrapinghub and readability corpus pages (WordPress, Blogger, Arc, Chorus, Drupal conventions).
 */
export const LISTING_SEGMENTS: ReadonlySet<string> = new Set([
  "tag", "tags", "topic", "topics", "category", "categories", "label", "labels", "social-tags", "hashtag",
  "author", "authors", "by", "people", "person", "profile", "profiles", "contributor", "contributors", "staff",
  "column", "columns", "bio", "writers", "reporter", "reporters",
]);

/** Path segments of author pages ("/authors/umair-irfan", "/by/corey-kilgannon", "/staff/louis-jacobson"). */
export const AUTHOR_SEGMENTS: ReadonlySet<string> = new Set([
  "author", "authors", "by", "staff", "contributor", "contributors", "writers", "reporter", "reporters", "bio", "journalist", "journalists",
]);

/**
 * Words that open a byline, lower case ("By Meg James", "Von Anna Schmidt", "Par Jean Dupont").
 * English, German, French, Spanish/Portuguese, Italian, Dutch: the languages src/lang covers or the
 * corpora hold.
 */
export const BYLINE_LEADS: readonly string[] = ["by", "von", "par", "por", "di", "door"];

/**
 * Openings of a line in which the site speaks about itself rather than the article citing
 * anything: calls to subscribe, join or write in, tip lines, editor's notes, syndication credits,
 * copyright lines and tag lines ("Filed under: …", "Tags: …"). Lower case, matched at the start
 * of a short block and followed by a non-letter. Collected from the closing lines of the
 * scrapinghub and readability corpus pages (BBC, Space.com, NJ.com, Wired, AP, albawaba, cityam).
 */
export const SELF_PROMOTION_LEADS: readonly string[] = [
  "subscribe", "join our", "join us", "sign up for our", "sign up to our", "sign up:", "listen:",
  "have a tip", "got a tip", "reach the reporter", "reach the reporters", "contact the reporter",
  "editor's note", "copyright ©", "copyright @", "©",
  // tag lines are labels: only with their colon ("Tagged vehicles will be towed" is prose)
  "tags:", "tagged:", "tagged with:", "filed under:", "topics:", "categories:",
];

/**
 * Openings of a contact line ("Email Tariq Malik at tmalik@space.com or follow him …"), which is
 * one only when the line holds an address: "Emails obtained by …" or "Email records show …" in
 * prose do not.
 */
export const CONTACT_LEADS: readonly string[] = ["email", "e-mail"];
