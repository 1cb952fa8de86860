// Article metadata: each field is an ordered list of small rules; the first useful value wins
// (metascraper's shape). The rules for each field live in their own file.

import type { Doc } from "../../document/document.js";
import type { ArticleMeta } from "../types.js";
import { findTitle } from "./title.js";
import { findSite } from "./site.js";
import { findAuthors } from "./authors.js";
import { findPublished, findModified } from "./published.js";
import { findLanguage } from "./language.js";
import { metaContent } from "./meta-tags.js";

export function extractMeta(doc: Doc): ArticleMeta {
  const site = findSite(doc);
  const language = findLanguage(doc);
  const published = findPublished(doc, language);
  return {
    title: findTitle(doc, site),
    site,
    authors: findAuthors(doc, site),
    published: published?.value ?? null,
    publishedSource: published?.source ?? null,
    modified: findModified(doc, language),
    language,
    canonicalUrl: doc.url,
    description: metaContent(doc, ["og:description", "description", "twitter:description"]),
  };
}
