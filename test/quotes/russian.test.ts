// Russian quotes and speakers: the language is data (src/lang/ru) plus the rules it switches on.
import { describe, expect, it } from "vitest";
import type { Article, Block } from "../../src/article/types.js";
import { findQuotes } from "../../src/extract/quotes/index.js";
import { splitSentences } from "../../src/text/sentences.js";

function run(paragraphs: readonly string[], language = "ru") {
  const blocks: Block[] = paragraphs.map((text, index) => ({ index, kind: "paragraph", text, links: [], sentences: splitSentences(text, language) }));
  const article = { doc: null as never, meta: null as never, blocks, asideLinks: [], warnings: [] } as Article;
  return findQuotes(article, { language, reference: null });
}
function claims(paragraphs: readonly string[], language = "ru"): string[] {
  const r = run(paragraphs, language);
  return r.quotes.map((q) => `${q.type} | ${q.text} | ${q.speaker === null ? null : r.speakers[q.speaker]!.name} | ${q.cue}`);
}

describe("Russian direct speech", () => {
  it("«…», — заявил X: the dash after the quotation, the subject after the verb, its title before the name", () => {
    const r = run(["«Мы готовы к переговорам», — заявил пресс-секретарь президента Дмитрий Песков."]);
    expect(r.quotes.map((q) => [q.type, q.text, q.cue, q.mention])).toEqual([["direct", "Мы готовы к переговорам", "заявил", "пресс-секретарь президента Дмитрий Песков"]]);
    expect(r.speakers).toEqual([{ name: "Дмитрий Песков", kind: "person", title: "пресс-секретарь президента", aliases: [] }]);
  });

  it("«…» — говорит X, without a comma, and a surname resolved to the full name", () => {
    expect(claims(["«Мы готовы к переговорам», — заявил пресс-секретарь президента Дмитрий Песков.", "«Решение ещё не принято» — говорит Песков."]))
      .toEqual(["direct | Мы готовы к переговорам | Дмитрий Песков | заявил", "direct | Решение ещё не принято | Дмитрий Песков | говорит"]);
  });

  it("a quotation split by its attribution inside one pair of guillemets: both parts, the same speaker, not the attribution", () => {
    const stop = claims(["«Мы не можем откладывать ремонт ещё на год, — сказала главный врач Ольга Петрова. — Кровля течёт, а вентиляция не работает»."]);
    expect(stop).toEqual([
      "direct | Мы не можем откладывать ремонт ещё на год, | Ольга Петрова | сказала",
      "direct | Кровля течёт, а вентиляция не работает | Ольга Петрова | сказала",
    ]);
    const comma = claims(["«Первая часть ответа, — сказал Иван Орлов, — и его продолжение без паузы»."]);
    expect(comma).toEqual(["direct | Первая часть ответа, | Иван Орлов | сказал", "direct | и его продолжение без паузы | Иван Орлов | сказал"]);
  });

  it("dialogue lines opened by a dash: «— …, — сказал X. — …» without guillemets; a dash-led line with no cue is not speech", () => {
    expect(claims([
      "Министр транспорта Роман Старовойт провёл совещание с перевозчиками.",
      "— Мы не допустим срыва перевозок, — сказал министр. — Все маршруты сохранятся.",
      "— Субсидии получат все компании, — добавил Старовойт.",
      "— Список маршрутов на весну",
    ])).toEqual([
      "direct | Мы не допустим срыва перевозок, | Роман Старовойт | сказал",
      "direct | Все маршруты сохранятся. | Роман Старовойт | сказал",
      "direct | Субсидии получат все компании, | Роман Старовойт | добавил",
    ]);
  });

  it("a dash inside a quotation with no cue after it does not split it", () => {
    expect(claims(["«Тариф вырастет, — это неизбежно, — но льготы сохранятся», — заявил Игорь Смирнов."]))
      .toEqual(["direct | Тариф вырастет, — это неизбежно, — но льготы сохранятся | Игорь Смирнов | заявил"]);
  });
});

