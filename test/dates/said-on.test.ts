import { describe, expect, it } from "vitest";
import { findDates, saidOn } from "../../src/extract/dates/index.js";
import type { Place, Quote } from "../../src/extract/quotes/types.js";
import { article } from "./helpers.js";

const THU = { value: "2025-05-29T13:20:00+03:00", source: "published" };

/** The place of `part` in paragraph `p` (the n-th occurrence, from 0). */
function at(paragraphs: readonly string[], p: number, part: string, n = 0): Place {
  let start = -1;
  for (let i = 0; i <= n; i++) start = paragraphs[p]!.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in paragraph ${p}`);
  return { paragraph: p, start, end: start + part.length };
}

interface Spec { text: string; cue: string; attribution?: string | null; mention?: string; speaker: number; p: number }

function quotes(paragraphs: readonly string[], specs: readonly Spec[]): Quote[] {
  return specs.map((s) => ({
    type: "indirect", text: s.text, place: at(paragraphs, s.p, s.text), cue: s.cue, cuePlace: at(paragraphs, s.p, s.cue),
    mention: s.mention ?? null, mentionPlace: s.mention ? at(paragraphs, s.p, s.mention) : null, attribution: s.attribution ? at(paragraphs, s.p, s.attribution) : null, speaker: s.speaker,
  }));
}

function said(paragraphs: readonly string[], specs: readonly Spec[]): (string | null)[] {
  const a = article(paragraphs);
  const { dates } = findDates(a, { language: "en", reference: THU });
  return saidOn(quotes(paragraphs, specs), dates, a);
}

describe("said_on from the attribution", () => {
  it("a weekday right after the cue: 'Lavrov said Wednesday'", () => {
    const p = ["Russian Foreign Minister Sergei Lavrov said Wednesday that Moscow was ready to present its proposal."];
    expect(said(p, [{ p: 0, text: "Moscow was ready to present its proposal", cue: "said", attribution: "Russian Foreign Minister Sergei Lavrov said Wednesday", speaker: 0 }]))
      .toEqual(["2025-05-28"]);
  });

  it("the same without an attribution span, from the cue alone", () => {
    const p = ["Russian Foreign Minister Sergei Lavrov said Wednesday that Moscow was ready to present its proposal."];
    expect(said(p, [{ p: 0, text: "Moscow was ready to present its proposal", cue: "said", speaker: 0 }])).toEqual(["2025-05-28"]);
  });

  it("'told reporters on Thursday', 'said late Wednesday', 'said earlier this week' (an interval)", () => {
    const p = [
      "Peskov told reporters on Thursday that it was \"not constructive\" to pressure Russia.",
      "Chief Russian negotiator Vladimir Medinsky said late Wednesday that he proposed the date.",
      "Keith Kellogg said earlier this week that Washington had received Ukraine's memorandum.",
    ];
    expect(said(p, [
      { p: 0, text: "it was \"not constructive\" to pressure Russia", cue: "told", speaker: 0 },
      { p: 1, text: "he proposed the date", cue: "said", speaker: 1 },
      { p: 2, text: "Washington had received Ukraine's memorandum", cue: "said", speaker: 2 },
    ])).toEqual(["2025-05-29", "2025-05-28", "2025-05-26/2025-05-29"]);
  });

  it("a date before the attribution, set off by commas: 'However, last week, he cast doubt'", () => {
    const p = ["However, last week, he cast doubt on any deal signed by Zelensky."];
    expect(said(p, [{ p: 0, text: "any deal signed by Zelensky", cue: "cast doubt", attribution: "he cast doubt", speaker: 0 }]))
      .toEqual(["2025-05-19/2025-05-25"]);
  });

  it("a date inside the quoted words is not when they were said", () => {
    const p = [
      "Umerov said he gave Russia a memorandum after the exchange, which wrapped up on Sunday.",
      "He said it was too early to discuss next steps if Kyiv declines to meet next week.",
    ];
    expect(said(p, [
      { p: 0, text: "he gave Russia a memorandum after the exchange, which wrapped up on Sunday", cue: "said", speaker: 0 },
      { p: 1, text: "it was too early to discuss next steps if Kyiv declines to meet next week", cue: "said", speaker: 0 },
    ])).toEqual([null, null]);
  });

  it("a date in the same sentence but not next to the attribution is not the said_on", () => {
    const p = ["Following a May 19 call with U.S. President Donald Trump, who has pushed for a settlement, Russian President Vladimir Putin said Moscow was prepared to work with Kyiv."];
    expect(said(p, [{ p: 0, text: "Moscow was prepared to work with Kyiv", cue: "said", attribution: "Russian President Vladimir Putin said", speaker: 0 }]))
      .toEqual([null]);
  });

  it("a date in an apposition about the speaker is not when they spoke", () => {
    const p = ["\"Rubio would win that,\" said Tim Pawlenty, the former governor of Minnesota and a presidential candidate in 2012."];
    expect(said(p, [{
      p: 0, text: "Rubio would win that,", cue: "said", mention: "Tim Pawlenty",
      attribution: "said Tim Pawlenty, the former governor of Minnesota and a presidential candidate in 2012", speaker: 0,
    }])).toEqual([null]);
  });

  it("the speaker's name may stand between the date and the cue", () => {
    const p = ["In an interview on Monday, Hillary Clinton said the party was united."];
    expect(said(p, [{ p: 0, text: "the party was united", cue: "said", mention: "Hillary Clinton", speaker: 0 }])).toEqual(["2025-05-26"]);
  });

  it("no date at all: null", () => {
    const p = ["\"So far, as I know, there's been no response,\" Kremlin spokesman Dmitry Peskov told reporters."];
    expect(said(p, [{ p: 0, text: "So far, as I know, there's been no response,", cue: "told", speaker: 0 }])).toEqual([null]);
  });

  it("a date in a following clause after 'that' belongs to what was said", () => {
    const p = ["Officials said that talks would resume on Monday."];
    expect(said(p, [{ p: 0, text: "talks would resume", cue: "said", speaker: 0 }])).toEqual([null]);
  });
});

describe("said_on shared within a sentence", () => {
  const p = ["Peskov told reporters on Thursday that it was \"not constructive\" to pressure Russia, adding: \"You should either confirm or do the opposite.\""];

  it("the same speaker's second cue in the sentence takes the dated attribution's date", () => {
    expect(said(p, [
      { p: 0, text: "it was \"not constructive\" to pressure Russia", cue: "told", speaker: 0 },
      { p: 0, text: "You should either confirm or do the opposite.", cue: "adding", speaker: 0 },
    ])).toEqual(["2025-05-29", "2025-05-29"]);
  });

  it("another speaker's does not", () => {
    expect(said(p, [
      { p: 0, text: "it was \"not constructive\" to pressure Russia", cue: "told", speaker: 0 },
      { p: 0, text: "You should either confirm or do the opposite.", cue: "adding", speaker: 1 },
    ])).toEqual(["2025-05-29", null]);
  });
});
