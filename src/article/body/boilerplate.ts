import type { Element } from "domhandler";
import { BOILERPLATE_WORDS, RELATED_WORDS, SKIP_TAGS } from "./body.data.js";

const WORDS: ReadonlySet<string> = new Set(BOILERPLATE_WORDS);

export function isSkipped(tag: string): boolean {
  return SKIP_TAGS.has(tag);
}

/** An element whose class or id, role, or hidden state marks it as not article text. */
export function isBoilerplate(el: Element): boolean {
  const a = el.attribs;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return true;
  if (/display:\s*none|visibility:\s*hidden/i.test(a["style"] ?? "")) return true;
  const role = a["role"];
  if (role && /^(navigation|banner|contentinfo|complementary|dialog|alert|search)$/i.test(role)) return true;
  const words = `${a["class"] ?? ""} ${a["id"] ?? ""}`.toLowerCase();
  if (!words.trim()) return false;
  for (const w of words.split(/[\s_]+/)) {
    if (WORDS.has(w)) return true;
    // "share-bar", "related-articles", "newsletter-signup": the first word of a dashed name decides.
    const head = w.split("-")[0]!;
    if (head !== w && WORDS.has(head) && w !== "ad-free") return true;
  }
  return false;
}

/** A further-reading box ("related-article", "read-more", "more-stories"), judged by its class or id. */
export function isRelatedBox(el: Element): boolean {
  const words = `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.toLowerCase();
  return RELATED_WORDS.some((w) => words.includes(w));
}
