import { describe, expect, it } from "vitest";
import { at, claims, run } from "./helpers.js";

describe("indirect speech: the content, not the attribution", () => {
  it("X said <day> that …, with the attribution covering the day", () => {
    const text = "Russian Foreign Minister Sergei Lavrov said Wednesday that Moscow was ready to present its proposal.";
    const [q] = run(text).quotes;
    expect(q).toMatchObject({ type: "indirect", text: "Moscow was ready to present its proposal", cue: "said" });
    expect(at(text, q!.attribution)).toBe("Russian Foreign Minister Sergei Lavrov said Wednesday");
  });

  it("adjuncts next to the cue: late Wednesday, earlier this week, on Thursday", () => {
    const a = "Chief Russian negotiator Vladimir Medinsky said late Wednesday that he proposed a date for talks.";
    expect(at(a, run(a).quotes[0]!.attribution)).toBe("Chief Russian negotiator Vladimir Medinsky said late Wednesday");
    const b = "Trump's special envoy for Ukraine Keith Kellogg said earlier this week that Washington had received the memorandum.";
    expect(at(b, run(b).quotes[0]!.attribution)).toBe("Trump's special envoy for Ukraine Keith Kellogg said earlier this week");
    const c = "Peskov told reporters on Thursday that it was too early to discuss next steps.";
    expect(at(c, run(c).quotes[0]!.attribution)).toBe("Peskov told reporters on Thursday");
  });

  it("without 'that'", () => {
    expect(claims("Russian President Vladimir Putin said Moscow was prepared to work with Kyiv on a peace deal."))
      .toEqual(["indirect | Moscow was prepared to work with Kyiv on a peace deal | Vladimir Putin"]);
  });

  it("content first: …, X said / …, argued X", () => {
    expect(claims("That is not just a problem for the youth who are affected, argued Palvetzian."))
      .toEqual(["indirect | That is not just a problem for the youth who are affected | Palvetzian"]);
    expect(claims("The ceasefire would hold through the weekend, the ministry said in a statement."))
      .toEqual(["indirect | The ceasefire would hold through the weekend | ministry"]);
  });

  it("according to X, before or after the content", () => {
    expect(claims("According to the ministry, the talks will resume in Istanbul next week."))
      .toEqual(["indirect | the talks will resume in Istanbul next week | ministry"]);
    expect(claims("Those sectors are the best bets for young people, according to a study released by Civic Action."))
      .toEqual(["indirect | Those sectors are the best bets for young people | Civic Action"]);
  });

  it("a parenthetical between subject and cue: Umerov, writing on X, said …", () => {
    expect(claims("Umerov, writing on X, said he gave Russia a memorandum with Ukraine's vision for a ceasefire."))
      .toEqual(["indirect | he gave Russia a memorandum with Ukraine's vision for a ceasefire | Umerov"]);
  });

  it("a relative clause: …, who replied that …", () => {
    expect(claims("Medinsky said he called Ukrainian Defense Minister Rustem Umerov, who replied that Kyiv would consider it.")).toEqual([
      "indirect | he called Ukrainian Defense Minister Rustem Umerov | Medinsky",
      "indirect | Kyiv would consider it | Rustem Umerov",
    ]);
  });

  it("participles that carry on the speaker: urging …, adding …", () => {
    expect(claims(`Ukrainian Foreign Minister Andrii Sybiha echoed those calls, urging Moscow to submit its memorandum "after 10 days of reflections and attacks."`))
      .toEqual([`mixed | Moscow to submit its memorandum "after 10 days of reflections and attacks." | Andrii Sybiha`]);
    expect(claims(`Peskov told reporters on Thursday that it was "not constructive" to pressure Russia, adding: "You should either confirm or do the opposite."`)).toEqual([
      `mixed | it was "not constructive" to pressure Russia | Peskov`,
      "direct | You should either confirm or do the opposite. | Peskov",
    ]);
  });

  it("cast doubt on …", () => {
    const r = run(["Foreign Minister Sergei Lavrov spoke in Ankara on Monday.", "However, last week, he cast doubt on any deal signed by Ukrainian President Volodymyr Zelensky."]);
    expect(r.quotes[0]).toMatchObject({ type: "indirect", text: "any deal signed by Ukrainian President Volodymyr Zelensky", cue: "cast doubt on", mention: "he" });
    expect(r.speakers[r.quotes[0]!.speaker!]).toMatchObject({ name: "Sergei Lavrov", title: "Foreign Minister" });
  });

  it("quoted words inside reported speech make it mixed, not a quote of their own", () => {
    const r = run(`Kellogg said Washington was waiting for Russia's memorandum in order to "melt them together."`);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]).toMatchObject({ type: "mixed", text: `Washington was waiting for Russia's memorandum in order to "melt them together."` });
  });

  it("coordinated cues: says … but argues …", () => {
    expect(claims("Clinton says she respects her rival's passion but argues that he can't deliver on his promises.")).toEqual([
      "indirect | she respects her rival's passion | Clinton",
      "indirect | he can't deliver on his promises | Clinton",
    ]);
  });

  it("after 'X said, …' the rest of the sentence is the reporter's, and a dateline is not content", () => {
    expect(claims("LISBON, June 3, 2025 — Portugal will replace every diesel school bus by 2028, Environment Minister Sofia Almeida said on Tuesday, in a plan funded by the European Union."))
      .toEqual(["indirect | Portugal will replace every diesel school bus by 2028 | Sofia Almeida"]);
  });

  it("an inverted subject ends its clause: 'says the program changed …' is content", () => {
    expect(claims("Toronto retiree Doug Purdy, who lost 16 lbs. “and two belt loops” since May, says the program changed his life."))
      .toEqual(["indirect | the program changed his life | Doug Purdy"]);
  });

  it("an attribution between commas inside the reporter's sentence: one claim on both sides", () => {
    expect(claims("While prices are at their highest in years, he said, \u201cthis has done nothing to change the mood of voters.\u201d"))
      .toEqual(["mixed | While prices are at their highest in years, he said, \u201cthis has done nothing to change the mood of voters.\u201d | null"]);
    expect(claims("Her countrymen, Merkel said, should not listen to \u201cthose with coldness in their hearts.\u201d"))
      .toEqual(["mixed | Her countrymen, Merkel said, should not listen to \u201cthose with coldness in their hearts.\u201d | Merkel"]);
    // A quotation split by its attribution stays direct; an adjunct after the attribution is not content.
    expect(claims("\u201cFolks know we have time,\u201d Coleman said, \u201cbut not a lot of time.\u201d").map((c) => c.split(" | ")[0]))
      .toEqual(["direct", "direct"]);
    expect(claims("The ceasefire would hold through the weekend, the ministry said, in a plan backed by the mediators."))
      .toEqual(["indirect | The ceasefire would hold through the weekend | ministry"]);
  });

  it("according to: the noun that heads the source, not a name that modifies a later noun", () => {
    expect(claims("According to the officer in charge of the agency's Benghazi base that night, the scene in the film is untrue."))
      .toEqual(["indirect | the scene in the film is untrue | officer"]);
    expect(claims("The programme will cost 410 million euros, according to budget documents the ministry published in April."))
      .toEqual(["indirect | The programme will cost 410 million euros | ministry"]);
  });

  it("an inverted subject: a description and the name it is known by", () => {
    expect(claims("\u201cThere never was an order to wait,\u201d said the base chief known as Bob, speaking publicly for the first time."))
      .toEqual(["direct | There never was an order to wait, | Bob"]);
    expect(claims("\u201cI couldn't afford to defend myself,\u201d said one former campaign staffer, who asked not to be named."))
      .toEqual(["direct | I couldn't afford to defend myself, | one former campaign staffer"]);
  });

  it("a quotation before according to, a clause between the cue and the quotation, a participle after a preposition", () => {
    expect(claims("\u201cThe evidence cannot prove all the required elements,\u201d according to a court document filed by state attorney Dave Aronberg."))
      .toEqual(["direct | The evidence cannot prove all the required elements, | Dave Aronberg"]);
    expect(claims("Since the attacks, ''there has been a renewed engagement,'' according to a senior administration official who spoke on the condition of anonymity."))
      .toEqual(["direct | there has been a renewed engagement, | senior administration official"]);
    expect(claims("Clinton said in the spring, when the email story broke, \u201cI did not email any classified material to anyone.\u201d"))
      .toEqual(["direct | I did not email any classified material to anyone. | Clinton"]);
    expect(claims("On Tuesday, Mr. McConnell deflected questions about the nominee before saying, ''It's time to get on message.''"))
      .toEqual(["direct | It's time to get on message. | Mr. McConnell"]);
  });

  it("a quantity standing alone speaks; a participle after reported content belongs to the frame that reports it", () => {
    expect(claims("Supporters gave each other high-fives. Some chanted \u201cUSA! USA!\u201d")).toEqual(["direct | USA! USA! | Some"]);
    const r = run("Warren told the audience that she believes we must continue to push for change, saying that \u201crace still determines too much\u201d in America.");
    expect(r.quotes.map((q) => `${q.cue} | ${q.speaker === null ? null : r.speakers[q.speaker]!.name}`)).toEqual(["told | Warren", "saying | Warren"]);
  });

  it("doubled apostrophes open quotations like any mark; quoted words inside the clause before 'according to' make it mixed", () => {
    expect(claims("While confidence is at its highest in years, he said, ''this has done nothing to change the mood of voters.''").map((c) => c.split(" | ")[0]))
      .toEqual(["mixed"]);
    expect(claims("The tax reduced emissions by 5 percent with ''negligible effects on economic performance,'' according to a study by economists at the University of Ottawa.").map((c) => c.split(" | ")[0]))
      .toEqual(["mixed"]);
  });
});