describe("Russian reported speech", () => {
  it("X заявил, что …, добавив, что …: 'что' after a comma, and a participle continuing the speaker", () => {
    expect(claims(["Министр финансов Антон Силуанов заявил, что бюджет будет исполнен без дефицита, добавив, что налоги не вырастут."])).toEqual([
      "indirect | бюджет будет исполнен без дефицита | Антон Силуанов | заявил",
      "indirect | налоги не вырастут | Антон Силуанов | добавив",
    ]);
  });

  it("content first, then the cue, a time adjunct and the subject: …, сообщила в четверг пресс-служба мэрии", () => {
    const r = run(["Стоимость проезда вырастет с 45 до 52 рублей, сообщила в четверг пресс-служба мэрии."]);
    expect(r.quotes.map((q) => [q.type, q.text, q.cue])).toEqual([["indirect", "Стоимость проезда вырастет с 45 до 52 рублей", "сообщила"]]);
    expect(r.speakers).toEqual([{ name: "пресс-служба мэрии", kind: "organization", title: null, aliases: [] }]);
  });

  it("по его/её словам: the pronoun inside the phrase, resolved by gender to a speaker before", () => {
    const r = claims([
      "Глава Центробанка Эльвира Набиуллина сказала, что ставка останется прежней.",
      "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.",
      "По её словам, инфляция замедлится к осени.",
      "По его словам, дефицита не будет.",
    ]);
    expect(r).toEqual([
      "indirect | ставка останется прежней | Эльвира Набиуллина | сказала",
      "indirect | бюджет будет исполнен | Антон Силуанов | заявил",
      "indirect | инфляция замедлится к осени | Эльвира Набиуллина | По её словам",
      "indirect | дефицита не будет | Антон Силуанов | По его словам",
    ]);
  });

  it("source-first phrases: по данным, по мнению, как сообщает", () => {
    const r = run(["По данным министерства здравоохранения области, в очереди стоят более 300 человек.", "Как сообщает ТАСС, переговоры пройдут в Стамбуле.", "По мнению экспертов, рынок восстановится не раньше 2026 года."]);
    expect(r.quotes.map((q) => [q.text, q.cue, r.speakers[q.speaker!]!.name, r.speakers[q.speaker!]!.kind])).toEqual([
      ["в очереди стоят более 300 человек", "По данным", "министерства здравоохранения области", "organization"],
      ["переговоры пройдут в Стамбуле", "Как сообщает", "ТАСС", "organization"],
      ["рынок восстановится не раньше 2026 года", "По мнению", "экспертов", "group"],
    ]);
  });

  it("a pronoun subject (Она добавила, что …) and a group (Эксперты считают, что …)", () => {
    expect(claims(["Депутат Елена Власова выступила против повышения.", "Она добавила, что тариф уже повышался в прошлом году.", "Эксперты считают, что цены продолжат расти."])).toEqual([
      "indirect | тариф уже повышался в прошлом году | Елена Власова | добавила",
      "indirect | цены продолжат расти | Эксперты | считают",
    ]);
  });

  it("a second cue after 'и' keeps the sentence's subject (… назвала решение «…» и напомнила, что …)", () => {
    expect(claims(["Депутат Елена Власова назвала решение «несвоевременным» и напомнила, что тариф уже повышался в августе 2024 года."]))
      .toEqual(["indirect | тариф уже повышался в августе 2024 года | Елена Власова | напомнила"]);
  });

  it("an impersonal cue and where it was said: «…», — сообщили в пресс-службе мэрии; по данным + a lone name is a body", () => {
    const r = run(["«Работы будут завершены к осени», — сообщили в пресс-службе мэрии.", "По данным Архангельскстата, средняя зарплата составила 78 тысяч рублей."]);
    expect(r.quotes.map((q) => [q.type, q.text, r.speakers[q.speaker!]!.name, r.speakers[q.speaker!]!.kind])).toEqual([
      ["direct", "Работы будут завершены к осени", "пресс-службе мэрии", "organization"],
      ["indirect", "средняя зарплата составила 78 тысяч рублей", "Архангельскстата", "organization"],
    ]);
  });

  it("a company in guillemets inside the title, a listener after the cue (сказал журналистам, что …)", () => {
    const r = run(["«Цены на бензин стабилизируются к лету», — считает аналитик «Финама» Алексей Калачёв.", "Представитель Кремля Дмитрий Песков сказал журналистам, что встреча пока не запланирована."]);
    expect(r.quotes.map((q) => [q.type, q.text, r.speakers[q.speaker!]!.name])).toEqual([
      ["direct", "Цены на бензин стабилизируются к лету", "Алексей Калачёв"],
      ["indirect", "встреча пока не запланирована", "Дмитрий Песков"],
    ]);
    expect(r.speakers[0]!.title).toBe("аналитик «Финама»");
  });

  it("«Об этом сообщила …», «Это заявил …»: the cue points back to the sentence before; with none before, no claim", () => {
    expect(claims([
      "Стоимость проезда в автобусах вырастет с 1 марта. Об этом сообщила в четверг пресс-служба мэрии.",
      "Москва готова возобновить переговоры в Стамбуле. Это заявил пресс-секретарь президента Дмитрий Песков.",
      "Об этом сообщил губернатор.",
    ])).toEqual([
      "indirect | Стоимость проезда в автобусах вырастет с 1 марта | пресс-служба мэрии | сообщила",
      "indirect | Москва готова возобновить переговоры в Стамбуле | Дмитрий Песков | заявил",
    ]);
  });

  it("по словам + a surname in the genitive resolves to the person named before (Лаврова → Сергей Лавров, Петровой → Ольга Петрова)", () => {
    expect(claims([
      "«Мы готовы к диалогу», — заявил глава МИД Сергей Лавров в интервью РИА Новости.",
      "Главный врач Ольга Петрова заявила, что отделение закроют на ремонт.",
      "По словам Лаврова, переговоры могут пройти уже в июне.",
      "По словам Петровой, пациентов примут в другой больнице.",
    ]).map((c) => c.split(" | ")[2])).toEqual(["Сергей Лавров", "Ольга Петрова", "Сергей Лавров", "Ольга Петрова"]);
  });

  it("a company name in guillemets is no quote", () => {
    expect(claims(["Ремонт проведёт подрядчик «Стройсервис», контракт подписан в марте."])).toEqual([]);
  });
});

