// English vocabulary for quotes and speakers, assembled once per call of langData() (no state).

import type { LangData } from "../types.js";
import { EN_FIRST_NAME_GENDER } from "./first-names.js";
import { EN_CHAIN_PARTICIPLES, EN_COORDINATING_CUES, EN_CUES, EN_NOUN_LIKE_CUES, EN_SOURCE_FIRST } from "./cues.js";
import {
  EN_ADJUNCT_PREPOSITIONS, EN_FUNCTION_WORDS, EN_QUANTITY_WORDS, EN_GENDER_WORDS, EN_PLACE_NOUNS, EN_PLACE_PREPOSITIONS, EN_OBLIQUE_PREPOSITIONS, EN_SUBORDINATORS, EN_TITLE_CASE_LOWER, EN_RELATIVE_PRONOUNS, EN_CONJUNCTIONS, EN_AUXILIARIES, EN_DETERMINERS, EN_GROUP_NOUNS, EN_NAME_PARTICLES, EN_NOT_NAMES,
  EN_ORGANIZATION_NOUNS, EN_PRONOUNS, EN_STATEMENT_NOUNS, EN_WORK_NOUNS, EN_BODY_NOUNS, EN_POSSESSIVE_PRONOUNS, EN_TIME_WORDS, EN_TITLE_MODIFIERS, EN_TITLE_NOUNS,
} from "./words.js";

export const EN: LangData = Object.freeze({
  code: "en",
  cues: EN_CUES,
  nounLikeCues: EN_NOUN_LIKE_CUES,
  chainParticiples: EN_CHAIN_PARTICIPLES,
  coordinatingCues: EN_COORDINATING_CUES,
  sourceFirstPhrases: EN_SOURCE_FIRST,
  titleNouns: EN_TITLE_NOUNS,
  titleModifiers: EN_TITLE_MODIFIERS,
  organizationNouns: EN_ORGANIZATION_NOUNS,
  groupNouns: EN_GROUP_NOUNS,
  pronouns: EN_PRONOUNS,
  determiners: EN_DETERMINERS,
  nameParticles: EN_NAME_PARTICLES,
  auxiliaries: EN_AUXILIARIES,
  timeWords: EN_TIME_WORDS,
  adjunctPrepositions: EN_ADJUNCT_PREPOSITIONS,
  complementizer: "that",
  notNames: EN_NOT_NAMES,
  functionWords: EN_FUNCTION_WORDS,
  quantityWords: EN_QUANTITY_WORDS,
  genderWords: EN_GENDER_WORDS,
  firstNameGender: EN_FIRST_NAME_GENDER,
  placePrepositions: EN_PLACE_PREPOSITIONS,
  placeNouns: EN_PLACE_NOUNS,
  obliquePrepositions: EN_OBLIQUE_PREPOSITIONS,
  subordinators: EN_SUBORDINATORS,
  titleCaseLower: EN_TITLE_CASE_LOWER,
  relativePronouns: EN_RELATIVE_PRONOUNS,
  conjunctions: EN_CONJUNCTIONS,
  attributionDashes: new Set<string>(),
  commaBeforeComplementizer: false,
  adjunctBeforeInvertedSubject: false,
  headFirst: false,
  surnameCaseForms: [],
  anaphoricOpeners: new Set<string>(),
  recipients: new Set<string>(),
  cueCoordinators: new Set(["and", "but"]),
  bodySourcePhrases: new Set<string>(),
  phrasePronouns: EN_POSSESSIVE_PRONOUNS,
  statementNouns: EN_STATEMENT_NOUNS,
  workNouns: EN_WORK_NOUNS,
  bodyNouns: EN_BODY_NOUNS,
});
