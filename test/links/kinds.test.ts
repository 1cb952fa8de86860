import { describe, expect, it } from "vitest";
import { findLinks } from "../../src/extract/links/index.js";
import type { AsideLink } from "../../src/article/types.js";
import { makeArticle } from "./helpers.js";

const URL_MT = "https://www.themoscowtimes.com/2025/05/29/kremlin-urges-ukraine-a89269";
const kindsOf = (paragraphs: Parameters<typeof makeArticle>[1], asides: AsideLink[] = []) =>
  findLinks(makeArticle(URL_MT, paragraphs, asides), []).map((l) => [l.text, l.kind]);

describe("link kinds", () => {
  it("a link in a sentence backing a statement is a citation", () => {
    expect(kindsOf(["The Kremlin [said](https://www.interfax.ru/russia/1028731) Thursday that it was waiting for Ukraine."]))
      .toEqual([["said", "citation"]]);
  });

  it("a related-story box inside the body is related, standing before its paragraph", () => {
    const aside: AsideLink = {
      url: "https://www.themoscowtimes.com/2025/05/29/mariupol-siege-air-commander-killed-a89266",
      href: "/2025/05/29/mariupol-siege-air-commander-killed-a89266",
      text: "Mariupol Siege Air Commander Killed in Grenade Blast", start: 17, end: 69, isMedia: false, paragraph: 1,
      context: "Related article: Mariupol Siege Air Commander Killed in Grenade Blast",
    };
    const links = findLinks(makeArticle(URL_MT, [
      "Lavrov [said](https://tass.com/politics/1964361) Wednesday that Moscow was ready.",
      "Medinsky [said](https://ria.ru/20250528/medinskiy.html) late Wednesday that he proposed the date.",
    ], [aside]), []);
    expect(links.map((l) => [l.text, l.kind, l.paragraph])).toEqual([
      ["said", "citation", 0],
      ["Mariupol Siege Air Commander Killed in Grenade Blast", "related", 1],
      ["said", "citation", 1],
    ]);
    expect(links[1]!.sentence).toBe("Related article: Mariupol Siege Air Commander Killed in Grenade Blast");
    expect(links[1]!.internal).toBe(true);
  });

  it("a line led by 'Related article:', 'Read more' or 'See also' is related", () => {
    expect(kindsOf([
      "Related article: [Mariupol Siege Air Commander Killed in Grenade Blast](/2025/05/29/mariupol-a89266)",
      "READ MORE: [Putin signs decree on spring conscription](https://www.themoscowtimes.com/2025/03/31/a1)",
      "See also [Ukraine war live updates](https://example.org/live)",
      "The minister [denied](https://example.org/denial) the report. [Read more](https://example.org/more)",
    ])).toEqual([
      ["Mariupol Siege Air Commander Killed in Grenade Blast", "related"],
      ["Putin signs decree on spring conscription", "related"],
      ["Ukraine war live updates", "related"],
      ["denied", "citation"],
      ["Read more", "related"],
    ]);
  });

  it("a list of headlines is related; a link inside a list item's sentence is a citation", () => {
    expect(kindsOf([
      { text: "[Kremlin Says No Date Yet for Second Round of Talks](https://www.themoscowtimes.com/a1)", kind: "list-item" },
      { text: "[Russia Strikes Kyiv With Drones Overnight](https://www.themoscowtimes.com/a2)", kind: "list-item" },
      { text: "Inflation slowed to 9.9%, the central bank [reported](https://cbr.ru/press/1) on Friday.", kind: "list-item" },
    ])).toEqual([
      ["Kremlin Says No Date Yet for Second Round of Talks", "related"],
      ["Russia Strikes Kyiv With Drones Overnight", "related"],
      ["reported", "citation"],
    ]);
  });

  it("a post or profile on a social network is social, whatever the anchor", () => {
    expect(kindsOf([
      "Umerov, [writing on X](https://x.com/rustem_umerov/status/1927), said he gave Russia a memorandum.",
      "Zelensky posted a [video](https://www.youtube.com/watch?v=abc123) and a message on [Telegram](https://t.me/V_Zelenskiy_official/1).",
      "The ministry's [statement](https://www.facebook.com/MinistryofDefence.UA/posts/1) was shared widely, as was [this thread](https://bsky.app/profile/a.bsky.social/post/3k).",
      "See the [toot](https://mastodon.world/@someone/1122) and the [post](https://www.threads.net/@zuck/post/C1).",
    ])).toEqual([
      ["writing on X", "social"], ["video", "social"], ["Telegram", "social"], ["statement", "social"],
      ["this thread", "social"], ["toot", "social"], ["post", "social"],
    ]);
  });

  it("a document, picture or video file is media, and so is a link wrapping an image", () => {
    expect(kindsOf([
      "A [Reuters poll](https://fingfx.thomsonreuters.com/gfx/mkt/Topline%20Impeachment.pdf) found most Americans agreed.",
      "The [satellite image](https://cdn.example.org/img/kerch-bridge.JPG?w=1200) shows the damage.",
      { text: "[](https://www.flickr.com/photos/kremlin/5521)", media: ["https://www.flickr.com/photos/kremlin/5521"] },
    ])).toEqual([["Reuters poll", "media"], ["satellite image", "media"], ["", "media"]]);
  });

  it("a headline alone in a heading is related (teaser cards); a short heading link is other", () => {
    expect(kindsOf([
      { text: "[China completes landing test for its first Mars mission](https://www.aljazeera.com/ajimpact/china-mars)", kind: "heading" },
      "Related post: [Pickled Brussels Sprouts Recipe](https://theantijunecleaver.com/2016/07/pickled-brussels-sprouts)",
    ])).toEqual([
      ["China completes landing test for its first Mars mission", "related"],
      ["Pickled Brussels Sprouts Recipe", "related"],
    ]);
  });

  it("a link in a heading, or with no words and no image, is other", () => {
    expect(kindsOf([
      { text: "[Live updates](https://example.org/live)", kind: "heading" },
      "The text goes on [ ](https://example.org/empty) here.",
    ])).toEqual([["Live updates", "other"], [" ", "other"]]);
  });

  it("internal is judged by registrable domain, not by host string", () => {
    const links = findLinks(makeArticle("https://www.bbc.co.uk/news/world-europe-1", [
      "The [BBC reported](https://news.bbc.co.uk/2/hi/europe/1.stm) it first; [The Guardian](https://www.theguardian.com/world/1) followed.",
      "Another [co.uk site](https://www.itv.co.uk/news/1) is not ours.",
    ]), []);
    expect(links.map((l) => l.internal)).toEqual([true, false, false]);
  });

  it("without a page URL nothing is internal", () => {
    const links = findLinks(makeArticle(null, ["The [report](https://example.org/a) said so."]), []);
    expect(links.map((l) => [l.url, l.internal])).toEqual([["https://example.org/a", false]]);
  });

  it("share buttons and tag boxes are not cited links; a topic page linked in a sentence is", () => {
    expect(kindsOf([
      "[Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.org) [Twitter](https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.org)",
      "Tags: [United States](https://www.deccanherald.com/tag/united-states), [China](https://www.deccanherald.com/tag/china), [trade war](https://www.deccanherald.com/tag/trade-war)",
      "[Meg James](https://www.latimes.com/people/meg-james)",
      "Shares of [Yahoo](https://www.nytimes.com/topic/company/yahoo-inc?inline=nyt-org) rose 3 percent on the news.",
    ])).toEqual([["Yahoo", "citation"]]);
  });

  it("a byline's linked name and an author page in a credit line are not cited links", () => {
    expect(kindsOf([
      "By [Meg James](https://www.latimes.com/people/meg-james) Staff Writer",
      "[Reuters](https://www.deccanherald.com/author/reuters), Washington,",
      "By comparison, the [2024 report](https://www.imf.org/en/Publications/2024) found growth of 3.1% in the region.",
      "Our correspondent [Louis Jacobson](https://www.politifact.com/staff/louis-jacobson/) has covered the ministry for a decade and said the leaks came from inside it.",
    ])).toEqual([["2024 report", "citation"], ["Louis Jacobson", "citation"]]);
  });

  it("gives each link its own sentence and offsets", () => {
    const links = findLinks(makeArticle(URL_MT, [
      "Peskov spoke first. Russian Foreign Minister Sergei Lavrov [said](https://tass.com/politics/1964361) Wednesday that Moscow was ready. He added more.",
    ]), []);
    expect(links).toHaveLength(1);
    const l = links[0]!;
    expect(l.sentence).toBe("Russian Foreign Minister Sergei Lavrov said Wednesday that Moscow was ready.");
    // "Peskov spoke first. " is 20 characters, "Russian Foreign Minister Sergei Lavrov " 39 more.
    expect([l.start, l.end]).toEqual([59, 63]);
  });
});
