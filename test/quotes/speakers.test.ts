import { describe, expect, it } from "vitest";
import { claims, run } from "./helpers.js";

describe("speakers: names, titles, kinds", () => {
  it("titles before the name", () => {
    const r = run([
      "Kremlin spokesman Dmitry Peskov said the talks would go ahead.",
      "Trump's special envoy for Ukraine Keith Kellogg said Washington had received the memorandum.",
      "Texas Lt. Gov. Dan Patrick says the race is far from over.",
    ]);
    expect(r.speakers.map((s) => [s.name, s.title])).toEqual([
      ["Dmitry Peskov", "Kremlin spokesman"],
      ["Keith Kellogg", "Trump's special envoy for Ukraine"],
      ["Dan Patrick", "Texas Lt. Gov."],
    ]);
  });

  it("titles in apposition", () => {
    const r = run("Dmitry Peskov, the Kremlin's spokesman, said the talks would go ahead.");
    expect(r.speakers).toEqual([{ name: "Dmitry Peskov", kind: "person", title: "Kremlin's spokesman", aliases: [] }]);
  });

  it("name particles and hyphenated names", () => {
    expect(claims("Dutch minister Hugo de Jonge said the plan was ready for a vote.")).toEqual(["indirect | the plan was ready for a vote | Hugo de Jonge"]);
    expect(claims("Anne-Marie Slaughter said the resolution was a major win.")).toEqual(["indirect | the resolution was a major win | Anne-Marie Slaughter"]);
  });

  it("organisations and groups", () => {
    const r = run([
      "The Kremlin said Thursday that it was waiting for Ukraine to confirm.",
      "Officials said the meeting would take place in Istanbul.",
      "The ministry said in a statement that the exchange was complete.",
    ]);
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([["Kremlin", "organization"], ["Officials", "group"], ["ministry", "organization"]]);
  });

  it("later mentions: surname, pronoun, title alone", () => {
    const r = run([
      "Kremlin spokesman Dmitry Peskov said the talks would go ahead.",
      "Peskov told reporters that there had been no response.",
      "He said it was too early to discuss next steps.",
      "The spokesman added that Moscow was ready for the meeting.",
    ]);
    expect(r.speakers).toEqual([{ name: "Dmitry Peskov", kind: "person", title: "Kremlin spokesman", aliases: ["Peskov"] }]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([0, 0, 0, 0]);
    expect(r.quotes.map((q) => q.mention)).toEqual(["Kremlin spokesman Dmitry Peskov", "Peskov", "He", "The spokesman"]);
  });

  it("a surname met first takes the full name when it comes", () => {
    const r = run(["Kellogg said the memorandum had arrived.", "Keith Kellogg said Washington was waiting for Russia's."]);
    expect(r.speakers).toEqual([{ name: "Keith Kellogg", kind: "person", title: null, aliases: ["Kellogg"] }]);
  });

  it("he and she go to a person of the matching gender", () => {
    const r = run([
      "Senator Ann Brown and Mr. Tom Green met on Monday.",
      "“We agreed on nothing,” she said.",
      "“We will meet again,” he said.",
    ]);
    expect(r.quotes.map((q) => r.speakers[q.speaker!]!.name)).toEqual(["Ann Brown", "Tom Green"]);
  });

  it("a named member speaks for 'X and other officials'", () => {
    expect(claims("Putin and other Russian officials have repeatedly claimed Zelensky's presidency is no longer valid."))
      .toEqual(["indirect | Zelensky's presidency is no longer valid | Putin"]);
  });

  it("nobody named: null, never invented", () => {
    const r = run("“This will not stand.”");
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.speakers).toEqual([]);
  });

  it("a pronoun prefers the speaker of the sentence before and its subject to names after prepositions", () => {
    const said = (paras: string[]) => { const r = run(paras); return r.quotes.map((q) => (q.speaker === null ? null : r.speakers[q.speaker]!.name)); };
    // The speaker of the last claim, not the first name of its sentence.
    expect(said([
      "Laura Fenwick said the race between Hillary Clinton and Bernie Sanders would take time to “cool off.”",
      "“His normal demeanor is grumpy,” she said.",
    ])).toEqual(["Laura Fenwick", "Laura Fenwick"]);
    // An opening "Like X," is not the subject.
    expect(said([
      "Tarla Makaeff, a former customer, said the school had misled her.",
      "“He was a tough man to work for,” said Marvin Roffman, an analyst.",
      "Like Makaeff, the former customer, Roffman does not want to fight again.",
      "“I'm 76, and I don't feel like going through that again,” he said.",
    ]).slice(-1)).toEqual(["Marvin Roffman"]);
  });

  it("a titled person named in the possessive, or after 'from', stays in view for a later pronoun", () => {
    const said = (paras: string[]) => { const r = run(paras); return r.quotes.map((q) => (q.speaker === null ? null : r.speakers[q.speaker]!.name)); };
    expect(said([
      "“We have a long way to go,” said Sen. Claire Hobbs.",
      "Many women say the culture will not change until there are more women on Capitol Hill. Ms. Hobbs's chief of staff is a woman.",
      "“It helps to have a woman in charge,” she said.",
    ]).slice(-1)).toEqual(["Claire Hobbs"]);
    expect(said([
      "Pat Kennedy organised the evacuation, officials said.",
      "Denis McDonough was answering a message from Undersecretary Wendy Sherman. “The plane is up,” she wrote.",
    ]).slice(-1)).toEqual(["Wendy Sherman"]);
  });

  it("an organisation named by the capitalised words nearest its head, past a possessive owner", () => {
    const r = run("North Korea's state-run KCNA news agency said the leader had arrived in Beijing on Tuesday.");
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([["KCNA", "organization"]]);
  });

  it("a name opening with an acronym is an organisation", () => {
    const r = run("BC Hydro said crews had restored power to 40,000 customers by Saturday.");
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([["BC Hydro", "organization"]]);
  });

  it("a paragraph that is a quotation takes the person who opens the paragraph before, when that one quotes no one", () => {
    const said = (paras: string[]) => { const r = run(paras); return r.quotes.map((q) => (q.speaker === null ? null : r.speakers[q.speaker]!.name)); };
    expect(said(["Mayor Ann Brooks stood on the broken bridge on Monday. Brooks was defiant.", "“We will rebuild it, and we will rebuild the school.”"]))
      .toEqual(["Ann Brooks"]);
    // Not a heading-like line that names no one.
    expect(said(["Partial transcript as follows:", "“We will rebuild it, and we will rebuild the school.”"])).toEqual([null]);
  });
  it("a participle of writing after a comma belongs to the sentence's subject, not to the speaker before", () => {
    expect(claims([
      "“We wrote all new songs,” the singer Anthony Kiedis said.",
      "Band member Flea shared the news on social media last week, writing “Feels great to support someone I believe in. This is a man with integrity.”",
    ])).toEqual([
      "direct | We wrote all new songs, | Anthony Kiedis",
      "direct | Feels great to support someone I believe in. This is a man with integrity. | Flea",
    ]);
    // A participle set between commas, or ending the sentence, reports nothing before it.
    expect(claims("In Texas, the journalist Olivia Messer, writing in The Texas Observer in 2013, described the culture of the Senate floor."))
      .toEqual(["indirect | the culture of the Senate floor | Olivia Messer"]);
    expect(claims("Rather than reach out for negotiations, the president has been holed up at the White House, tweeting.")).toEqual([]);
  });
  it("retorts (shot back, fired back) attribute the quotation before them", () => {
    expect(claims("Bush interjected again. “Jeb wants to be a tough guy tonight,” Trump shot back. “Let me talk.”")).toEqual([
      "direct | Jeb wants to be a tough guy tonight, | Trump",
      "direct | Let me talk. | Trump",
    ]);
  });

  it("a quotation closed by a full stop is not attributed by the reporter's next sentence that goes on past its cue", () => {
    expect(claims("“You have not been involved in a decision,” Christie said. “You just simply haven't.” Rubio fired back at Christie over the credit rating.")).toEqual([
      "direct | You have not been involved in a decision, | Christie",
      "direct | You just simply haven't. | Christie",
    ]);
    // (A bare attribution after the full stop still takes it.)
    expect(claims("“We will win.” Smith said.")).toEqual(["direct | We will win. | Smith"]);
  });

  it("before a colon: a description with the name in apposition, or the owner of a post or statement", () => {
    expect(claims("Mr. Trump has told his supporters to respond. One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl on Tuesday: “You can easily argue that the president is a racist.”"))
      .toContain("direct | You can easily argue that the president is a racist. | Lee Zeldin");
    expect(claims("Aides say the former governor plans to campaign for Cruz. From Bush's Facebook post: “For the sake of our party and country, we must move to overcome the divisiveness.”"))
      .toContain("direct | For the sake of our party and country, we must move to overcome the divisiveness. | Bush");
  });
  it("a quotation inside the reporter's sentence, with no cue, is said by the one person named before it", () => {
    expect(claims([
      "Delegates cheered Donald Trump all night. “We show anger, we show emotion,” said Christopher Harvey, a delegate.",
      "When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the balloons cascaded down on the crowd.",
    ])).toEqual([
      "direct | We show anger, we show emotion, | Christopher Harvey",
      "direct | I will fight for you, and I will win for you! | Donald Trump",
    ]);
    // (A lone capitalised word that names no one known is not taken: "on Twitter".)
    expect(claims("A familiar voice celebrated the attacks on Twitter, “we have already arrived with our soldiers and knives.”").map((c) => c.split(" | ")[2]))
      .toEqual(["null"]);
  });

  it("an inverted description with a describing word, then the name in apposition after where the person works", () => {
    expect(claims("“It may have been his first attempt to make his own statement,” said his best friend at Lehigh, Bruce Turry, who remembered him well."))
      .toEqual(["direct | It may have been his first attempt to make his own statement, | Bruce Turry"]);
  });
  it("the leading words of an organisation met before name the place, not a person, for a later pronoun", () => {
    expect(claims([
      "“There’s just a ton of work with this job,” Chris Murphy said.",
      "Murphy showed up at the firehouse near Sandy Hook Elementary School, where the families were gathering.",
      "In that sense, Sandy Hook wasn’t just a national tragedy, but a personal summons. “This was something different, in part because my son just graduated from first grade,” he added.",
    ])).toEqual([
      "direct | There’s just a ton of work with this job, | Chris Murphy",
      "direct | This was something different, in part because my son just graduated from first grade, | Chris Murphy",
    ]);
  });
  it("a definite epithet that attributes a quotation refers back to the person in view; 'the utility' to the body named", () => {
    expect(claims([
      "Alexander Wise has drawn comics since he was 12.",
      "“It’s months and months of doing panels,” says the self-taught Cambridge resident.",
    ])).toEqual(["direct | It’s months and months of doing panels, | Alexander Wise"]);
    expect(claims([
      "BC Hydro said crews had restored power to 40,000 customers by Saturday.",
      "“There are hundreds of individual outages,” the utility said in a statement.",
    ])).toEqual([
      "indirect | crews had restored power to 40,000 customers by Saturday | BC Hydro",
      "direct | There are hundreds of individual outages, | BC Hydro",
    ]);
    // Not a description that only reports ("the subsequent investigation found that …" names no one in view).
    expect(claims(["Alexander Wise has drawn comics since he was 12.", "The subsequent investigation found that he had been plotting for years."]))
      .toEqual(["indirect | he had been plotting for years | subsequent investigation"]);
  });
  it("a given name alone is a person a later pronoun may take, unless it is the surname of someone known", () => {
    expect(claims([
      "“He was a talented pilot,” said his friend Bruce Turry. Freddy began drinking heavily.",
      "And Donald, then in college, did not approve, haranguing his older brother about wasting his time.",
      "“I was too young; I didn't realize,” he said.",
    ]).slice(-1)).toEqual(["direct | I was too young; I didn't realize, | Donald"]);
    expect(claims([
      "“We have work to do,” Rep. Gwen Graham said.",
      "Graham is not running for reelection. She said she is headed to Philadelphia next week.",
    ]).slice(-1)).toEqual(["indirect | she is headed to Philadelphia next week | Gwen Graham"]);
  });
  it("the owner of a statement is its author; an epithet with a describing word refers back even when its head is a role", () => {
    expect(claims([
      "After Jody Wilson-Raybould was shuffled, she published an unusual statement on her website.",
      "“It is a pillar of our democracy,” her statement said.",
    ])).toEqual(["direct | It is a pillar of our democracy, | Jody Wilson-Raybould"]);
    expect(claims([
      "Professor Guenther Schuh founded the company in 2015.",
      "“I don’t know any carmaker that makes money in this vehicle category,” the lanky, bespectacled professor said.",
    ])).toEqual(["direct | I don’t know any carmaker that makes money in this vehicle category, | Guenther Schuh"]);
    // (Not a role with its place: "the former Florida governor" is no epithet for the last person named.)
    expect(claims([
      "“He is a chaos candidate,” Donald Trump said.",
      "“So Donald is great at the one-liners,” the former Florida governor said.",
    ]).slice(-1)).toEqual(["direct | So Donald is great at the one-liners, | former Florida governor"]);
  });
  it("a quotation after a colon whose sentence names no one is not the previous paragraph's speaker's", () => {
    expect(claims([
      "Politicians and even some technologists say Silicon Valley's efforts have been toothless.",
      "In the hours after the attack, a familiar voice celebrated the killings on Twitter: “We have already arrived with our soldiers. Decide how to be your end.”",
    ]).slice(-1)).toEqual(["direct | We have already arrived with our soldiers. Decide how to be your end. | null"]);
  });
  it("a modal or a month next to another name is part of it (Theresa May, Will Estrada), not an auxiliary", () => {
    expect(claims("“We will deliver Brexit,” Prime Minister Theresa May said.")).toEqual(["direct | We will deliver Brexit, | Theresa May"]);
    expect(claims("“We have got to win Loudoun,” said Will Estrada, the county chairman.")).toEqual(["direct | We have got to win Loudoun, | Will Estrada"]);
    expect(claims("In May, the council said it would raise fares.")).toEqual(["indirect | it would raise fares | council"]);
  });
  it("a particle joined by a hyphen belongs to the name; 'the senator from Ohio' is a role, not a person named Ohio", () => {
    expect(claims("“We will not stop,” said Abu Bakr al-Baghdadi in a recording.")).toEqual(["direct | We will not stop, | Abu Bakr al-Baghdadi"]);
    expect(claims("Egyptian President Abdel Fattah el-Sisi said the talks would resume.")).toEqual(["indirect | the talks would resume | Abdel Fattah el-Sisi"]);
    expect(claims("“We will see,” the senator from Ohio said.")).toEqual(["direct | We will see, | senator from Ohio"]);
  });
});
