// One chrono instance for one article: the language's casual parsers and refiners with our parsers
// in front and the news refiners after chrono's, in arrays of its own (pushing into a shared
// instance's lists is what chrono's maintainer warns against, #299).

import { Chrono } from "chrono-node";
import { periodParser } from "./parsers/period.js";
import { betweenRefiner } from "./refiners/between.js";
import { edgeWordsRefiner } from "./refiners/edge-words.js";
import { weekdayRefiner } from "./refiners/weekday.js";
import { yearRefiner } from "./refiners/year.js";
import { bareYearRefiner } from "./refiners/bare-year.js";
import { loneMonthRefiner } from "./refiners/lone-month.js";
import { notDatesRefiner, type NotDateReason } from "./refiners/not-dates.js";
import type { NewsContext } from "./news-context.js";
import type { DateLanguage } from "./vocabulary.js";

type Configuration = ReturnType<DateLanguage["configuration"]>;

/**
 * chrono's own parsers and refiners for a language, built once per process: they hold no state
 * but the patterns they compile on first use (chrono.casual shares them the same way), and
 * building them per article cost about 0.5 ms a page in recompiled patterns. Never mutated.
 */
const configurations = new Map<string, Readonly<Configuration>>();

export function sharedConfiguration(language: DateLanguage): Readonly<Configuration> {
  let config = configurations.get(language.code);
  if (!config) {
    config = Object.freeze(language.configuration());
    configurations.set(language.code, config);
  }
  return config;
}

export function newsChrono(language: DateLanguage, news: NewsContext, dropped: { text: string; reason: NotDateReason }[]): Chrono {
  const base = sharedConfiguration(language);
  const config = { parsers: [...base.parsers], refiners: [...base.refiners] };
  // In front: on equal spans the earlier parser's result survives chrono's overlap removal,
  // so "next week" is our span, not chrono's single day.
  const periods = periodParser(news);
  if (periods) config.parsers.unshift(periods);
  // Bare years and lone months go first: chrono's unlikely-format filters (among its refiners)
  // drop all-digit results and a lone "May", so these join only after them, and before
  // "between 2020 and 2022" merges; months before years, so "Mai 2024" is one mention.
  // The not-a-date filter first, so that a year chrono misread as a clock time ("von 2022") is
  // free for the bare-year refiner.
  config.refiners.push(
    notDatesRefiner(news, dropped),
    loneMonthRefiner(news),
    bareYearRefiner(news),
    betweenRefiner(news),
    edgeWordsRefiner(news),
    weekdayRefiner(news),
    yearRefiner(news),
  );
  return new Chrono(config);
}
