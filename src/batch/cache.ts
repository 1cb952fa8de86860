// --cache DIR: fetched pages (bytes, headers, final URL) kept in a cacache store, keyed by the
// URL asked for, so a re-run with other extraction settings does not fetch again. cacache
// (npm's own cache) gives content addressing, integrity checks and safe concurrent writes; only
// successful fetches are stored.

import cacache from "cacache";
import type { FetchedPage } from "../fetch/fetch-page.js";

interface PageMeta {
  v: 1;
  url: string;
  status: number;
  headers: Record<string, string>;
  redirects: string[];
  fetchedAt: string;
}

export interface PageCache {
  get(url: string): Promise<FetchedPage | null>;
  /** Store under the URL asked for (the same `url` a later get() passes). */
  put(url: string, page: FetchedPage): Promise<void>;
}

const key = (url: string) => `newsclaim:page:v1:${url}`;

export function pageCache(dir: string): PageCache {
  return {
    async get(url) {
      let hit;
      try {
        hit = await cacache.get(dir, key(url));
      } catch (err) {
        // ENOENT: not cached; EINTEGRITY: a damaged entry; both are a miss and the page is fetched.
        return null;
      }
      const m = hit.metadata as PageMeta | null;
      if (!m || m.v !== 1) return null;
      return { requestUrl: url, url: m.url, status: m.status, headers: m.headers, bytes: hit.data, redirects: m.redirects, fetchedAt: m.fetchedAt };
    },
    async put(url, page) {
      const metadata: PageMeta = { v: 1, url: page.url, status: page.status, headers: page.headers, redirects: page.redirects, fetchedAt: page.fetchedAt };
      await cacache.put(dir, key(url), page.bytes, { metadata });
    },
  };
}
