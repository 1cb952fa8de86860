import type { Article } from "../../article/types.js";
import type { Ctx } from "../context.js";
import type { QuoteResult } from "./types.js";

/** Direct, indirect and mixed quotes with their speakers. (First slice: none yet.) */
export function findQuotes(_article: Article, _ctx: Ctx): QuoteResult {
  return { quotes: [], speakers: [] };
}
