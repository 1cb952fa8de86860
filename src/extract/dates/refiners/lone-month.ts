// Hand-written: a month on its own. German and French chrono has no parser for it ("im Mai",
// "en mai 2024"); English chrono has one, but its ENUnlikelyFormatFilter drops "May" unless "in"
// stands before it (the modal verb), so "mid-May", "since May", "between March and May" lose it.
// Added after chrono's refiners where no mention covers the name: in languages whose chrono reads
// months (vocab.monthParser false) only after a cue word or edge word; never before a day number
// ("May 16" is chrono's), and in the case the language writes months in ("march" is a verb, "Mars"
// a planet).

import type { ParsingResult, Refiner } from "chrono-node";
import { alternation, overlapsAny, precededBy } from "../words.js";
import { TAG, type NewsContext } from "../news-context.js";

export function loneMonthRefiner(news: NewsContext): Refiner {
  const v = news.vocab;
  const names = Object.keys(v.months).filter((n) => n.length > 2);
  const pattern = names.length
    ? new RegExp(`(^|[^\\p{L}\\p{N}])(${alternation(names)})(?:\\s+((?:1[89]|20)\\d\\d))?(?![\\p{L}\\p{N}])(?!\\.?\\s*\\d)`, "giu")
    : null;
  // Cues: the year cues, the edge words ("mid-May"), and a range's join ("between March and May").
  const strongCues = [...v.yearCues, ...v.edgeWords.map((w) => w.replace(/-$/, ""))];
  const cues = [...strongCues, ...v.rangeWords.map((r) => r.join)];
  return {
    refine(context, results) {
      if (!pattern) return results;
      const text = context.text;
      const added: ParsingResult[] = [];
      for (const m of text.matchAll(pattern)) {
        const name = m[2]!;
        const year = m[3];
        const index = m.index + m[1]!.length;
        const end = index + m[0].length - m[1]!.length;
        if (overlapsAny(results, index, end)) continue;
        const capital = name[0] !== name[0]!.toLowerCase();
        if (!year && capital !== v.monthsCapitalised) continue;
        const cued = precededBy(text, index, cues);
        if (!v.monthParser && !year && !cued) continue;
        // "Steve Schale, April Schiff and June Carter": a first name before a capitalised surname.
        if (!year && v.monthsCapitalised && /^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !precededBy(text, index, strongCues)) continue;
        const month = v.months[name.toLowerCase()];
        if (!month) continue;
        const result = context.createParsingResult(index, text.slice(index, end), year ? { year: Number(year), month } : { month });
        result.addTags([`${TAG.granularity}month`, `${TAG.format}month`]);
        added.push(result);
      }
      return added.length ? [...results, ...added].sort((a, b) => a.index - b.index) : results;
    },
  };
}
