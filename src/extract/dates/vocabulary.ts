// The words the news conventions need per language, beside chrono's own grammar. The tables live
// in src/lang/<code>/dates.data.ts; this file holds their shape and the static registry.

import * as chrono from "chrono-node";
import { EN_DATES } from "../../lang/en/dates.data.js";
import { DE_DATES } from "../../lang/de/dates.data.js";
import { FR_DATES } from "../../lang/fr/dates.data.js";
import { RU_DATES } from "../../lang/ru/dates.data.js";

export type PeriodUnit = "week" | "month" | "year" | "weekend";

/**
 * A fixed phrase naming a period relative to the reference day ("last week", "earlier this
 * month"). `offset` counts whole periods from the reference's own (weeks run Monday–Sunday);
 * `part` cuts the period at the reference day ("earlier this week" = Monday … reference day),
 * `rolling` is the span of one unit ending on the reference day ("the past week"), and `byTense`
 * leaves the direction to the sentence ("over the weekend" = the last one, "at the weekend they
 * will …" = the next one).
 */
export interface PeriodPhrase {
  readonly phrase: string;
  readonly unit: PeriodUnit;
  readonly offset: -1 | 0 | 1;
  readonly part?: "until-reference" | "from-reference";
  readonly rolling?: boolean;
  readonly byTense?: boolean;
}

export interface DateVocabulary {
  /** Words before a date that put it in the future ("will meet on Monday"). Lower case. */
  readonly futureMarkers: readonly string[];
  /** Words before a date that put it in the past ("met on May 16"). Lower case. */
  readonly pastMarkers: readonly string[];
  /** A past-tense verb ending ("-ed" in English), or null where there is none to rely on. */
  readonly pastSuffix: string | null;
  /** Words after which a past-suffixed word is no past ("is due to be published"). */
  readonly notPastAfter: readonly string[];
  /** Modifiers inside a weekday mention: "next Tuesday" (after the reference), "last Tuesday" (before). */
  readonly weekdayNext: readonly string[];
  readonly weekdayLast: readonly string[];
  readonly periods: readonly PeriodPhrase[];
  /** Words that sharpen a day or month without changing its value: "late Wednesday", "mid-May". */
  readonly edgeWords: readonly string[];
  /** Chrono reads these as points in time; in news they are durations ("after 10 days of talks"). */
  readonly durationPrefixes: readonly string[];
  readonly durationSuffixes: readonly string[];
  /** Vague amounts that never give a calendar value ("the past few days"). */
  readonly vagueWords: readonly string[];
  /** Words right before a bare year that make it a year ("in 2022", "Russia's 2022 invasion"). */
  readonly yearCues: readonly string[];
  /** Words before a number that make it a count ("some 2000 people"). */
  readonly quantityWords: readonly string[];
  /** Plural nouns without the plural ending, which follow counts ("2000 people"). */
  readonly countNouns: readonly string[];
  /** A word ending that marks a plural noun after a number ("1999 votes"), or null. */
  readonly pluralSuffix: string | null;
  /** Words joining a tally: "voted 2024 to 116" is a count. Lower case. */
  readonly tallyJoins: readonly string[];
  /** Unit words of counted spans ("50 years ago" is a year, "three months ago" a month). Lower case. */
  readonly yearUnits: readonly string[];
  readonly monthUnits: readonly string[];
  /** Street types: "1909 Jolinda Drive" is a house number, not a year. Lower case. */
  readonly streetWords: readonly string[];
  /** Month names (and their abbreviations) → month number, for the impossible-date check. */
  readonly months: Readonly<Record<string, number>>;
  /** Month names are capitalised in running text, so a lower-case one is another word ("march"). */
  readonly monthsCapitalised: boolean;
  /** Full weekday names: a weekday written only as an abbreviation ("Mohegan Sun", "Tue – Sat") is no date in prose. */
  readonly weekdayNames: readonly string[];
  /** Words before a weekday that make it a named day, not a date ("Black Friday", "Super Tuesday"). */
  readonly namedDayPrefixes: readonly string[];
  /** Words before a period phrase that tie it to another time ("the next year" after a 2016 event). */
  readonly anaphoricBefore: readonly string[];
  /** Casual words chrono reads as a time of the reference day, which alone name none ("all night", "evening"). */
  readonly loneTimesOfDay: readonly string[];
  /** Range words chrono does not merge on: "between March and May". */
  readonly rangeWords: readonly { readonly open: string; readonly join: string }[];
  /** chrono lacks a month on its own ("im Mai", "en mai 2024") in this language: ours reads any; else only after a cue. */
  readonly monthParser: boolean;
  /**
   * A sentence with no match holds no date that chrono or our parsers could read (a digit, a
   * month, a weekday, a unit of time, a casual word such as "yesterday"), so it is not parsed;
   * null: every sentence is parsed. A false match only costs a parse; a missing word loses dates.
   */
  readonly dateHint: RegExp | null;
}

export interface DateLanguage {
  readonly code: string;
  /** Builds a new chrono configuration (parsers and refiners) for this language. */
  readonly configuration: () => { parsers: chrono.Parser[]; refiners: chrono.Refiner[] };
  readonly vocabulary: DateVocabulary;
}

/** Languages without tables of ours still get chrono's grammar; the news conventions that need words are off. */
const NO_WORDS: DateVocabulary = {
  futureMarkers: [], pastMarkers: [], pastSuffix: null, notPastAfter: [], weekdayNext: [], weekdayLast: [], periods: [],
  edgeWords: [], durationPrefixes: [], durationSuffixes: [], vagueWords: [], yearCues: [],
  quantityWords: [], countNouns: [], pluralSuffix: null, months: {}, monthsCapitalised: false, monthParser: false, dateHint: null,
  yearUnits: [], monthUnits: [], tallyJoins: [], streetWords: [], rangeWords: [], weekdayNames: [], namedDayPrefixes: [], anaphoricBefore: [], loneTimesOfDay: [],
};

/** chrono-node locales that have a casual configuration, and our tables where we wrote them. */
export function dateLanguage(code: string): DateLanguage | null {
  switch (code) {
    case "en": return { code, configuration: () => chrono.en.configuration.createCasualConfiguration(), vocabulary: EN_DATES };
    case "de": return { code, configuration: () => chrono.de.createCasualConfiguration(), vocabulary: DE_DATES };
    case "fr": return { code, configuration: () => chrono.fr.createCasualConfiguration(), vocabulary: FR_DATES };
    case "es": return { code, configuration: () => chrono.es.createCasualConfiguration(), vocabulary: NO_WORDS };
    case "pt": return { code, configuration: () => chrono.pt.createCasualConfiguration(), vocabulary: NO_WORDS };
    case "nl": return { code, configuration: () => chrono.nl.createCasualConfiguration(), vocabulary: NO_WORDS };
    case "ja": return { code, configuration: () => chrono.ja.createCasualConfiguration(), vocabulary: NO_WORDS };
    case "ru": return { code, configuration: () => chrono.ru.createCasualConfiguration(), vocabulary: RU_DATES };
    default: return null;
  }
}
