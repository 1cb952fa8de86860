import type { Article } from "../../article/types.js";
import type { Ctx } from "../context.js";
import type { Quote } from "../quotes/types.js";
import type { DateMention } from "./types.js";

/** Date expressions in the body resolved to calendar values. (First slice: none yet.) */
export function findDates(_article: Article, _ctx: Ctx): DateMention[] {
  return [];
}

/** When each quote was said, where its attribution says so. (First slice: unknown.) */
export function saidOn(quotes: readonly Quote[], _dates: readonly DateMention[], _article: Article): (string | null)[] {
  return quotes.map(() => null);
}
