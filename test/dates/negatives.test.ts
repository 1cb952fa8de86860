import { describe, expect, it } from "vitest";
import { dates, run } from "./helpers.js";

const THU = "2025-05-29";

describe("not dates", () => {
  it("durations", () => {
    expect(dates("He urged Moscow to act \"after 10 days of reflections and attacks.\"", THU)).toEqual([]);
    expect(dates("His five-year term expired. A 30-day ceasefire was agreed for two weeks.", THU)).toEqual([]);
    expect(dates("Troops must withdraw within 24 hours. Talks resumed 10 days later.", THU)).toEqual([]);
    expect(dates("The team will return in a second round of talks.", THU)).toEqual([]);
  });

  it("vague spans", () => {
    expect(dates("Shelling intensified over the past few days.", THU)).toEqual([]);
  });

  it("ages and counts", () => {
    expect(dates("The 45-year-old soldier, aged 45, was one of 12 men held for 3 years.", THU)).toEqual([]);
  });

  it("numbers that only look like years", () => {
    expect(dates("Some 2,022 troops crossed the border.", THU)).toEqual([]);
    expect(dates("The candidate won 1999 votes in the district.", THU)).toEqual([]);
    expect(dates("Some 2000 people marched on the capital.", THU)).toEqual([]);
    expect(dates("Police counted 2024 protesters.", THU)).toEqual([]);
  });

  it("money, versions, scores and clock times without a day", () => {
    expect(dates("The bill came to $2022 and €1999.", THU)).toEqual([]);
    expect(dates("Version 2.1.3 of the app shipped; build 2020.4 followed.", THU)).toEqual([]);
    expect(dates("Shakhtar won 3-1 and the score stood at 2-2 at half-time.", THU)).toEqual([]);
    expect(dates("The meeting starts at 10 a.m. and ends at 5:30 p.m.", THU)).toEqual([]);
  });

  it("a lower-case month name is another word", () => {
    expect(dates("Thousands will march through the city; they may stay.", THU)).toEqual([]);
  });

  it("a date inside a larger number or an ID", () => {
    expect(dates("Case No. 2022-117 was closed.", THU)).toEqual([]);
  });

  it("a month name that is a first name in a list, or a month abbreviation in a name", () => {
    expect(dates("The board: Steve Schale, April Schiff and June Carter.", THU)).toEqual([]);
    expect(dates("Costume design: Lee Ho Jun, make-up: Kim Jong.", THU)).toEqual([]);
  });

  it("digits inside a larger number", () => {
    expect(dates("Updates 2019/01–2019/03 are listed; build 12019/05 too.", THU, "ja")).toEqual([]);
  });

  it("named days, venue abbreviations, opening hours, fractions and 9/11", () => {
    expect(dates("Black Friday deals at the Mohegan Sun Arena, open Tue – Sat. Add 1 1/2 cups. After 9/11 the world changed.", THU)).toEqual([]);
  });

  it("a year relative to another event is not resolved against the publish date", () => {
    expect(dates("The attack came in August 2016. The next year, the group released a video. Prices fell a year earlier.", THU))
      .toEqual(["August 2016 = 2016-08"]);
  });

  it("a house number is not a year", () => {
    expect(dates("A car driven by Jonathan Blair, 29, of 1909 Jolinda Drive, was stopped.", THU)).toEqual([]);
  });

  it("years with a cue are kept beside counts without", () => {
    expect(dates("In 2022 troops entered; 1999 votes were cast.", THU)).toEqual(["2022 = 2022"]);
  });
});

describe("the page's own date line left in the body", () => {
  it("a byline with the publish day is metadata; the same date in a sentence is a mention", () => {
    const r = run(["By Eleanor Pryce and Tom Adeyemi · 29 May 2025", "The strike began on 29 May 2025 at the port."], THU);
    expect(r.dates.map((d) => `${d.paragraph} ${d.text}`)).toEqual(["1 on 29 May 2025"]);
    expect(r.setAside).toMatchObject([{ paragraph: 0, reason: "publication-line" }]);
  });

  it("another day in a short line is kept", () => {
    expect(dates(["Updated 12 January 2024"], THU)).toEqual(["12 January 2024 = 2024-01-12"]);
  });
});

describe("what is set aside is named, not lost unseen", () => {
  it("each rule's reason is reported", () => {
    const r = run(["Talks resumed after 10 days of reflection.", "The meeting starts at 10 a.m.", "Black Friday sales begin."], THU);
    expect(r.dates).toEqual([]);
    expect(r.setAside.map((d) => `${d.paragraph} ${d.reason}`)).toEqual(["0 duration", "1 clock", "2 named-day"]);
  });
});

