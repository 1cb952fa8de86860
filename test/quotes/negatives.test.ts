import { describe, expect, it } from "vitest";
import { claims, run } from "./helpers.js";

describe("not claims", () => {
  it("long quoted words that go on the reporter's sentence in lower case are one mixed claim, not a quotation of their own", () => {
    expect(claims("Nunberg was bound by a confidentiality agreement that is \"standard practice for all major businesses and other entities dealing with proprietary information.\"").map((c) => c.split(" | ")[0]))
      .toEqual(["mixed"]);
    // A quotation that is a sentence of its own stays direct.
    expect(claims("The council met on Monday. \"We will not raise the fares this year, whatever the budget says.\"").map((c) => c.split(" | ")[0]))
      .toEqual(["direct"]);
  });

  it("cue words used as nouns after a determiner and modifiers", () => {
    expect(claims("He sounded a rare note of self-deprecation at the end of the speech.")).toEqual([]);
    expect(claims("Clinton even agreed to the original Sanders demand and offered to debate in Brooklyn.")).toEqual([]);
  });

  it("scare quotes and titles of works standing alone", () => {
    expect(claims(`The so-called "reforms" were passed on Tuesday.`)).toEqual([]);
    expect(claims(`She reviewed "War and Peace" for the magazine last year.`)).toEqual([]);
    expect(claims(`Civic Action also has an online “road map” for employers.`)).toEqual([]);
    // A full stop before the closing mark (American style) does not make a title a sentence.
    expect(claims(`Alden, the author of “Failure to Adjust: How Americans Got Left Behind in the Global Economy.”`)).toEqual([]);
  });

  it("captions, credits and related-article lines", () => {
    expect(claims(["Kremlin spokesman Dmitry Peskov. kremlin.ru", "AFP contributed reporting.", "Related article: Mariupol Siege Air Commander Killed in Grenade Blast"])).toEqual([]);
  });

  it("a cue verb used as a name or in the passive", () => {
    expect(claims("Trump said the so-called Islamic State had been defeated.")).toEqual(["indirect | the so-called Islamic State had been defeated | Trump"]);
    expect(claims("It was said that the bridge would open in May.")).toEqual([]);
  });

  it("a reported clause too short to be a claim", () => {
    expect(claims("Sybiha echoed those calls.")).toEqual([]);
  });

  it("headings are not claims", () => {
    expect(claims([{ kind: "heading", text: "“We need to wait,” Peskov says" }])).toEqual([]);
  });
});

describe("hostile text stays linear (hang detectors, no timing assertions)", () => {
  const N = 100_000;
  it("100 KB of unbalanced quotation marks", () => {
    const text = "“a ".repeat(N / 3) + "” said Peskov. " + "'b \" « ‘ „ ".repeat(N / 12);
    expect(() => run(text)).not.toThrow();
  });
  it("thousands of commas and cues", () => {
    const text = "the minister said, ".repeat(N / 19) + "that it was over.";
    expect(Array.isArray(run(text).quotes)).toBe(true);
  });
  it("long runs of capitalised words", () => {
    const text = "Alpha Beta Gamma Delta ".repeat(N / 23) + "said the plan was ready.";
    expect(Array.isArray(run(text).quotes)).toBe(true);
  });
  it("one enormous quotation and many short ones", () => {
    const text = `“${"word ".repeat(N / 5)}” he said. ` + `“x” `.repeat(N / 4);
    expect(run(text).quotes.length).toBeGreaterThan(0);
  });
});

describe("titles of works and nouns that look like cues", () => {
  it("a title-case quotation with no sentence punctuation is a title", () => {
    expect(claims(`“Failure to Adjust: How Americans Got Left Behind in the Global Economy” is the title of his new book.`)).toEqual([]);
  });
  it("a cue word after a determiner is a noun", () => {
    expect(claims("His claims that the vote was rigged were rejected by every court.")).toEqual([]);
  });
  it("a short title in title case after a noun of works, a possessive or 'on' is the work, not speech", () => {
    expect(claims("“He is absolutely right,” Flynn said Thursday morning on Fox News’s “Fox and Friends.” “I mean, there is a lot of frustration.”")).toEqual([
      "direct | He is absolutely right, | Flynn",
      "direct | I mean, there is a lot of frustration. | Flynn",
    ]);
    expect(claims("The inquiry drew on news stories and the book \"Clinton Cash,\" according to several officials.")).toEqual([]);
    // (Title case alone is not enough: a sign or a slogan quoted after a cue is still words someone wrote.)
    expect(claims("“Go Home,” the sign said.")).toEqual(["direct | Go Home, | sign"]);
  });
  it("a long title in title case may hold '!' or '?' (not when a cue attributes it)", () => {
    expect(claims("In 1991, John O'Donnell, who worked for Trump for three years, published \"Trumped! The Inside Story of the Real Donald Trump.\" In it, he portrayed the developer as a bully.")).toEqual([]);
    expect(claims("\"Who Is Going To Pay? Mexico Will Pay For It,\" Trump said.")).toEqual(["direct | Who Is Going To Pay? Mexico Will Pay For It, | Trump"]);
  });
});
