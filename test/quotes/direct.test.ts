import { describe, expect, it } from "vitest";
import { scanQuotes } from "../../src/extract/quotes/direct.js";
import { at, claims, run } from "./helpers.js";

describe("quotation marks of every style", () => {
  it.each([
    ["straight double", `"We need to wait for an answer," Peskov said.`],
    ["curly double", `“We need to wait for an answer,” Peskov said.`],
    ["curly single", `‘We need to wait for an answer,’ Peskov said.`],
    ["guillemets with French spacing", `« We need to wait for an answer », Peskov said.`],
    ["single guillemets", `‹We need to wait for an answer›, Peskov said.`],
    ["German low-high", `„We need to wait for an answer“, Peskov said.`],
    ["German single low-high", `‚We need to wait for an answer‘, Peskov said.`],
    ["corner brackets", `「We need to wait for an answer」, Peskov said.`],
    ["white corner brackets", `『We need to wait for an answer』, Peskov said.`],
    ["doubled apostrophes", `''We need to wait for an answer,'' Peskov said.`],
  ])("%s", (_name, text) => {
    const [q] = run(text).quotes;
    expect(q).toMatchObject({ type: "direct", cue: "said", mention: "Peskov" });
    expect(q!.text.replace(/[,\s]+$/, "")).toBe("We need to wait for an answer");
  });

  it("apostrophes are not quotation marks", () => {
    const spans = scanQuotes(`Sanders’ plan isn’t new, the ’90s rock'n'roll crowd said, and ‘soft’ skills don’t count.`);
    expect(spans.map((s) => s.open)).toEqual([expect.any(Number)]);
    expect(claims(`“Some of those ‘soft’ skills are in short supply, but they’re what employers want,” said Sevaun Palvetzian.`))
      .toEqual(["direct | Some of those ‘soft’ skills are in short supply, but they’re what employers want, | Sevaun Palvetzian"]);
  });

  it("nested quotes stay inside the outer one", () => {
    expect(claims(`“They say, ‘Oh my God, you’re doing this? Maybe I can too!’ ” Campbell said.`))
      .toEqual(["direct | They say, ‘Oh my God, you’re doing this? Maybe I can too!’ | Campbell"]);
  });
});

