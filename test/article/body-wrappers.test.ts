import { describe, expect, it } from "vitest";
import { bodyOf, prose } from "./helpers.js";

const page = (inner: string) => `<!doctype html><html><head><title>t</title></head><body>${inner}</body></html>`;
const textOf = (html: string) => bodyOf(html).blocks.map((b) => b.text).join("\n");

describe("containers inside the article that hold its text", () => {
  it("keeps the paragraphs behind a 'paywall' wrapper and drops a paywall promo", () => {
    const html = page(`<article><div class="article__body"><p>${prose(2, "Home Depot")}</p>
      <div class="paywall"><p>${prose(2, "The analyst")}</p><p>${prose(2, "The chain")}</p></div>
      <div class="paywall-promo"><p>Subscribe to keep reading.</p></div></div></article>`);
    const text = textOf(html);
    expect(text).toContain("The analyst said");
    expect(text).toContain("The chain said");
    expect(text).not.toContain("Subscribe to keep reading");
  });

  it("keeps the rest of a story folded into a 'read-more' expander", () => {
    const html = page(`<div class="story-body"><p>${prose(3, "The government team")}</p>
      <div id="read-more"><div id="read-more-link"><a href="#">Read more</a></div><div id="read-more-content"><p>${prose(2, "The Press Council")}</p><p>${prose(2, "The union")}</p></div></div></div>`);
    expect(textOf(html)).toContain("The Press Council said");
  });

  it("keeps text laid out with <br> beside a few images (no <p> at all)", () => {
    const line = "주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다, 현재 MBC는 이유리 주연의 드라마를 방영하고 있다.";
    const lines = Array.from({ length: 30 }, () => line).join("<br><br>");
    const html = page(`<div class="newsContent"><div class="newsArticle"><img src="a.jpg"><img src="b.jpg">${lines}</div></div>`);
    expect(textOf(html)).toContain("막장극의 대결로");
  });

  it("keeps a photo post's text although its images outnumber its paragraphs", () => {
    const imgs = Array.from({ length: 6 }, (_, i) => `<div class="separator"><a href="/${i}.jpg"><img src="/${i}.jpg"></a></div>`).join("");
    const html = page(`<div class="post-body post-content"><div class="reader"><div><span>Kate Henshaw</span></div>
      <div><span>The veteran actress, who won an award in 2008, has shared some stunning photos of herself on her page.</span></div>
      ${imgs}<div><span>She flaunted her bag, which had the colours of the flag, at an event in Lagos last week.</span></div></div></div>`);
    expect(textOf(html)).toContain("She flaunted her bag");
  });

  it("counts a <div> of inline text as a paragraph when judging a container by its lists", () => {
    const para = (t: string) => `<div><span>${t}, who spoke at the hearing, which ran late into the evening in the old town hall.</span></div>`;
    const items = Array.from({ length: 4 }, (_, i) => `<li>Item ${i} of the agenda</li>`).join("");
    const html = page(`<article><p>${prose(6, "The council")}</p><p>${prose(6, "The mayor")}</p>
      <div class="notes">${para("The first speaker")}${para("The second speaker")}${para("The third speaker")}<ul>${items}</ul></div></article>`);
    expect(textOf(html)).toContain("The second speaker");
  });

  it("keeps a list whose items each carry a link inside a sentence, and drops a menu list", () => {
    const items = ["Ankush Dua", "gero", "manekenpix"].map((n) => `<li>${n} <a href="/bug/${n}">fixed an issue with revoked permissions for extensions</a> in the tools</li>`).join("");
    const menu = ["News", "Sport", "Weather", "Culture"].map((n) => `<li><a href="/${n}">${n} section of the site</a></li>`).join("");
    const html = page(`<article class="entry-content"><p>${prose(6, "The team")}</p><ul>${items}</ul><p>${prose(6, "The release")}</p><ul>${menu}</ul></article>`);
    const text = textOf(html);
    expect(text).toContain("gero fixed an issue");
    expect(text).not.toContain("Weather section");
  });

  it("drops a related-posts box whose class names it after a prefix ('jp-relatedposts')", () => {
    const html = page(`<div class="entry-content"><p>${prose(6, "The survey")}</p><p>${prose(6, "The ranking")}</p>
      <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><div class="jp-relatedposts-items"><p><a href="/a">Stack Overflow Documentation is now in beta</a></p><p>Building on the success of its communities, the site announced a new product, which is now in beta.</p></div></div></div>`);
    const text = textOf(html);
    expect(text).toContain("The ranking said");
    expect(text).not.toContain("Building on the success");
  });

  it("keeps a how-to step that is a label and its list of items", () => {
    const items = ["Cloche", "Planter saucer, small shallow dish or desired platform", "Floral foam oasis", "Ruler", "Spoon",
      "Floral wire pins or paper clips", "Small plants (from a florist or nursery)", "Moss", "Tweezers", "Decorative stones"].map((t) => `<li>${t}</li>`).join("");
    const html = page(`<div class="col-main"><div class="step"><p>${prose(5, "The terrarium")}</p></div>
      <div class="step"><div class="content"><span class="head">What You'll Need:</span><ul>${items}</ul></div></div>
      <div class="step"><p>${prose(5, "The foam")}</p></div></div>`);
    expect(textOf(html)).toContain("Floral foam oasis");
  });

  it("keeps a section whose id is a heading's slug that opens with a boilerplate word", () => {
    const html = page(`<div class="body"><div class="section" id="evolve"><h1>Evolve</h1><p>${prose(5, "The guide")}</p>
      <div class="section" id="sharing-with-multiple-developers-code-review"><h2>Sharing with multiple developers: code review</h2><p>${prose(4, "The reviewer")}</p></div></div></div>`);
    expect(textOf(html)).toContain("The reviewer said");
  });

  it("still drops a share bar named by its first word", () => {
    const html = page(`<article><p>${prose(5, "The guide")}</p><div class="share-bar-top"><p>Share this article with your friends on every network you use, today.</p></div></article>`);
    expect(textOf(html)).not.toContain("Share this article");
  });
});
