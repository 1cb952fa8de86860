// German words for the date conventions of news copy (src/extract/dates). Sources: Duden
// (Zeitangaben, Wochentage, Monatsnamen) and our dates-de-* fixture; chrono-node's German
// dictionary (src/locales/de/constants.ts) covers weekdays and "16. Mai", but not a month alone
// ("im Mai", "Mai 2024"), so monthParser is on.

import type { DateVocabulary, PeriodPhrase } from "../../extract/dates/vocabulary.js";

const PERIODS: readonly PeriodPhrase[] = [
  { phrase: "anfang der woche", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "anfang dieser woche", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "ende der woche", unit: "week", offset: 0, part: "from-reference" },
  { phrase: "diese woche", unit: "week", offset: 0 },
  { phrase: "dieser woche", unit: "week", offset: 0 },
  { phrase: "letzte woche", unit: "week", offset: -1 },
  { phrase: "letzten woche", unit: "week", offset: -1 },
  { phrase: "vergangene woche", unit: "week", offset: -1 },
  { phrase: "vergangenen woche", unit: "week", offset: -1 },
  { phrase: "nächste woche", unit: "week", offset: 1 },
  { phrase: "nächsten woche", unit: "week", offset: 1 },
  { phrase: "kommende woche", unit: "week", offset: 1 },
  { phrase: "kommenden woche", unit: "week", offset: 1 },
  { phrase: "anfang des monats", unit: "month", offset: 0, part: "until-reference" },
  { phrase: "diesen monat", unit: "month", offset: 0 },
  { phrase: "diesem monat", unit: "month", offset: 0 },
  { phrase: "letzten monat", unit: "month", offset: -1 },
  { phrase: "vergangenen monat", unit: "month", offset: -1 },
  { phrase: "nächsten monat", unit: "month", offset: 1 },
  { phrase: "anfang des jahres", unit: "year", offset: 0, part: "until-reference" },
  { phrase: "dieses jahr", unit: "year", offset: 0 },
  { phrase: "diesem jahr", unit: "year", offset: 0 },
  { phrase: "letztes jahr", unit: "year", offset: -1 },
  { phrase: "letzten jahr", unit: "year", offset: -1 },
  { phrase: "vergangenes jahr", unit: "year", offset: -1 },
  { phrase: "vergangenen jahr", unit: "year", offset: -1 },
  { phrase: "nächstes jahr", unit: "year", offset: 1 },
  { phrase: "nächsten jahr", unit: "year", offset: 1 },
  { phrase: "letztes wochenende", unit: "weekend", offset: -1 },
  { phrase: "vergangenes wochenende", unit: "weekend", offset: -1 },
  { phrase: "nächstes wochenende", unit: "weekend", offset: 1 },
  { phrase: "am wochenende", unit: "weekend", offset: 0, byTense: true },
];

export const DE_DATES: DateVocabulary = {
  futureMarkers: ["wird", "werden", "soll", "sollen", "geplant", "plant", "planen", "bevorstehenden", "kommenden", "nächsten", "morgen"],
  pastMarkers: [
    "hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "sagte", "sagten", "erklärte",
    "teilte", "gestern", "vergangenen", "letzten", "bereits", "seit",
  ],
  pastSuffix: null,
  notPastAfter: [],
  weekdayNext: ["nächsten", "nächster", "kommenden"],
  weekdayLast: ["letzten", "vergangenen", "vorigen"],
  periods: PERIODS,
  edgeWords: ["anfang", "mitte", "ende"],
  durationPrefixes: ["innerhalb", "binnen", "nach", "für"],
  durationSuffixes: ["lang", "später", "zuvor", "davor", "früher"],
  vagueWords: ["einigen", "wenigen", "paar", "mehreren"],
  yearCues: [
    "im", "jahr", "jahre", "seit", "bis", "von", "vor", "nach", "ab", "des", "der", "die", "das", "zwischen", "und",
    "anfang", "mitte", "ende", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
  ],
  quantityWords: ["rund", "etwa", "fast", "mehr als", "über", "knapp", "mindestens", "bis zu", "insgesamt"],
  countNouns: [],
  pluralSuffix: null,
  yearUnits: ["jahr", "jahre", "jahren"],
  monthUnits: ["monat", "monate", "monaten"],
  tallyJoins: ["zu", "gegen"],
  streetWords: ["straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm"],
  months: {
    januar: 1, jan: 1, februar: 2, feb: 2, "märz": 3, april: 4, apr: 4, mai: 5, juni: 6, juli: 7, august: 8,
    aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  monthsCapitalised: true,
  weekdayNames: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"],
  namedDayPrefixes: ["schwarzer", "karfreitag", "heiligabend"],
  // "in der nächsten Woche" is plain "next week" in German: no article makes a period anaphoric.
  anaphoricBefore: [],
  loneTimesOfDay: ["abend", "nacht", "mittag", "mitternacht"],
  rangeWords: [{ open: "zwischen", join: "und" }],
  monthParser: true,
  // chrono-node's German dictionary (months, weekdays, time units, casual words) and the words of
  // PERIODS, as parts of words, since German compounds them ("Wochenende", "Vormittag").
  dateHint: /\d|jan|feb|mär|maerz|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez|tag|woch|monat|quartal|jahr|stund|minut|sekund|heut|morgen|gestern|jetzt|nacht|abend|mittag|früh|frueh|sommer|winter|herbst|ostern|weihnacht|sonnabend|zuvor|später|spaeter/i,
};
