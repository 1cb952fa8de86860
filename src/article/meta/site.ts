import type { Doc } from "../../document/document.js";
import { jsonLdNodes, textOf, typesOf, articleNodes } from "./json-ld.js";
import { metaContent } from "./meta-tags.js";
import { firstOf } from "./rules.js";
import { cleanText } from "../../text/clean.js";
import { SUFFIX_SEPARATORS } from "./title.data.js";


const RULES = [
  ...["og:site_name", "application-name", "twitter:site:name", "publisher", "dc.publisher"].map((name) => (doc: Doc) => metaContent(doc, [name])),
  (doc: Doc) => articleNodes(doc).map((n) => textOf(n["publisher"])).find(Boolean),
  (doc: Doc) => jsonLdNodes(doc).filter((n) => typesOf(n).some((t) => t === "Organization" || t === "NewsMediaOrganization" || t === "WebSite")).map((n) => textOf(n["name"])).find(Boolean),
  microdataPublisher,
  titleSuffixConfirmed,
];

/** Most words in a site's name; a longer value is a headline put in the wrong tag. */
const MAX_SITE_WORDS = 8;

export function findSite(doc: Doc): string | null {
  const h1 = cleanText(doc.$("h1").first().text()).toLowerCase();
  // Some CMSs write the headline into application-name or og:site_name (msn.com's saved pages).
  const isName = (v: string | null | undefined) => {
    const t = cleanText(v ?? "");
    const words = t.split(" ").length;
    return t !== "" && words <= MAX_SITE_WORDS && !(words > 3 && t.toLowerCase() === h1);
  };
  return firstOf(doc, RULES.map((rule) => (d: Doc) => {
    const v = rule(d);
    return isName(v) ? v : null;
  }));
}

/** schema.org microdata: <div itemprop="publisher" itemscope> <meta itemprop="name" content="…">. */
function microdataPublisher(doc: Doc): string | null {
  const el = doc.$('[itemprop~="publisher"] [itemprop~="name"]').first();
  if (!el.length) return null;
  return cleanText(el.attr("content") ?? el.text()) || null;
}

/**
 * "Headline — The Meridian Post" in <title>, when the page itself confirms the tail as its name:
 * the home link's text or logo, or the copyright line. An unconfirmed tail may be a section name.
 */
function titleSuffixConfirmed(doc: Doc): string | null {
  const title = cleanText(doc.$("title").first().text());
  const { $ } = doc;
  for (const sep of SUFFIX_SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const tail = title.slice(i + sep.length).trim();
    if (!tail || tail.split(" ").length > 6) continue;
    const key = tail.toLowerCase();
    const home = $('a[href="/"], a[rel~="home"]').toArray().slice(0, 20)
      .map((a) => `${$(a).text()} ${$(a).find("img[alt]").attr("alt") ?? ""}`.toLowerCase());
    const copyright = ($("footer").text() + " " + $("body").children().last().text()).toLowerCase();
    if (home.some((t) => t.includes(key)) || /©|copyright/.test(copyright) && copyright.includes(key)) return tail;
  }
  return null;
}
