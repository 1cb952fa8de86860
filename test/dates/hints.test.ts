// Sentences are parsed for dates only where a date word or digit stands (vocabulary.dateHint);
// dates in a paragraph's later sentences keep their offsets, and the sentence after a date is
// not read as its context.
import { describe, expect, it } from "vitest";
import { dates, run } from "./helpers.js";

const THU = "2025-05-29";

describe("date hints", () => {
  it("a date after sentences without one keeps its place in the paragraph", () => {
    const text = "Markets fell sharply as ministers argued. Investors were nervous. Peskov said on Tuesday that talks would go on.";
    const [d] = run(text, THU).dates;
    expect(d?.text).toBe("on Tuesday");
    expect(d?.value).toBe("2025-05-27");
    expect(text.slice(d!.start, d!.end)).toBe("on Tuesday");
  });

  it("runs of hinted sentences are read together, non-hinted ones between them are skipped", () => {
    const text = "The talks began on May 16. Nothing came of them. Another round is set for June 2 in Istanbul.";
    expect(dates(text, THU)).toEqual(["May 16 = 2025-05-16", "June 2 = 2025-06-02"]);
  });

  it("French and German sentences are found by their own date words", () => {
    expect(dates("La veille, le ministre avait parlé. Rien de plus.", THU, "fr")).toEqual(["La veille = 2025-05-28"]);
    expect(dates("Das Treffen fand am Dienstag statt. Mehr wurde nicht gesagt.", THU, "de")).toEqual(["am Dienstag = 2025-05-27"]);
  });
});
