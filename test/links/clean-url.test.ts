import { describe, expect, it } from "vitest";
import { cleanUrl, isTrackingParam } from "../../src/extract/links/clean-url.js";

describe("cleanUrl", () => {
  it("drops utm_* campaign tags and keeps the path", () => {
    expect(cleanUrl("https://tass.com/politics/1964361?utm_source=themoscowtimes.com&utm_medium=referral"))
      .toBe("https://tass.com/politics/1964361");
  });

  it("drops click identifiers of ad networks and social sites", () => {
    expect(cleanUrl("https://www.foxnews.com/politics/kellogg?fbclid=IwAR2xKq")).toBe("https://www.foxnews.com/politics/kellogg");
    expect(cleanUrl("https://example.com/a?gclid=1&msclkid=2&dclid=3&yclid=4")).toBe("https://example.com/a");
    expect(cleanUrl("https://www.instagram.com/p/Cx1/?igshid=MzRlODBiNWFlZA==")).toBe("https://www.instagram.com/p/Cx1/");
    expect(cleanUrl("https://example.com/a?mc_cid=abc&mc_eid=def")).toBe("https://example.com/a");
    expect(cleanUrl("https://example.com/a?_ga=2.1.2.3")).toBe("https://example.com/a");
  });

  it("keeps parameters that select the page, in their order and encoding", () => {
    expect(cleanUrl("https://abcnews.go.com/Politics/poll/story?id=67088534&utm_campaign=x"))
      .toBe("https://abcnews.go.com/Politics/poll/story?id=67088534");
    expect(cleanUrl("https://example.com/search?q=a%20b&utm_source=x&page=2")).toBe("https://example.com/search?q=a%20b&page=2");
    expect(cleanUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be");
  });

  it("keeps the fragment after removing the query", () => {
    expect(cleanUrl("https://example.com/report?utm_medium=email#section-2")).toBe("https://example.com/report#section-2");
  });

  it("returns a URL with nothing to remove unchanged, character for character", () => {
    const u = "https://twitter.com/realDonaldTrump/status/1191687950360358913?s=20";
    expect(cleanUrl(u)).toBe(u);
    expect(cleanUrl("https://example.com/a")).toBe("https://example.com/a");
  });

  it("strips Twitter embed referrers (ref_src) but not other ref-like names", () => {
    expect(cleanUrl("https://twitter.com/WestHam/status/1454931184966770696?ref_src=twsrc%5Etfw"))
      .toBe("https://twitter.com/WestHam/status/1454931184966770696");
    expect(isTrackingParam("referrer")).toBe(false);
    expect(isTrackingParam("UTM_Source")).toBe(true);
  });
});