describe("the Russian rules stay in Russian", () => {
  it("the article's language chooses the data: Russian cues under ru (and ru-RU), none under en", () => {
    const text = ["«Мы готовы к переговорам», — заявил пресс-секретарь президента Дмитрий Песков."];
    expect(run(text, "ru").quotes.map((q) => q.cue)).toEqual(["заявил"]);
    expect(run(text, "ru-RU").quotes.map((q) => q.cue)).toEqual(["заявил"]);
    expect(run(text, "en").quotes.map((q) => q.cue)).toEqual([null]);
  });

  it("hostile text: 100 KB of guillemets, dashes and cue verbs is read (hang detector, no timing)", () => {
    const unit = "«а, — сказал б. — в, — ";
    const noise = unit.repeat(Math.ceil(100_000 / unit.length));
    expect(() => run([noise])).not.toThrow();
    // After 100 KB of unbalanced marks and dashes, a real split quotation in the next paragraph is still read.
    const r = claims([noise, "«Мы не можем ждать до весны, — сказал Андрей Волков. — Ремонт начнётся сейчас»."]);
    expect(r.slice(-2)).toEqual(["direct | Мы не можем ждать до весны, | Андрей Волков | сказал", "direct | Ремонт начнётся сейчас | Андрей Волков | сказал"]);
  });
});
