// What a language contributes to quote and speaker finding: vocabulary only. The rules in
// src/extract/quotes and src/extract/speakers iterate these tables; adding a language is data.

/** One reporting verb or phrase with its forms. */
export interface CueEntry {
  /** Every written form, lower case ("say", "says", "said", "saying"); multi-word phrases allowed ("cast doubt on"). */
  readonly forms: readonly string[];
  /** The verb takes a person object before its content ("told reporters that …"): skip it. */
  readonly object?: "skip" | "keep";
  /** Content normally follows without "that" ("said Moscow was …", "urging Moscow to …"). */
  readonly bareContent?: boolean;
  /** The verb can stand inverted after a quote ("…," said Peskov). */
  readonly inverts?: boolean;
}

export interface LangData {
  readonly code: string;
  readonly cues: readonly CueEntry[];
  /** Cue forms that are also common nouns ("a rare note"), nouns after a determiner and modifiers. */
  readonly nounLikeCues: ReadonlySet<string>;
  /** Participles that open a second claim after a comma (", adding …"): they end the claim before. */
  readonly chainParticiples: ReadonlySet<string>;
  /** Finite cue forms that open a coordinated claim ("… but argues that …"). */
  readonly coordinatingCues: ReadonlySet<string>;
  /** "according to": the source follows the phrase. */
  readonly sourceFirstPhrases: readonly string[];
  readonly titleNouns: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  readonly organizationNouns: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly pronouns: Readonly<Record<string, "person" | "group" | "organization" | "any" | "relative">>;
  readonly determiners: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  /** Words between a subject and its cue ("has", "also", "repeatedly"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Words of time adjuncts next to a cue ("late Wednesday", "earlier this week"). */
  readonly timeWords: ReadonlySet<string>;
  /** Prepositions that open a short adjunct after a cue ("in a statement", "on X"). */
  readonly adjunctPrepositions: ReadonlySet<string>;
  readonly complementizer: string;
  /** Capitalised words that never start a name (sentence-initial function words). */
  readonly notNames: ReadonlySet<string>;
  /** Closed-class words that never belong to a speaker's description (and, with, of, …). */
  readonly functionWords: ReadonlySet<string>;
  /** Words that make a quantity a subject ("half", "a third", "most"). */
  readonly quantityWords: ReadonlySet<string>;
  /** Words that tell a person's gender (pronouns, honorifics, gendered titles), for pronoun resolution. */
  /** Prepositions after which a capitalised run is a place ("in Westchester County"). */
  readonly placePrepositions: ReadonlySet<string>;
  /** Prepositions whose object is not the sentence's subject ("between", "like", "about"). */
  readonly obliquePrepositions: ReadonlySet<string>;
  /** Conjunctions that open an adverbial clause ("when", "while", "as"). */
  readonly subordinators: ReadonlySet<string>;
  /** Words title case keeps in lower case ("of", "the"), to tell titles of works from speech. */
  readonly titleCaseLower: ReadonlySet<string>;
  /** Relative pronouns ("who", "which") that open a clause describing a noun. */
  readonly relativePronouns: ReadonlySet<string>;
  /** Coordinating conjunctions that may open a sentence ("And", "But"). */
  readonly conjunctions: ReadonlySet<string>;
  /** Words that make a capitalised run a place, not a person. */
  readonly placeNouns: ReadonlySet<string>;
  /** Given names and their usual gender, to steer he/she (never to decide who is a person). */
  readonly firstNameGender: ReadonlyMap<string, "f" | "m">;
  readonly genderWords: Readonly<Record<string, "f" | "m">>;
  // The few rules a language switches on (English: none of them).
  /** Dashes that set an attribution off after a quotation ("«…», — заявил X", "«…» — говорит X")
   * and, inside one, split it around its attribution ("«…, — сказал X. — …»"). */
  readonly attributionDashes: ReadonlySet<string>;
  /** The complementizer follows a comma ("заявил, что …"). */
  readonly commaBeforeComplementizer: boolean;
  /** Time adjuncts may stand between an inverted cue and its subject ("сообщила в четверг пресс-служба"). */
  readonly adjunctBeforeInvertedSubject: boolean;
  /** Possessive pronouns that stand for the source inside a source-first phrase ("по его словам"). */
  /** Conjunctions before a second cue of the same subject ("… and argued that …", "… и напомнила, что …"). */
  readonly cueCoordinators: ReadonlySet<string>;
  /** Source-first phrases whose source is a body or a document, never a lone person ("по данным"). */
  readonly bodySourcePhrases: ReadonlySet<string>;
  /** Listeners that may follow an inverted subject ("— пояснила Петрова журналистам"). */
  readonly recipients: ReadonlySet<string>;
  /** Openers that point a cue back to the sentence before ("Об этом сообщила …", "Это заявил …"). */
  readonly anaphoricOpeners: ReadonlySet<string>;
  /** A surname's case endings and their nominative replacements ("Лаврова" → "Лавров"). */
  readonly surnameCaseForms: readonly (readonly [string, string])[];
  /** A noun phrase's head stands first, its complements follow ("министерство здравоохранения области"). */
  readonly headFirst: boolean;
  readonly phrasePronouns: Readonly<Record<string, { refers: "person" | "any"; gender?: "f" | "m" }>>;
  /** Nouns of a statement whose possessive owner is its author, before a colon and a quotation
   * ("From Bush's Facebook post: “…”"). */
  readonly statementNouns: ReadonlySet<string>;
  /** Nouns of works whose title may follow in quotation marks ("the book “Clinton Cash”"). */
  readonly workNouns: ReadonlySet<string>;
  /** Organisation heads that, with "the" and no name, refer back to the last body named ("the utility"). */
  readonly bodyNouns: ReadonlySet<string>;
  /** Function words or months that are also names next to another name ("Theresa May", "Will Estrada"). */
  readonly nameLikeWords: ReadonlySet<string>;
}
