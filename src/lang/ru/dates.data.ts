// Russian words for the date conventions of news copy (src/extract/dates). Sources: the
// standard forms in Russian news copy ("на прошлой неделе", "в 2024 году", "заявил в четверг")
// and the charset-windows-1251 fixture; chrono-node's Russian dictionary
// (src/locales/ru/constants.ts) covers weekdays, "1 марта" and "в августе 2024 года".

import type { DateVocabulary, PeriodPhrase } from "../../extract/dates/vocabulary.js";

const PERIODS: readonly PeriodPhrase[] = [
  { phrase: "ранее на этой неделе", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "в начале недели", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "на этой неделе", unit: "week", offset: 0 },
  { phrase: "на прошлой неделе", unit: "week", offset: -1 },
  { phrase: "на следующей неделе", unit: "week", offset: 1 },
  { phrase: "в этом месяце", unit: "month", offset: 0 },
  { phrase: "в прошлом месяце", unit: "month", offset: -1 },
  { phrase: "в следующем месяце", unit: "month", offset: 1 },
  { phrase: "в этом году", unit: "year", offset: 0 },
  { phrase: "в прошлом году", unit: "year", offset: -1 },
  { phrase: "в следующем году", unit: "year", offset: 1 },
  { phrase: "в выходные", unit: "weekend", offset: 0, byTense: true },
];

export const RU_DATES: DateVocabulary = {
  futureMarkers: ["будет", "будут", "планируется", "планирует", "намерен", "намерены", "следующей", "следующем", "завтра"],
  pastMarkers: ["был", "была", "было", "были", "заявил", "заявила", "заявили", "сообщил", "сообщила", "сообщили", "вчера"],
  pastSuffix: null,
  notPastAfter: [],
  weekdayNext: ["следующий", "следующую", "следующее", "следующей"],
  weekdayLast: ["прошлый", "прошлую", "прошлое", "прошлой"],
  periods: PERIODS,
  edgeWords: [],
  durationPrefixes: ["через", "течение", "за"],
  durationSuffixes: ["спустя", "позже"],
  vagueWords: ["несколько", "нескольких"],
  yearCues: ["в", "во", "с", "со", "до", "после", "к", "от", "по", "году", "года", "год", "г"],
  quantityWords: ["около", "более", "почти", "свыше", "менее", "примерно"],
  countNouns: [],
  pluralSuffix: null,
  yearUnits: ["год", "года", "лет"],
  monthUnits: ["месяц", "месяца", "месяцев"],
  tallyJoins: ["против"],
  streetWords: ["улица", "ул", "проспект", "пр", "переулок", "шоссе"],
  months: {},
  monthsCapitalised: false,
  weekdayNames: [],
  namedDayPrefixes: [],
  anaphoricBefore: [],
  loneTimesOfDay: ["утром", "вечером", "ночью", "днем", "днём"],
  rangeWords: [{ open: "между", join: "и" }],
  monthParser: false,
  dateHint: null,
};
