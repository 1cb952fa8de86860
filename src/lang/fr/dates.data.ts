// French words for the date conventions of news copy (src/extract/dates). Sources: the
// Académie française's rules for dates (lower-case days and months, "lundi prochain",
// "la semaine dernière") and our dates-fr-* fixture; chrono-node's French dictionary
// (src/locales/fr/constants.ts) covers weekdays and "16 mai", but not a month alone ("en mai
// 2024"), so monthParser is on.

import type { DateVocabulary, PeriodPhrase } from "../../extract/dates/vocabulary.js";

const PERIODS: readonly PeriodPhrase[] = [
  { phrase: "plus tôt cette semaine", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "en début de semaine", unit: "week", offset: 0, part: "until-reference" },
  { phrase: "plus tard cette semaine", unit: "week", offset: 0, part: "from-reference" },
  { phrase: "en fin de semaine", unit: "week", offset: 0, part: "from-reference" },
  { phrase: "cette semaine", unit: "week", offset: 0 },
  { phrase: "la semaine dernière", unit: "week", offset: -1 },
  { phrase: "la semaine passée", unit: "week", offset: -1 },
  { phrase: "la semaine prochaine", unit: "week", offset: 1 },
  { phrase: "plus tôt ce mois-ci", unit: "month", offset: 0, part: "until-reference" },
  { phrase: "ce mois-ci", unit: "month", offset: 0 },
  { phrase: "le mois dernier", unit: "month", offset: -1 },
  { phrase: "le mois prochain", unit: "month", offset: 1 },
  { phrase: "plus tôt cette année", unit: "year", offset: 0, part: "until-reference" },
  { phrase: "cette année", unit: "year", offset: 0 },
  { phrase: "l'année dernière", unit: "year", offset: -1 },
  { phrase: "l’année dernière", unit: "year", offset: -1 },
  { phrase: "l'an dernier", unit: "year", offset: -1 },
  { phrase: "l’an dernier", unit: "year", offset: -1 },
  { phrase: "l'année prochaine", unit: "year", offset: 1 },
  { phrase: "l’année prochaine", unit: "year", offset: 1 },
  { phrase: "l'an prochain", unit: "year", offset: 1 },
  { phrase: "l’an prochain", unit: "year", offset: 1 },
  { phrase: "le week-end dernier", unit: "weekend", offset: -1 },
  { phrase: "le week-end prochain", unit: "weekend", offset: 1 },
  { phrase: "ce week-end", unit: "weekend", offset: 0, byTense: true },
];

export const FR_DATES: DateVocabulary = {
  futureMarkers: ["va", "vont", "sera", "seront", "devrait", "devraient", "doit", "doivent", "prévu", "prévue", "prévus", "prévues", "prochain", "prochaine", "demain"],
  pastMarkers: ["a", "ont", "avait", "avaient", "était", "étaient", "hier", "dernier", "dernière", "dit", "depuis"],
  pastSuffix: "é",
  notPastAfter: ["être", "sera", "seront", "va", "vont", "doit", "doivent", "devrait", "devraient"],
  weekdayNext: ["prochain"],
  weekdayLast: ["dernier"],
  periods: PERIODS,
  edgeWords: ["fin", "début", "mi-", "mi"],
  durationPrefixes: ["pendant", "durant", "après", "dans", "sous"],
  durationSuffixes: ["tard", "auparavant", "avant", "après", "tôt"],
  vagueWords: ["quelques", "plusieurs"],
  yearCues: [
    "en", "depuis", "jusqu'en", "de", "du", "des", "avant", "après", "entre", "et", "la", "le", "début", "fin", "mi",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
  ],
  quantityWords: ["environ", "près de", "plus de", "moins de", "quelque", "au moins", "jusqu'à"],
  countNouns: [],
  pluralSuffix: null,
  yearUnits: ["an", "ans", "année", "années"],
  monthUnits: ["mois"],
  tallyJoins: ["contre", "à"],
  streetWords: ["rue", "avenue", "boulevard", "bd", "chemin", "route", "allée", "place", "quai", "impasse"],
  months: {
    janvier: 1, janv: 1, "février": 2, "févr": 2, "fév": 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, "août": 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    "décembre": 12, "déc": 12,
  },
  monthsCapitalised: false,
  weekdayNames: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  namedDayPrefixes: ["black", "cyber"],
  anaphoricBefore: [],
  loneTimesOfDay: ["matin", "soir", "nuit", "midi", "minuit", "après-midi"],
  rangeWords: [{ open: "entre", join: "et" }],
  monthParser: true,
  // chrono-node's French dictionary (months, weekdays, time units, casual words) and the words of
  // PERIODS, as parts of words ("week-end", "aujourd'hui").
  dateHint: /\d|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|semaine|mois|(?<!\p{L})(?:ans?|ann[ée]es?|ét[ée])(?!\p{L})|heure|minute|seconde|trimestre|demain|hier|veille|lendemain|maintenant|soir|matin|nuit|midi|minuit|week|printemps|automne|hiver|noël|noel|pâques|paques|prochain|dernier|passé|instant/iu,
};
