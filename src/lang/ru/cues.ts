// Russian reporting verbs and phrases ("cues") with their written forms. Sources: the verbs of
// reported speech in Розенталь, «Справочник по правописанию и стилистике» (§ прямая речь: «…, —
// сказал он»), the attribution formulas of Russian news copy (ТАСС, РИА Новости, Интерфакс: «заявил»,
// «сообщила пресс-служба», «по словам», «по данным», «как сообщает») and the newsclaim fixtures.
// Extend by adding rows.

import type { CueEntry } from "../types.js";

/** Past forms of a verb by gender and number: stem "сказа" → сказал, сказала, сказало, сказали. */
function past(stem: string): string[] {
  return [`${stem}л`, `${stem}ла`, `${stem}ло`, `${stem}ли`];
}

/** A verb from its past stem, present (3rd person singular and plural) and adverbial participle
 * ("добавив"). Finite forms stand before or after their subject («…», — заявил X; X заявил, что …). */
function verb(pastStem: string, present: readonly string[], participle: string | null, flags: Omit<CueEntry, "forms"> = {}): CueEntry {
  return { forms: [...past(pastStem), ...present, ...(participle ? [participle] : [])], bareContent: false, inverts: true, ...flags };
}

export const RU_CUES: readonly CueEntry[] = [
  verb("сказа", [], "сказав"),
  verb("заяви", ["заявляет", "заявляют"], "заявив"),
  verb("сообщи", ["сообщает", "сообщают"], "сообщив"),
  verb("отмети", ["отмечает", "отмечают"], "отметив"),
  verb("подчеркну", ["подчеркивает", "подчёркивает", "подчеркивают", "подчёркивают"], "подчеркнув"),
  verb("добави", ["добавляет", "добавляют"], "добавив"),
  verb("поясни", ["поясняет", "поясняют"], "пояснив"),
  verb("напомни", ["напоминает", "напоминают"], "напомнив"),
  verb("написа", ["пишет", "пишут"], "написав"),
  verb("говори", ["говорит", "говорят"], null),
  verb("счита", ["считает", "считают"], null),
  verb("рассказа", ["рассказывает", "рассказывают"], "рассказав"),
  verb("объясни", ["объясняет", "объясняют"], "объяснив"),
  verb("уточни", ["уточняет", "уточняют"], "уточнив"),
  verb("подтверди", ["подтверждает", "подтверждают"], "подтвердив"),
  verb("призна", ["признает", "признаёт", "признают"], "признав"),
  verb("ответи", ["отвечает", "отвечают"], "ответив"),
  verb("предупреди", ["предупреждает", "предупреждают"], "предупредив"),
  verb("указа", ["указывает", "указывают"], "указав"),
  verb("утвержда", ["утверждает", "утверждают"], null),
  verb("убежда", [], null, { inverts: false }),
  verb("констатирова", ["констатирует", "констатируют"], "констатировав"),
  verb("спроси", ["спрашивает", "спрашивают"], "спросив"),
  verb("воскликну", [], null),
];

/** Adverbial participles that, after a comma, open a further claim by the same speaker
 * ("…, добавив, что …"). */
export const RU_CHAIN_PARTICIPLES: ReadonlySet<string> = new Set(
  RU_CUES.flatMap((c) => c.forms.filter((f) => /в$/.test(f))),
);

/** Phrases whose source follows them ("по данным министерства, …", "как сообщает ТАСС, …"), or
 * stands inside them as a possessive pronoun ("по его словам, …": see RU_PHRASE_PRONOUNS). */
export const RU_SOURCE_FIRST: readonly string[] = [
  "по словам", "по его словам", "по её словам", "по ее словам", "по их словам",
  "по данным", "по его данным", "по их данным", "по мнению", "по его мнению", "по её мнению", "по ее мнению", "по их мнению",
  "по информации", "по сообщению", "по оценке", "по оценкам", "по подсчетам", "по подсчётам", "согласно",
  "как сообщает", "как сообщают", "как сообщил", "как сообщила", "как сообщило", "как сообщили",
  "как заявил", "как заявила", "как заявили", "как пишет", "как пишут", "как отметил", "как отметила", "как отметили",
];

/** Source-first phrases of data and reports: their source is a body or a document ("по данным Росстата"). */
export const RU_BODY_SOURCE: ReadonlySet<string> = new Set([
  "по данным", "по информации", "по сообщению", "по оценке", "по оценкам", "по подсчетам", "по подсчётам", "как сообщает", "как сообщают",
]);

/** Possessive pronouns that stand for the source inside a phrase ("по его словам" = by his words). */
export const RU_PHRASE_PRONOUNS: Readonly<Record<string, { refers: "person" | "any"; gender?: "f" | "m" }>> = {
  его: { refers: "person", gender: "m" },
  её: { refers: "person", gender: "f" },
  ее: { refers: "person", gender: "f" },
  их: { refers: "any" },
};
