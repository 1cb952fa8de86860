// Russian vocabulary for quotes and speakers, and the few rules Russian switches on: the dash
// after a quotation («…», — заявил X), "что" after a comma, time adjuncts before an inverted
// subject, and possessive pronouns inside "по его словам".

import type { LangData } from "../types.js";
import { RU_BODY_SOURCE, RU_CHAIN_PARTICIPLES, RU_CUES, RU_PHRASE_PRONOUNS, RU_SOURCE_FIRST } from "./cues.js";
import {
  RU_ADJUNCT_PREPOSITIONS, RU_AUXILIARIES, RU_CONJUNCTIONS, RU_DETERMINERS, RU_FIRST_NAME_GENDER, RU_FUNCTION_WORDS,
  RU_GENDER_WORDS, RU_GROUP_NOUNS, RU_NAME_PARTICLES, RU_NOT_NAMES, RU_OBLIQUE_PREPOSITIONS, RU_ORGANIZATION_NOUNS,
  RU_PLACE_NOUNS, RU_RECIPIENTS, RU_SURNAME_CASE_FORMS, RU_PLACE_PREPOSITIONS, RU_PRONOUNS, RU_QUANTITY_WORDS, RU_RELATIVE_PRONOUNS, RU_SUBORDINATORS,
  RU_TIME_WORDS, RU_TITLE_CASE_LOWER, RU_TITLE_MODIFIERS, RU_TITLE_NOUNS,
} from "./words.js";

/** Finite past and present forms open a coordinated claim ("… и добавил, что …"). */
const COORDINATING = new Set(RU_CUES.flatMap((c) => c.forms.filter((f) => !/в$/.test(f))));

export const RU: LangData = Object.freeze({
  code: "ru",
  cues: RU_CUES,
  nounLikeCues: new Set<string>(),
  chainParticiples: RU_CHAIN_PARTICIPLES,
  coordinatingCues: COORDINATING,
  sourceFirstPhrases: RU_SOURCE_FIRST,
  titleNouns: RU_TITLE_NOUNS,
  titleModifiers: RU_TITLE_MODIFIERS,
  organizationNouns: RU_ORGANIZATION_NOUNS,
  groupNouns: RU_GROUP_NOUNS,
  pronouns: RU_PRONOUNS,
  determiners: RU_DETERMINERS,
  nameParticles: RU_NAME_PARTICLES,
  auxiliaries: RU_AUXILIARIES,
  timeWords: RU_TIME_WORDS,
  adjunctPrepositions: RU_ADJUNCT_PREPOSITIONS,
  complementizer: "что",
  notNames: RU_NOT_NAMES,
  functionWords: RU_FUNCTION_WORDS,
  quantityWords: RU_QUANTITY_WORDS,
  genderWords: RU_GENDER_WORDS,
  firstNameGender: RU_FIRST_NAME_GENDER,
  placePrepositions: RU_PLACE_PREPOSITIONS,
  placeNouns: RU_PLACE_NOUNS,
  obliquePrepositions: RU_OBLIQUE_PREPOSITIONS,
  subordinators: RU_SUBORDINATORS,
  titleCaseLower: RU_TITLE_CASE_LOWER,
  relativePronouns: RU_RELATIVE_PRONOUNS,
  conjunctions: RU_CONJUNCTIONS,
  attributionDashes: new Set(["—", "–"]),
  commaBeforeComplementizer: true,
  adjunctBeforeInvertedSubject: true,
  headFirst: true,
  surnameCaseForms: RU_SURNAME_CASE_FORMS,
  anaphoricOpeners: new Set(["об этом", "это"]),
  recipients: RU_RECIPIENTS,
  cueCoordinators: new Set(["и", "но", "а"]),
  bodySourcePhrases: RU_BODY_SOURCE,
  phrasePronouns: RU_PHRASE_PRONOUNS,
  statementNouns: new Set<string>(),
  workNouns: new Set<string>(),
  bodyNouns: new Set<string>(),
  nameLikeWords: new Set<string>(),
});
