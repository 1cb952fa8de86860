// splitSentences on long paragraphs: the segmenter is run window by window there (V8's iterator
// is quadratic on one long string), and the spans must be the same as for short text.

import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

// News sentences, each exactly one sentence (abbreviations inside must not split them).
const SENTENCES = [
  "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Moscow was ready to continue the talks.",
  "U.S. President Donald Trump said he would decide within two weeks.",
  "“We are waiting for an answer from Kyiv,” Peskov said.",
  "Gen. Valery Gerasimov did not attend the meeting in Istanbul.",
  "The delegation, led by Vladimir Medinsky, arrived at 10 a.m. local time on Monday.",
  "Ukrainian Foreign Minister Andriy Sybiha called the proposal “an ultimatum.”",
  "Turkey's Foreign Ministry said the next round could take place on June 2.",
  "Mr. Erdogan offered to host a meeting of the three leaders.",
];

function paragraph(count: number): { text: string; expected: { start: number; end: number }[] } {
  const parts: string[] = [];
  const expected: { start: number; end: number }[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    expected.push({ start: at, end: at + s.length });
    parts.push(s);
    at += s.length + 1;
  }
  return { text: parts.join(" "), expected };
}

describe("splitSentences on long paragraphs", () => {
  it("finds the same sentences in a 40 KB paragraph as in a short one", () => {
    const short = paragraph(SENTENCES.length);
    expect(splitSentences(short.text)).toEqual(short.expected);
    const long = paragraph(600);
    expect(long.text.length).toBeGreaterThan(40_000);
    expect(splitSentences(long.text)).toEqual(long.expected);
  });

  it("keeps an abbreviation that falls on any offset of a window's edge inside its sentence", () => {
    // Shift the text one character at a time so "U.S." and "Gen." cross every offset.
    for (let pad = 0; pad < 40; pad++) {
      const { text, expected } = paragraph(80);
      const padded = "x".repeat(pad) + ". " + text;
      const shift = pad + 2;
      const spans = splitSentences(padded).slice(1);
      expect(spans).toEqual(expected.map((s) => ({ start: s.start + shift, end: s.end + shift })));
    }
  });

  it("does not hang on 100 KB of initials, and keeps them one span", () => {
    const text = "A. ".repeat(34_000).trimEnd();
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  }, 20_000);
});
