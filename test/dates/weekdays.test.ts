import { describe, expect, it } from "vitest";
import { dates, run } from "./helpers.js";

// Publish dates Monday 26 May … Sunday 1 June 2025, and the week before.
const WEEK = ["2025-05-26", "2025-05-27", "2025-05-28", "2025-05-29", "2025-05-30", "2025-05-31", "2025-06-01"];
const NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

describe("a bare weekday is the most recent such day on or before the publish date", () => {
  // Hand-computed table: row = publish day, column = weekday named in "X said <Weekday> that".
  const expected: Record<string, string[]> = {
    "2025-05-26": ["2025-05-26", "2025-05-20", "2025-05-21", "2025-05-22", "2025-05-23", "2025-05-24", "2025-05-25"],
    "2025-05-27": ["2025-05-26", "2025-05-27", "2025-05-21", "2025-05-22", "2025-05-23", "2025-05-24", "2025-05-25"],
    "2025-05-28": ["2025-05-26", "2025-05-27", "2025-05-28", "2025-05-22", "2025-05-23", "2025-05-24", "2025-05-25"],
    "2025-05-29": ["2025-05-26", "2025-05-27", "2025-05-28", "2025-05-29", "2025-05-23", "2025-05-24", "2025-05-25"],
    "2025-05-30": ["2025-05-26", "2025-05-27", "2025-05-28", "2025-05-29", "2025-05-30", "2025-05-24", "2025-05-25"],
    "2025-05-31": ["2025-05-26", "2025-05-27", "2025-05-28", "2025-05-29", "2025-05-30", "2025-05-31", "2025-05-25"],
    "2025-06-01": ["2025-05-26", "2025-05-27", "2025-05-28", "2025-05-29", "2025-05-30", "2025-05-31", "2025-06-01"],
  };
  for (const published of WEEK) {
    it(`published ${published}`, () => {
      const got = NAMES.map((name) => run(`The ministry said ${name} that talks had stalled.`, published).dates.map((d) => d.value));
      expect(got).toEqual(expected[published]!.map((v) => [v]));
    });
  }

  it("uses the publish date's own calendar day, not its UTC day", () => {
    // 00:30 in Moscow is still the previous evening in UTC.
    expect(dates("Peskov said Thursday that no answer had come.", "2025-05-29T00:30:00+03:00")).toEqual(["Thursday = 2025-05-29"]);
    expect(dates("Peskov said Thursday that no answer had come.", "2025-05-28T23:30:00-05:00")).toEqual(["Thursday = 2025-05-22"]);
  });

  it("keeps 'late', 'early' in the text of a weekday without moving it", () => {
    expect(run("Medinsky said late Wednesday that he had proposed a date.", "2025-05-29").dates)
      .toMatchObject([{ text: "late Wednesday", value: "2025-05-28", granularity: "day", relative: true }]);
  });
});

describe("the future is marked in the text", () => {
  it("'next Tuesday' is after the publish date", () => {
    expect(dates("Delegations will meet next Tuesday.", "2025-05-29")).toEqual(["next Tuesday = 2025-06-03"]);
  });

  it("'will meet on Monday' is the coming Monday", () => {
    expect(dates("The two sides will meet on Monday in Istanbul.", "2025-05-29")).toEqual(["on Monday = 2025-06-02"]);
  });

  it("'is due to' and 'scheduled' mark the future too", () => {
    expect(dates("The report is due to be published on Friday.", "2025-05-29")).toEqual(["on Friday = 2025-05-30"]);
    expect(dates("A vote is scheduled for Saturday.", "2025-05-29")).toEqual(["Saturday = 2025-05-31"]);
  });

  it("a marker after the weekday counts when none stands before it", () => {
    expect(dates("Monday will see the first session.", "2025-05-29")).toEqual(["Monday = 2025-06-02"]);
  });

  it("the past tense before the weekday wins over a future later in the sentence", () => {
    expect(dates("The Kremlin said Thursday that it will wait for Kyiv.", "2025-05-29")).toEqual(["Thursday = 2025-05-29"]);
  });

  it("'last Thursday' in a Thursday article is the week before", () => {
    expect(dates("They last spoke last Thursday.", "2025-05-29")).toEqual(["last Thursday = 2025-05-22"]);
  });

  it("'next Thursday' in a Thursday article is a week ahead", () => {
    expect(dates("They will speak again next Thursday.", "2025-05-29")).toEqual(["next Thursday = 2025-06-05"]);
  });

  it("a weekday range is resolved from its start", () => {
    expect(dates("Talks ran from Monday to Wednesday.", "2025-05-29")).toEqual(["Monday to Wednesday = 2025-05-26/2025-05-28"]);
  });

  it("a weekday with a clock time is a time", () => {
    expect(run("The talks opened at 10 a.m. Thursday.", "2025-05-29").dates)
      .toMatchObject([{ value: "2025-05-29T10:00", granularity: "time" }]);
  });
});
