// Hand-written for languages whose chrono locale has no month on its own (German "im Mai",
// "Mai 2024"; French "en mai 2024"): the month name from the language's table, an optional
// four-digit year after it. Where chrono reads a longer date ("16. Mai 2024"), its result is
// longer and wins the overlap.

import type { Parser, ParsingContext } from "chrono-node";
import { alternation } from "../words.js";
import { TAG, type NewsContext } from "../news-context.js";

export function monthNameParser(news: NewsContext): Parser | null {
  const v = news.vocab;
  const names = Object.keys(v.months).filter((n) => n.length > 3);
  if (!v.monthParser || names.length === 0) return null;
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${alternation(names)})(?:\\s+((?:1[89]|20)\\d\\d))?(?![\\p{L}\\p{N}])`, "iu");
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const name = match[2]!;
      const year = match[3];
      const capital = name[0] !== name[0]!.toLowerCase();
      // "Mars" is the planet in French; "august" an adjective in German only in lower case.
      if (!year && capital !== v.monthsCapitalised) return null;
      const month = v.months[name.toLowerCase()];
      if (!month) return null;
      const index = match.index! + match[1]!.length;
      const result = context.createParsingResult(index, match[0].slice(match[1]!.length),
        year ? { year: Number(year), month } : { month });
      result.addTags([`${TAG.granularity}month`, `${TAG.format}month`]);
      return result;
    },
  };
}
