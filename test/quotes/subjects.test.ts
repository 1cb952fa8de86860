// Who speaks when the words right before the cue are not the speaker: places and modifiers,
// ages in apposition, opening adjuncts, prepositional objects, "whose" clauses. Text written for
// these tests in the manner of US political reporting.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

/** The speaker's name of each claim, in order. */
const speakersOf = (paragraphs: string | readonly string[]) => {
  const r = run(paragraphs);
  return r.quotes.map((q) => (q.speaker === null ? null : r.speakers[q.speaker]!.name));
};

describe("speakers: what is not the subject", () => {
  it("a place before a title is not a person for the pronoun after it", () => {
    expect(speakersOf("“We will not back down,” former Ohio governor Ted Strickland said. If the bill passes, he said, “the state will pay for it for years.”"))
      .toEqual(["Ted Strickland", "Ted Strickland"]);
  });

  it("an age in apposition is skipped for the name before it", () => {
    const s = speakersOf("Mr. Harlan, 61, remained a defender of the plan, telling an interviewer in May that the “core strategy we have is not going to change.”");
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/Harlan$/);
  });

  it("an opening adjunct with a place in it is not the subject", () => {
    const s = speakersOf("In a victory speech in Suffolk County on Tuesday night, Mr. Walsh struck a measured tone, saying he understood the weight of the nomination.");
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/Walsh$/);
  });

  it("a count of years opening the sentence is not the subject", () => {
    expect(speakersOf([
      "Councilman Ray Ortiz has not endorsed anyone in this year’s race.",
      "Eight years ago, he backed the mayor and said, “The governor has never done anything for us.”",
    ])).toEqual(["Ray Ortiz"]);
  });

  it("a sentence opening with amid runs to its comma before the subject", () => {
    expect(speakersOf("Amid calls from some readers to publish the list, columnist Matt Walsh offered a defence, saying it is necessary to “remember their names.”"))
      .toEqual(["Matt Walsh"]);
  });

  it("a participle after a prepositional object belongs to the subject", () => {
    expect(speakersOf("Maria Gomez answered the reader’s question on Facebook writing, “Yes, I will. That was a poor choice of words.”"))
      .toEqual(["Maria Gomez"]);
  });

  it("a description that is the object of a verb before a participle is not the speaker", () => {
    expect(speakersOf("Senator Jane Holt posted a short video saying, “I have done nothing wrong and I will prove it.”"))
      .toEqual(["Jane Holt"]);
  });

  it("a name in apposition inside a whose clause is not the subject", () => {
    expect(speakersOf("Marco Diaz, whose hometown, Tampa, is projected to flood within decades, argues that climate rules will “destroy our economy.”"))
      .toEqual(["Marco Diaz"]);
  });

  it("an according-to source ends at a dash", () => {
    expect(speakersOf("Some 59 percent of registered voters view her unfavorably, according to a Gallup poll last week - virtually the same as Mr. Reed's 60 percent."))
      .toEqual(["Gallup"]);
  });

  it("verbs of manner report a quotation, not bare words", () => {
    expect(speakersOf("“This is fantastic!” beamed Donald Hartley, who had slipped onto the floor from the guest seats.")).toEqual(["Donald Hartley"]);
    expect(speakersOf("The satellite beamed images of the storm to the station.")).toEqual([]);
  });

  it("a pronoun refers to a name earlier in its own sentence, but not to a topic before its comma", () => {
    expect(speakersOf([
      "“We had no warning at all,” said Mayor Paul Grant.",
      "Representative Ann Kuster, Democrat of New Hampshire, kept silent for years: “My husband didn't know,” she said.",
    ])).toEqual(["Paul Grant", "Ann Kuster"]);
    expect(speakersOf("“It is the old hearts and minds thing,” said Sen. Richard Blumenthal. Schumer, he said, “knows the minds of his colleagues.”"))
      .toEqual(["Richard Blumenthal", "Richard Blumenthal"]);
  });

  it("joint speakers in apposition: the first named stands for both", () => {
    expect(speakersOf("“We can only wonder what the intent of the ruling is,” state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said in a statement."))
      .toEqual(["Phil Berger"]);
  });

  it("a description right after the quote speaks when no name stands before the commas", () => {
    const r = run("“The agents involved are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told the network.");
    expect(r.quotes).toHaveLength(1);
    expect(r.speakers[r.quotes[0]!.speaker!]!.name).toMatch(/intelligence source$/);
  });

  it("a name opening the sentence is the subject, whatever commas its apposition holds", () => {
    expect(speakersOf("Nadia Brooks, Minister of Housing, Transport and Public Works, said in an interview on Friday that the plan was on a “larger scale” than before."))
      .toEqual(["Nadia Brooks"]);
    expect(speakersOf("Sen. Walter Pike of Nebraska, the chairman of the Finance Committee, said Monday a long stalemate only makes everyone look “foolish.”"))
      .toEqual(["Walter Pike"]);
    // A name in apposition after a description is still the one that speaks.
    expect(speakersOf("Keeper of the Royal Archive, Amir Hassan Latif, said the council met on Monday to choose a date."))
      .toEqual(["Amir Hassan Latif"]);
  });

  it("a title completed by a portfolio or place is not a name", () => {
    const r = run("Minister of Innovation said the programme would close in the spring.");
    expect(r.speakers.map((s) => s.kind)).toEqual(["unknown"]);
  });

  it("an indefinite description is someone new; a role noun heads a subject before a participle", () => {
    expect(speakersOf([
      "“We never discussed it,” said Nora Kimball, a spokeswoman for the mayor.",
      "A spokeswoman for the bank also declined to comment, saying that nobody involved still works there.",
    ])).toEqual(["Nora Kimball", "spokeswoman"]);
  });

  it("'with X saying': X speaks; a negated auxiliary is not part of the subject; a state after a place belongs to the adjunct", () => {
    expect(speakersOf("Attention now turns to the jobs data on Friday, with analysts saying a strong reading will cement the case for a rate rise."))
      .toEqual(["analysts"]);
    expect(speakersOf("Comey cannot say that the case is closed, Lewandowski added, saying it should be up to the prosecutor to decide.")[0])
      .toBe("Comey");
    expect(speakersOf("In the hours after the shooting in San Bernardino, Calif., Mayor Ana Ruiz told residents: \u201cStay home tonight and keep your doors locked.\u201d"))
      .toEqual(["Ana Ruiz"]);
  });

  it("a subject before an aside set off by dashes; nouns before a role noun", () => {
    expect(speakersOf("A former Republican presidential candidate -- John Mercer, who lost the 2008 election -- said the president \"offered no changes to his strategy.\""))
      .toEqual(["John Mercer"]);
    expect(speakersOf("\"There was wrongdoing,\" said a former senior law enforcement official. \"But was it criminal wrongdoing?\""))
      .toEqual(["former senior law enforcement official", "former senior law enforcement official"]);
  });

  it("a quotation standing after a reporter's sentence takes that sentence's subject", () => {
    expect(speakersOf([
      "Senator Ray Holt said the bill would pass.",
      "Dana Quist touted her record as a co-sponsor of the legislation. \"We need to find ways to support workers who want a union.\"",
    ])).toEqual(["Ray Holt", "Dana Quist"]);
  });

  it("a conjunction and a subordinate clause before the subject; a manner verb around a quotation", () => {
    expect(speakersOf([
      "Governor Dale Pruitt made no mention of the budget.",
      "And although he thanked the unions for their support, he sounded a note of caution, saying, \"I'm not sure we can afford it.\"",
    ])).toEqual(["Dale Pruitt"]);
    expect(speakersOf("During their first debate, Hillary Clinton cracked, ''I'm a progressive who likes to get things done.''")).toEqual(["Hillary Clinton"]);
  });

  it("'called' before a quotation; a description after a preposition is no subject of a finite cue", () => {
    expect(speakersOf("Dashing into a closed-door lunch, Senator Shelley Moore Capito called over her shoulder, ''His comments are not helping.''"))
      .toEqual(["Shelley Moore Capito"]);
    expect(speakersOf("Trudeau called the allegation “false” on Thursday and in a carefully worded response said he never issued directions on the case.").slice(-1))
      .toEqual(["Trudeau"]);
  });
});