describe("attribution of direct quotes", () => {
  const seed = `"So far, as I know, there's been no response," Kremlin spokesman Dmitry Peskov told reporters. "We need to wait for an answer from the Ukrainian side. Only then can we begin to move forward."`;

  it("a quote split by its attribution: both parts, one speaker", () => {
    const r = run(seed);
    expect(r.quotes.map((q) => q.text)).toEqual([
      "So far, as I know, there's been no response,",
      "We need to wait for an answer from the Ukrainian side. Only then can we begin to move forward.",
    ]);
    expect(r.quotes.map((q) => r.speakers[q.speaker!]!.name)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
    expect(at(seed, r.quotes[0]!.attribution)).toBe("Kremlin spokesman Dmitry Peskov told reporters");
    expect(at(seed, r.quotes[0]!.mentionPlace)).toBe("Kremlin spokesman Dmitry Peskov");
    expect(at(seed, r.quotes[0]!.cuePlace)).toBe("told");
  });

  it("a quote interrupted mid-sentence", () => {
    expect(claims(`“So far,” Peskov said, “there has been no response from Kyiv.”`)).toEqual([
      "direct | So far, | Peskov", "direct | there has been no response from Kyiv. | Peskov",
    ]);
  });

  it("attribution before the quote, with a colon", () => {
    const text = `Peskov told reporters on Thursday: “You should either confirm or do the opposite.”`;
    const [q] = run(text).quotes;
    expect(q).toMatchObject({ type: "direct", text: "You should either confirm or do the opposite.", cue: "told" });
    expect(at(text, q!.attribution)).toBe("Peskov told reporters on Thursday");
  });

  it("inverted attribution with a title in apposition", () => {
    const r = run(`“There’s a societal cost to having someone remain unemployed,” said Sevaun Palvetzian, CEO of Civic Action.`);
    expect(r.speakers).toEqual([{ name: "Sevaun Palvetzian", kind: "person", title: "CEO of Civic Action", aliases: [] }]);
  });

  it("a quote that runs over paragraphs: each part, the speaker named where it ends", () => {
    expect(claims([
      "Umerov said the memorandum had been delivered.",
      "“We call on them to fulfill that promise without delay.",
      "“And we ask them to stop trying to turn the meeting into a destructive one,” he wrote.",
    ])).toEqual([
      "indirect | the memorandum had been delivered | Umerov",
      "direct | We call on them to fulfill that promise without delay. | Umerov",
      "direct | And we ask them to stop trying to turn the meeting into a destructive one, | Umerov",
    ]);
  });

  it("a paragraph that is only a quote continues the speaker before it, without attribution", () => {
    const r = run([
      "“Only a well-prepared meeting has the potential to produce tangible results,” Sybiha said.",
      "“We are ready for it.”",
    ]);
    expect(r.quotes[1]).toMatchObject({ text: "We are ready for it.", attribution: null, cue: null });
    expect(r.speakers[r.quotes[1]!.speaker!]!.name).toBe("Sybiha");
  });

  it("a pull quote repeating the body is counted once", () => {
    expect(claims([
      "“We need to wait for an answer from the Ukrainian side,” Peskov said.",
      { kind: "blockquote", text: "“We need to wait for an answer from the Ukrainian side”" },
    ])).toEqual(["direct | We need to wait for an answer from the Ukrainian side, | Peskov"]);
  });

  it("an embedded post: its author is the speaker", () => {
    expect(claims([{ kind: "embed", text: "We gave Russia our memorandum. Now it is their turn.", embedAuthor: "Rustem Umerov" }]))
      .toEqual(["direct | We gave Russia our memorandum. Now it is their turn. | Rustem Umerov"]);
  });

  it("an attribution after “…?”, which ICU ends as a sentence of its own", () => {
    expect(claims(`"Why's he attacking me?" Trump said. "He's got to knock out seven or eight guys before he gets to me."`)).toEqual([
      "direct | Why's he attacking me? | Trump", "direct | He's got to knock out seven or eight guys before he gets to me. | Trump",
    ]);
  });

  it("a title, then the name in apposition, before the cue", () => {
    const r = run(`''That would have been the fairer thing to do,'' the White House press secretary, Josh Earnest, said on Tuesday.`);
    expect(r.speakers).toEqual([{ name: "Josh Earnest", kind: "person", title: "White House press secretary", aliases: [] }]);
  });

  it("a dropped straight mark does not put the pairing out of phase", () => {
    expect(claims(`He called the ruling "absurd and said he would fight it. "We will appeal this decision," Mayor Ann Lee said.`))
      .toEqual(["indirect | he would fight it | null", "direct | We will appeal this decision, | Ann Lee"]);
  });

  it("reporter's words before the quote in its clause make one mixed claim", () => {
    expect(claims(`He is supposed to be a cheerleader, but “he just acts like a defeated man,” Trump said.`))
      .toEqual(["mixed | He is supposed to be a cheerleader, but “he just acts like a defeated man,” | Trump"]);
  });
});

describe("mixed typography and quotes left open", () => {
  it("a curly opening mark closed by a straight one, and a typewriter closer", () => {
    expect(claims(`“We dedicate ourselves to local creators," Espinos said.`)).toEqual(["direct | We dedicate ourselves to local creators, | Espinos"]);
    expect(claims(`“We dedicate ourselves to local creators,’’ Espinos said.`)).toEqual(["direct | We dedicate ourselves to local creators, | Espinos"]);
  });

  it("a quote opening a sentence and left open at the paragraph's end runs on", () => {
    expect(claims([`“Without them, what do we have?” Roy Graf said. “We have nothing.`, `“Nothing at all.”`])).toEqual([
      "direct | Without them, what do we have? | Roy Graf", "direct | We have nothing. | Roy Graf", "direct | Nothing at all. | Roy Graf",
    ]);
  });

  it("a stray mark inside a sentence does not swallow the paragraph", () => {
    expect(claims(`The group's "plan was vague, he said, and nobody would sign it.`))
      .toEqual([`indirect | The group's "plan was vague | null`]);
  });

  it("speech with short words and names is not a title of a work", () => {
    expect(claims("''It's not going to be easy for Marco Rubio to do it,'' said Representative Peter T. King of New York, who endorsed him on Tuesday."))
      .toEqual(["direct | It's not going to be easy for Marco Rubio to do it, | Peter T. King"]);
    // Title case, where only articles and short prepositions stay lower case, is a title.
    expect(claims("Alden is the author of “Failure to Adjust: How Americans Got Left Behind in the Global Economy” and two other books.")).toEqual([]);
  });

  it("a capitalised quotation after a comma is a sentence of its own, not part of the words before it", () => {
    expect(claims("“His demeanor is grumpy,” she said, but despite the tone, “I think he will do it,” said Kunin, who has been critical of him."))
      .toEqual(["direct | His demeanor is grumpy, | null", "direct | I think he will do it, | Kunin"]);
  });
  it("a sentence quoted after a colon counts however short, with the subject before the colon", () => {
    expect(claims("Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”"))
      .toEqual(["direct | Let’s defeat her in November. | Trump"]);
    expect(claims("Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate, encouraging young staffers with a simple message: ''Don't screw this up!''"))
      .toEqual(["direct | Don't screw this up! | Ms. Warren"]);
    // (Not a few words in lower case: those are the reporter's.)
    expect(claims("The plan has two parts: “reform and growth.”")).toEqual([]);
  });

  it("a sentence quoted whole after the cue stays direct when the reporter's words follow its comma", () => {
    expect(claims("In a brief interview on Wednesday, Mr. Sloan said, ''We are going to enact the changes that have already been announced,'' including ending the sales goals."))
      .toEqual(["direct | We are going to enact the changes that have already been announced, | Sloan"]);
  });

  it("the title of a show among a cue's adjuncts is where it was said", () => {
    expect(claims("“I think Kasich would be the best nominee,” Graham said on MSNBC's \"Morning Joe,\" adding, “John Kasich's problem is he is an insider in an outsider year.”"))
      .toEqual([
        "direct | I think Kasich would be the best nominee, | Graham",
        "direct | John Kasich's problem is he is an insider in an outsider year. | Graham",
      ]);
    expect(claims("Sam Solovey, a contestant on Trump's reality TV show, \"The Apprentice,\" who went on to work alongside Trump, said his boss was \"always kind and generous and charming.\""))
      .toEqual(["mixed | his boss was \"always kind and generous and charming.\" | Sam Solovey"]);
  });
  it("a count before time words is an adjunct of the cue; 'and adding, “…”' opens a quotation of its own", () => {
    expect(claims("Donald Trump spoke to the host on Monday. He also stated a day earlier, “If Cruz catches on, I guess we’ll have to go to war.”").slice(-1))
      .toEqual(["direct | If Cruz catches on, I guess we’ll have to go to war. | Donald Trump"]);
    expect(claims("At the final debate, Ted Cruz only hinted at Donald Trump by mentioning the need for a wall on the Mexican border and adding, \"I've got an idea of who should build it.\""))
      .toEqual([
        "indirect | the need for a wall on the Mexican border | Ted Cruz",
        "direct | I've got an idea of who should build it. | Ted Cruz",
      ]);
  });
});
