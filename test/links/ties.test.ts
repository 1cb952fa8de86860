// The tie from a link to the claim it backs, with quotes built by hand as the quotes extractor
// hands them over (place, cuePlace, mentionPlace, attribution).
import { describe, expect, it } from "vitest";
import { findLinks } from "../../src/extract/links/index.js";
import { makeArticle, makeQuote, placeOf } from "./helpers.js";

const PAGE = "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-a89269";

describe("link → claim", () => {
  it("a link on the cue verb backs that claim", () => {
    const a = makeArticle(PAGE, [
      "The Kremlin [said](https://www.interfax.ru/russia/1028731) Thursday that it was waiting for Ukraine to confirm its participation in a second round of peace talks.",
    ]);
    const q = makeQuote(a, 0, {
      text: "it was waiting for Ukraine to confirm its participation in a second round of peace talks",
      cue: "said", mention: "The Kremlin", attribution: "The Kremlin said Thursday",
    });
    expect(findLinks(a, [q]).map((l) => l.quote)).toEqual([0]);
  });

  it("two claims in one paragraph: 'said' backs the first, 'cast doubt' the second", () => {
    const a = makeArticle(PAGE, [
      "Russian Foreign Minister Sergei Lavrov [said](https://tass.com/politics/1964361) Wednesday that Moscow was ready to present its proposal at the proposed meeting in Istanbul. However, last week, he [cast doubt](https://www.reuters.com/world/europe/lavrov-2025-05-23/) on any deal signed by Ukrainian President Volodymyr Zelensky.",
    ]);
    const quotes = [
      makeQuote(a, 0, { text: "Moscow was ready to present its proposal at the proposed meeting in Istanbul", cue: "said", mention: "Sergei Lavrov" }),
      makeQuote(a, 0, { text: "any deal signed by Ukrainian President Volodymyr Zelensky", cue: "cast doubt", mention: "he" , type: "indirect" }),
    ];
    expect(findLinks(a, quotes).map((l) => [l.text, l.quote])).toEqual([["said", 0], ["cast doubt", 1]]);
  });

  it("a link on the speaker's name backs the claim", () => {
    const a = makeArticle(PAGE, [
      "[Keith Kellogg](https://www.state.gov/biographies/keith-kellogg) said earlier this week that Washington had received Ukraine's memorandum.",
    ]);
    const q = makeQuote(a, 0, { text: "Washington had received Ukraine's memorandum", cue: "said", mention: "Keith Kellogg" });
    expect(findLinks(a, [q]).map((l) => l.quote)).toEqual([0]);
  });

  it("a link inside the claim's own words backs it, also inside a direct quote", () => {
    const a = makeArticle(PAGE, [
      "\"We need to wait for an answer from [the Ukrainian side](https://mfa.gov.ua/en/news/1),\" Peskov told reporters.",
    ]);
    const q = makeQuote(a, 0, { type: "direct", text: "We need to wait for an answer from the Ukrainian side,", cue: "told", mention: "Peskov" });
    const [link] = findLinks(a, [q]);
    expect([link!.text, link!.kind, link!.quote]).toEqual(["the Ukrainian side", "citation", 0]);
  });

  it("a link on the attribution's adjuncts ('told reporters') backs the claim", () => {
    const a = makeArticle(PAGE, [
      "Peskov told [reporters on Thursday](https://www.kommersant.ru/doc/7764318) that it was not constructive to pressure Russia.",
    ]);
    const q = makeQuote(a, 0, {
      text: "it was not constructive to pressure Russia", cue: "told", mention: "Peskov", attribution: "Peskov told reporters on Thursday",
    });
    expect(findLinks(a, [q]).map((l) => l.quote)).toEqual([0]);
  });

  it("the cue outranks an enclosing claim: 'told' in a reported claim backs the inner speaker", () => {
    const a = makeArticle(PAGE, [
      "Kellogg said that Peskov [told](https://www.kommersant.ru/doc/1) him the talks would go on.",
    ]);
    const outer = makeQuote(a, 0, { text: "Peskov told him the talks would go on", cue: "said", mention: "Kellogg" });
    const inner = makeQuote(a, 0, { text: "the talks would go on", cue: "told", mention: "Peskov" });
    inner.mentionPlace = placeOf(a, 0, "Peskov");
    expect(findLinks(a, [outer, inner]).map((l) => l.quote)).toEqual([1]);
  });

  it("a link outside every claim and attribution backs nothing", () => {
    const a = makeArticle(PAGE, [
      "Russian and Ukrainian officials last met in [Istanbul](https://en.wikipedia.org/wiki/Istanbul) on May 16. Peskov said the talks would go on.",
    ]);
    const q = makeQuote(a, 0, { text: "the talks would go on", cue: "said", mention: "Peskov", attribution: "Peskov said" });
    expect(findLinks(a, [q]).map((l) => l.quote)).toEqual([null]);
  });

  it("a claim in another paragraph at the same offsets does not capture the link", () => {
    const a = makeArticle(PAGE, [
      "Peskov [said](https://example.org/1) the talks would go on.",
      "Putin said nothing about a date.",
    ]);
    const q = makeQuote(a, 1, { text: "nothing about a date", cue: "said", mention: "Putin" });
    expect(findLinks(a, [q]).map((l) => l.quote)).toEqual([null]);
  });

  it("a related line backs no claim, even inside a claim's span", () => {
    const b = makeArticle(PAGE, ["Related article: [Kremlin Says No Date Yet for Talks](https://www.themoscowtimes.com/a1)"]);
    const qb = makeQuote(b, 0, { text: "Kremlin Says No Date Yet for Talks" });
    expect(findLinks(b, [qb]).map((l) => [l.kind, l.quote])).toEqual([["related", null]]);
  });

  it("a tweet linked on the cue backs the claim as a social link", () => {
    const a = makeArticle(PAGE, [
      "Trump urged voters to back the governor, [he said](https://twitter.com/realDonaldTrump/status/1191687950360358913?ref_src=twsrc%5Etfw) on Twitter.",
    ]);
    const q = makeQuote(a, 0, { text: "Trump urged voters to back the governor", cue: "said", mention: "he" });
    const [l] = findLinks(a, [q]);
    expect([l!.kind, l!.quote, l!.cleanUrl]).toEqual(["social", 0, "https://twitter.com/realDonaldTrump/status/1191687950360358913"]);
  });
});
