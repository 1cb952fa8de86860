import type { Article } from "../../article/types.js";
import type { Ctx } from "../context.js";
import type { Quote } from "../quotes/types.js";
import { findDatesWithWarnings } from "./find-dates.js";
import { saidOnDates } from "./said-on.js";
import type { DateMention, DatesResult } from "./types.js";

export type { DateMention, DatesResult } from "./types.js";
export { datelineDate } from "./dateline.js";

/** Date expressions in the body resolved to calendar values, with warnings where a value cannot be trusted. */
export function findDates(article: Article, ctx: Ctx): DatesResult {
  return findDatesWithWarnings(article, ctx);
}

/** When each quote was said, where its attribution says so. */
export function saidOn(quotes: readonly Quote[], dates: readonly DateMention[], article: Article): (string | null)[] {
  return saidOnDates(quotes, dates, article);
}
