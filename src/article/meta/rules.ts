import type { Doc } from "../../document/document.js";

/** A rule reads one value from the page; null or undefined means "no opinion, try the next". */
export type Rule<T> = (doc: Doc) => T | null | undefined;

/** First rule with an opinion wins. */
export function firstOf<T>(doc: Doc, rules: ReadonlyArray<Rule<T>>): T | null {
  for (const rule of rules) {
    const v = rule(doc);
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return null;
}
