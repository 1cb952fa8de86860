import { describe, expect, it } from "vitest";
import { dates, run } from "./helpers.js";

const THU = "2025-05-29T13:20:00+03:00";

describe("weeks run Monday to Sunday", () => {
  it("last week, next week, this week", () => {
    expect(dates("Last week, he cast doubt on the deal. Talks are proposed for next week. This week has been quiet.", THU)).toEqual([
      "Last week = 2025-05-19/2025-05-25", "next week = 2025-06-02/2025-06-08", "This week = 2025-05-26/2025-06-01",
    ]);
  });

  it("earlier this week runs from Monday to the reference day; later this week from it to Sunday", () => {
    expect(run("Kellogg said earlier this week that Washington had the memorandum.", THU).dates)
      .toMatchObject([{ text: "earlier this week", value: "2025-05-26/2025-05-29", granularity: "week", relative: true }]);
    expect(dates("A decision is expected later this week.", THU)).toEqual(["later this week = 2025-05-29/2025-06-01"]);
  });

  it("on a Sunday, last week is the week before the one ending that day", () => {
    expect(dates("Last week the talks stalled.", "2025-06-01")).toEqual(["Last week = 2025-05-19/2025-05-25"]);
  });

  it("across the year's end", () => {
    expect(dates("The ministry said last week that it was ready.", "2025-01-02")).toEqual(["last week = 2024-12-23/2024-12-29"]);
  });

  it("the past week is the seven days up to the reference day", () => {
    expect(dates("Prices rose over the past week.", THU)).toEqual(["the past week = 2025-05-22/2025-05-29"]);
  });

  it("weekends: the last one in a past sentence, the next one in a future sentence", () => {
    expect(dates("Fighting continued over the weekend.", THU)).toEqual(["the weekend = 2025-05-24/2025-05-25"]);
    expect(dates("The ministers will meet at the weekend.", THU)).toEqual(["the weekend = 2025-05-31/2025-06-01"]);
  });
});

describe("months and years", () => {
  it("this month, last month, next month are months", () => {
    expect(run("Prices fell this month after rising last month, and may rise next month.", THU).dates).toMatchObject([
      { text: "this month", value: "2025-05", granularity: "month", relative: true },
      { text: "last month", value: "2025-04", granularity: "month" },
      { text: "next month", value: "2025-06", granularity: "month" },
    ]);
  });

  it("last year, this year, next year are years; 'earlier this year' runs to the reference day", () => {
    expect(dates("Output fell last year. It grew earlier this year and will grow next year.", THU)).toEqual([
      "last year = 2024", "earlier this year = 2025-01-01/2025-05-29", "next year = 2026",
    ]);
  });

  it("last month in January is December of the year before", () => {
    expect(dates("Sales fell last month.", "2025-01-15")).toEqual(["last month = 2024-12"]);
  });

  it("a month and year, a month alone, a year alone", () => {
    expect(run("His term expired in May 2024, after the war that began with Russia's 2022 invasion.", THU).dates).toMatchObject([
      { text: "May 2024", value: "2024-05", granularity: "month", relative: false },
      { text: "2022", value: "2022", granularity: "year", relative: false },
    ]);
  });

  it("mid-May and early June keep their edge word and their month", () => {
    expect(dates("Talks stalled in mid-May and resumed in early June.", "2025-07-10")).toEqual(["mid-May = 2025-05", "early June = 2025-06"]);
  });
});

describe("ranges", () => {
  it("May 16-19 is a range of days", () => {
    expect(run("The talks ran May 16-19 in Istanbul.", THU).dates)
      .toMatchObject([{ text: "May 16-19", value: "2025-05-16/2025-05-19", granularity: "day", relative: true }]);
  });

  it("between March and May is a range of months", () => {
    expect(run("Between March and May the front barely moved.", THU).dates)
      .toMatchObject([{ text: "Between March and May", value: "2025-03/2025-05", granularity: "month" }]);
  });

  it("between two years", () => {
    expect(dates("The debt doubled between 2020 and 2022.", THU)).toEqual(["between 2020 and 2022 = 2020/2022"]);
  });

  it("a range across the year's end", () => {
    expect(dates("The truce lasted from December 28 to January 3.", "2025-01-20")).toEqual(["December 28 to January 3 = 2024-12-28/2025-01-03"]);
  });
});

describe("a month or day without a year takes the year nearest the publish date in the tense's direction", () => {
  it("'in December' in a January article about the past is last December", () => {
    expect(dates("The law was passed in December.", "2025-01-10")).toEqual(["December = 2024-12"]);
  });

  it("'in December' in a January article about the future is this December", () => {
    expect(dates("Elections will be held in December.", "2025-01-10")).toEqual(["December = 2025-12"]);
  });

  it("'on January 5' in a December article about the future is next year", () => {
    expect(dates("Talks will resume on January 5.", "2024-12-20")).toEqual(["January 5 = 2025-01-05"]);
  });

  it("past tense keeps a later month in the year before", () => {
    expect(dates("The plant closed on June 3.", "2025-05-29")).toEqual(["June 3 = 2024-06-03"]);
  });

  it("no tense marker: the nearest", () => {
    expect(dates("Following a May 19 call, Putin spoke.", "2025-05-29")).toEqual(["May 19 = 2025-05-19"]);
    expect(dates("Ahead of a June 3 meeting, both sides prepared.", "2025-05-29")).toEqual(["June 3 = 2025-06-03"]);
  });

  it("a full date is taken as written and is not relative", () => {
    expect(run("The decree was signed on March 3, 2021.", THU).dates)
      .toMatchObject([{ value: "2021-03-03", granularity: "day", relative: false }]);
  });
});

describe("casual days", () => {
  it("yesterday, today, tomorrow and 'three days ago'", () => {
    expect(dates("He arrived yesterday. He leaves tomorrow. The decree came three days ago.", THU)).toEqual([
      "yesterday = 2025-05-28", "tomorrow = 2025-05-30", "three days ago = 2025-05-26",
    ]);
  });

  it("counted spans back are as precise as their unit", () => {
    expect(dates("The law passed 50 years ago. The plant closed three months ago.", THU)).toEqual([
      "50 years ago = 1975", "three months ago = 2025-02",
    ]);
  });

  it("'this morning' is a day, not a clock time", () => {
    expect(run("Drones struck Kyiv this morning.", THU).dates).toMatchObject([{ value: "2025-05-29", granularity: "day" }]);
  });
});
