// Titles of works in quotation marks ("Failure to Adjust", the book "Clinton Cash", on "Fox and
// Friends"): names of things, not words someone said.

import type { LangData } from "../../lang/types.js";
import type { ParagraphView } from "./frames.js";
import type { Tok } from "./tokens.js";

/** “Failure to Adjust: How Americans Got Left Behind”: title case and no sentence punctuation is a
 * title of a work (book, film, slogan), not words someone said. */
export function isTitleOfWork(v: ParagraphView, q: number, L: LangData, framed = false): boolean {
  const open = v.openOf[q]!, close = v.closeOf[q]!;
  if (open < 0 || close < 0) return false;
  let words = 0, caps = 0, marks = 0;
  for (let k = open + 1; k < close; k++) {
    const t = v.toks[k]!;
    // (A full stop right before the closing mark is American punctuation, not a sentence of its own;
    // "!" or "?" inside a long title in title case belongs to it: "Trumped! The Inside Story of …".)
    if (!t.isWord) {
      if (t.text === "!" || t.text === "?") { if (k === close - 1 || !v.toks[k + 1]!.isCap) return false; marks++; continue; }
      if (t.text === "." && k !== close - 1) return false;
      continue;
    }
    words++;
    // Title case leaves only short function words in lower case ("Failure to Adjust: How …"), not
    // any short word ("It's not going to be easy for Marco Rubio to do it" is speech).
    if (t.isCap || L.titleCaseLower.has(t.lower)) caps++;
  }
  // (Not when a cue attributes it: "“Who Is Going To Pay? Mexico Will Pay For It,” Trump said.")
  if (marks && framed) return false;
  if (words >= (marks ? 6 : 3) && caps / words >= 0.8 && v.toks.slice(open + 1, close).filter((t) => t.isCap).length >= 3) return true;
  if (marks) return false;
  // "the book “Clinton Cash,”", "on Fox News’s “Fox and Friends.”", "on CBS’ “Face the Nation.”": a
  // few words in title case right after a noun of works, a possessive or "on" name the work.
  if (words < 1 || words > 6 || caps < words) return false;
  let first: Tok | null = null, last: Tok | null = null;
  for (let k = open + 1; k < close; k++) if (v.toks[k]!.isWord) { first ??= v.toks[k]!; last = v.toks[k]!; }
  if (!first?.isCap || !last?.isCap || words === 1 && !/^\p{Lu}\p{Ll}/u.test(first.text)) return false;
  // ("his reality TV show, “The Apprentice,”": the title in apposition to the noun.)
  const at = v.toks[open - 1]?.text === "," && open >= 2 && L.workNouns.has(v.toks[open - 2]!.lower) ? open - 2 : open - 1;
  const before = v.toks[at];
  if (!before || v.quoteOf[at]! >= 0) return false;
  return L.workNouns.has(before.lower) || /[’']s$|s[’']$/.test(before.text) || before.lower === "on" && words >= 2;
}
