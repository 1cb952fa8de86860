// English words for the date conventions of news copy (src/extract/dates). Sources: the AP
// Stylebook's rules for days and dates (weekday alone for the past week, "last"/"next" for
// others), the seed article and our dates-* fixtures; chrono-node's own English dictionary
// (src/locales/en/constants.ts) covers the grammar, these lists only what chrono leaves open.

import type { DateVocabulary, PeriodPhrase } from "../../extract/dates/vocabulary.js";

const PERIODS: readonly PeriodPhrase[] = [
  { phrase: "earlier this week", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "later this week", unit: "week", offset: 0, part: "from-reference" },
  { phrase: "this week", unit: "week", offset: 0 },
  { phrase: "last week", unit: "week", offset: -1 },
  { phrase: "next week", unit: "week", offset: 1 },
  { phrase: "the coming week", unit: "week", offset: 1 },
  { phrase: "the past week", unit: "week", offset: -1, rolling: true },
  { phrase: "earlier this month", unit: "month", offset: 0, part: "until-reference" },
  { phrase: "later this month", unit: "month", offset: 0, part: "from-reference" },
  { phrase: "this month", unit: "month", offset: 0 },
  { phrase: "last month", unit: "month", offset: -1 },
  { phrase: "next month", unit: "month", offset: 1 },
  { phrase: "the past month", unit: "month", offset: -1, rolling: true },
  { phrase: "earlier this year", unit: "year", offset: 0, part: "until-reference" },
  { phrase: "later this year", unit: "year", offset: 0, part: "from-reference" },
  { phrase: "this year", unit: "year", offset: 0 },
  { phrase: "last year", unit: "year", offset: -1 },
  { phrase: "next year", unit: "year", offset: 1 },
  { phrase: "the past year", unit: "year", offset: -1, rolling: true },
  { phrase: "this weekend", unit: "weekend", offset: 0 },
  { phrase: "last weekend", unit: "weekend", offset: -1 },
  { phrase: "next weekend", unit: "weekend", offset: 1 },
  { phrase: "the weekend", unit: "weekend", offset: 0, byTense: true },
];

export const EN_DATES: DateVocabulary = {
  futureMarkers: [
    "will", "'ll", "’ll", "shall", "would", "due", "scheduled", "expected", "set to", "plans to", "plan to",
    "upcoming", "next", "coming", "ahead", "going to", "tomorrow", "may", "might", "should", "must",
  ],
  pastMarkers: [
    "was", "were", "had", "did", "said", "told", "met", "began", "came", "went", "took", "made", "gave",
    "held", "spoke", "wrote", "sent", "left", "won", "lost", "ago", "since", "last", "earlier", "previous",
    "yesterday",
  ],
  pastSuffix: "ed",
  notPastAfter: ["be", "to", "being", "get", "is", "are", "am"],
  weekdayNext: ["next", "coming"],
  weekdayLast: ["last", "past", "previous"],
  periods: PERIODS,
  edgeWords: ["late", "early", "mid", "mid-"],
  durationPrefixes: ["within", "in", "for", "after", "over", "during", "lasting"],
  // "a year earlier", "two days before": relative to another event, not to the publish date.
  durationSuffixes: ["later", "long", "earlier", "before", "after", "prior"],
  vagueWords: ["few", "several", "couple", "many", "some"],
  yearCues: [
    "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "through",
    "'s", "’s", "early", "late", "mid", "mid-", "year", "around", "circa", "between", "spring",
    "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
  ],
  quantityWords: [
    "some", "about", "nearly", "almost", "over", "more than", "fewer than", "less than", "at least", "up to",
    "roughly", "approximately", "only", "just", "another", "all", "total", "with", "won", "received", "had",
  ],
  countNouns: ["people", "men", "women", "children", "police", "personnel", "staff", "troops", "feet", "sheep", "times"],
  pluralSuffix: "s",
  yearUnits: ["year", "years"],
  monthUnits: ["month", "months"],
  tallyJoins: ["to", "against", "versus", "vs"],
  // USPS street suffixes (Publication 28, appendix C1), the common ones.
  streetWords: ["street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "highway", "hwy", "parkway", "pkwy", "circle", "terrace"],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  monthsCapitalised: true,
  // Full names only: AP style abbreviates a weekday only beside a date ("Wed., Jan. 5"), which
  // makes the day certain and skips this check.
  weekdayNames: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  // Named days (holidays, shopping and election days) that are no calendar reference by themselves.
  namedDayPrefixes: ["black", "good", "cyber", "super", "ash", "holy", "maundy", "palm", "easter", "bloody", "giving", "business", "manic", "mad"],
  anaphoricBefore: ["the", "that", "following"],
  loneTimesOfDay: ["morning", "afternoon", "evening", "night", "midnight", "noon", "midday"],
  rangeWords: [{ open: "between", join: "and" }],
  monthParser: false,
  // chrono-node's English dictionary (months, weekdays, time units and their abbreviations, casual
  // words) and the words of PERIODS, as whole words, so that "market" or "minister" is no hint.
  dateHint: new RegExp(
    "\\d|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?" +
    "|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:days?)?" +
    "|(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|weekend|fortnight|month|mo|quarter|qtr|year|yr|decade|night|morning|evening|moment)s?" +
    "|centur(?:y|ies)|today|tonight|tomorrow|tmrw?|yesterday|now|noon|midnight|afternoon|overnight|ago|later|earlier|recent(?:ly)?" +
    "|spring|summer|autumn|fall|winter|christmas|easter|o['’]clock)\\b",
    "i",
  ),
};