describe("bad input", () => {
  it("an impossible date is left out with a warning", () => {
    const r = run("The decree is dated February 30, officials said.", THU);
    expect(r.dates).toEqual([]);
    expect(r.warnings).toEqual([expect.stringContaining("February 30")]);
  });

  it("a malformed publish date: absolute dates stay, relative ones go, with a warning", () => {
    const r = run("Lavrov said Wednesday the deal signed in May 2024 was void.", { value: "29/05/2025", source: "published" });
    expect(r.dates.map((d) => d.value)).toEqual(["2024-05"]);
    expect(r.warnings.join("\n")).toMatch(/not a calendar day/);
    expect(r.warnings.join("\n")).toMatch(/1 relative date mention/);
  });

  it("a publish date that does not exist is not trusted", () => {
    const r = run("Lavrov said Wednesday that talks would go on.", { value: "2025-02-30T10:00:00Z", source: "published" });
    expect(r.dates).toEqual([]);
    expect(r.warnings.join("\n")).toMatch(/does not exist/);
  });

  it("no reference at all: absolute dates only, no warning of ours (the pipeline warns)", () => {
    const r = run("Lavrov said Wednesday that the 2022 invasion changed everything.", null);
    expect(r.dates.map((d) => `${d.text} = ${d.value}`)).toEqual(["2022 = 2022"]);
    expect(r.warnings).toEqual([]);
  });

  it("a publish date in the future is resolved against as given", () => {
    expect(dates("The ministry said Thursday that talks had ended.", "2031-01-02")).toEqual(["Thursday = 2031-01-02"]);
  });

  it("an implausible year in the publish date is not trusted", () => {
    const r = run("The ministry said Thursday that talks had ended.", "9999-01-02");
    expect(r.dates).toEqual([]);
    expect(r.warnings.join("\n")).toMatch(/implausible/);
  });

  it("a language chrono does not read: nothing, and a warning", () => {
    const r = run("Rzecznik Kremla powiedział w czwartek, że czeka na odpowiedź.", THU, "pl");
    expect(r.dates).toEqual([]);
    expect(r.warnings).toEqual([expect.stringContaining("\"pl\"")]);
  });

  it("a weekday its date does not fall on is kept as dated, with a warning", () => {
    const r = run("The vote was held on Sunday, May 26, 2025.", THU);
    expect(r.dates.map((d) => d.value)).toEqual(["2025-05-26"]);
    expect(r.warnings.join("\n")).toMatch(/weekday its date does not fall on/);
  });
});

describe("hostile text does not hang", () => {
  it("a paragraph longer than one chrono read keeps its offsets", () => {
    const text = "The port stayed shut for the whole season. ".repeat(150) + "The Kremlin said Thursday that it waited.";
    const r = run(text, THU);
    expect(r.dates).toMatchObject([{ text: "Thursday", value: "2025-05-29", start: text.indexOf("Thursday"), end: text.indexOf("Thursday") + 8 }]);
  });

  it("100 KB of one date phrase or one number", () => {
    expect(run("last week ".repeat(10000), THU).dates.length).toBe(10000);
    expect(run("He said 16. ".repeat(8000), THU).dates).toEqual([]);
  }, 60_000);

  it("100 KB of unbalanced quotes, digits and month names", () => {
    const junk = "\"May 2022 '1999 between March and ".repeat(3000) + " 2,0".repeat(5000) + " ".repeat(20000);
    const r = run(junk, THU);
    expect(Array.isArray(r.dates)).toBe(true);
  }, 60_000);
});

describe("a publish date later than what the page says it existed by", () => {
  it("warns when the publish date is after the page's modified date, and still resolves", async () => {
    const { findDates } = await import("../../src/extract/dates/index.js");
    const { article } = await import("./helpers.js");
    const a = { ...article(["The ministry said Thursday that talks had ended."]), meta: { modified: "2025-05-20T10:00:00Z" } as never };
    const r = findDates(a, { language: "en", reference: { value: "2031-01-02T10:00:00Z", source: "published" } });
    expect(r.dates.map((d) => d.value)).toEqual(["2031-01-02"]);
    expect(r.warnings).toEqual([expect.stringContaining("later than the page's modified date")]);
  });

  it("a day's difference (time zones) is not reported", async () => {
    const { findDates } = await import("../../src/extract/dates/index.js");
    const { article } = await import("./helpers.js");
    const a = { ...article(["The ministry said Thursday that talks had ended."]), meta: { modified: "2025-05-28T22:30:00Z" } as never };
    expect(findDates(a, { language: "en", reference: { value: "2025-05-29T01:00:00+03:00", source: "published" } }).warnings).toEqual([]);
  });
});
