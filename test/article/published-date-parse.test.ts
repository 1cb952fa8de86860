// Date strings as bylines write them, read by date-parse.ts (chrono-node underneath).
import { describe, expect, it } from "vitest";
import { findTextDate } from "../../src/article/meta/date-parse.js";

const day = (text: string, lang: string | null, shortYear = false) => findTextDate(text, lang, 1995, shortYear)?.value ?? null;

describe("findTextDate", () => {
  it("reads the English month-day-year order with the page's month names (WordPress 'F j, Y')", () => {
    expect(day("freundesvideoclkreisips Juli 12, 2017 Keine Kommentare", "de")).toBe("2017-07-12");
    expect(day("Publié par Marie, juin 29, 2019", "fr")).toBe("2019-06-29");
    expect(day("Versión 12, 2017", "es")).toBeNull();
  });

  it("reads day.month.yy only when asked (bylines), and never a longer dotted number", () => {
    expect(day("Von Björn Jahner | 31.10.23", "de", true)).toBe("2023-10-31");
    expect(day("Von Björn Jahner | 31.10.23", "de")).toBeNull();
    expect(day("Build 1.10.23.4 released", "en", true)).toBeNull();
    expect(day("Score 31.13.23", "en", true)).toBeNull();
  });

  it("stays fast on long text of letters, digits and commas", () => {
    const hostile = "Juli 12, ".repeat(20_000) + "x".repeat(50_000) + " 2017";
    expect(() => day(hostile, "de", true)).not.toThrow();
  });
});

describe("findTextDate: numeric order of the page's English", () => {
  it("reads day/month/year on British, Australian and Indian pages and month/day/year on US ones", () => {
    expect(day("Posted 02/11/2023 14:00 GMT", "en-GB")).toBe("2023-11-02T14:00:00+00:00");
    expect(day("Posted 02/11/2023", "en-AU")).toBe("2023-11-02");
    expect(day("Posted 02/11/2023", "en-US")).toBe("2023-02-11");
    expect(day("Posted 02/11/2023", "en")).toBe("2023-02-11");
    // A malformed tag keeps the default order instead of throwing.
    expect(day("Posted 02/11/2023", "en_UK")).toBe("2023-02-11");
  });
});
