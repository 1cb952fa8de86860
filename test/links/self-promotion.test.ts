// Lines in which the site speaks about itself (calls to subscribe, tip lines, editor's notes,
// copyright and tag lines): their links are not cited. Prose that merely starts with the same
// word keeps its links.
import { describe, expect, it } from "vitest";
import { isSelfPromotion } from "../../src/extract/links/nav.js";
import { findLinks } from "../../src/extract/links/index.js";
import { makeArticle } from "./helpers.js";

const PAGE = "https://news.example.com/2025/06/02/harbour";

describe("isSelfPromotion", () => {
  it.each([
    "Subscribe to the Courier and stay on top of the harbour works.",
    "Join our forums to keep talking about the port.",
    "Have a tip? Anna Berg may be reached at aberg@courier.example.com.",
    "Editor’s note: This story was updated at 5:45 p.m. to include the authority's comment.",
    "Email Tariq Malik at tmalik@example.com or follow him on Twitter.",
    "Tags: Harbour, Dredging, Ferries",
    "Filed under: Port |",
    "© 2025 The Courier.",
  ])("is true for %j", (line) => expect(isSelfPromotion(line)).toBe(true));

  it.each([
    "Emails obtained by the Courier show the authority knew of the delay in March.",
    "Email records show the contractor was warned twice.",
    "Subscribers to the ferry pass will get a refund, the operator said.",
    "Tagged vehicles will be towed from the quay, the harbour master said on Monday.",
    "Subscribe to the Courier and stay on top of the harbour works. " + "The authority said the dredging would take eleven weeks and cost more than the earlier estimate of four million euros, which was made before the silt was tested. ".repeat(2),
  ])("is false for %j", (line) => expect(isSelfPromotion(line)).toBe(false));
});

describe("links of self-promotion lines", () => {
  it("reports none of them, and keeps the prose links around", () => {
    const a = makeArticle(PAGE, [
      "The port authority [said](https://port.example.org/notices/17) dredging starts on June 16.",
      "Subscribe to [our newsletter](https://news.example.com/newsletter) for updates on the works.",
      "Tags: [Harbour](https://news.example.com/tag/harbour), [Dredging](https://news.example.com/tag/dredging)",
    ]);
    expect(findLinks(a, []).map((l) => l.url)).toEqual(["https://port.example.org/notices/17"]);
  });
});

describe("isSelfPromotion, prose openings", () => {
  it.each([
    "Copyright lawyers said the port's logo was never registered.",
    "Filed under seal, the documents name three contractors.",
    "Topics discussed included the ferry timetable and the silt.",
  ])("is false for %j", (line) => expect(isSelfPromotion(line)).toBe(false));
});
