import { describe, expect, it } from "vitest";
import { stripSiteSuffix } from "../../src/article/meta/title.js";
import { meta } from "./helpers.js";

describe("title by agreement", () => {
  it("takes the <h1> that says what <title> says, even inside a wrapper whose class looks like a sidebar", () => {
    const m = meta(`<title>Berlin suspect shot dead in Milan by rookie officer</title><meta name="og:title" value="BREAKING: Hunt for Berlin suspect comes to a bloody end">`,
      `<div class="content-sidebar-wrap"><article><h1>Berlin suspect shot dead in Milan by rookie officer</h1><p>Text.</p></article></div>`);
    expect(m.title).toBe("Berlin suspect shot dead in Milan by rookie officer");
  });

  it("takes the <h1> held inside <title> between other parts (artist, song, site)", () => {
    const m = meta(`<title>Prince and the Revolution – Purple Rain Lyrics | Genius Lyrics</title><meta property="og:site_name" content="Genius">`,
      `<h1>Purple Rain</h1>`);
    expect(m.title).toBe("Purple Rain");
  });

  it("does not take an <h1> that is the part after the last separator (the site's place)", () => {
    const m = meta(`<title>Evolve: Shared Mutable History — evolve extension for Mercurial</title>`,
      `<h1>evolve extension for Mercurial</h1><h1>Evolve: Shared Mutable History</h1>`);
    expect(m.title).toBe("Evolve: Shared Mutable History");
  });

  it("takes the <h1> whose words hold the whole (shortened) metadata title", () => {
    const m = meta(`<title>Jennifer Aniston on Leaving the Tags on Her Coat</title><meta property="og:title" content="Jennifer Aniston on Leaving the Tags on Her Coat">`,
      `<h1>Jennifer Aniston on Leaving the Tags on Her Céline Coat: 'I Wore It Four Times and Didn't Notice!'</h1>`);
    expect(m.title).toBe("Jennifer Aniston on Leaving the Tags on Her Céline Coat: 'I Wore It Four Times and Didn't Notice!'");
  });

  it("takes the <h1> over a metadata title that is only a section's one-word name it holds", () => {
    const m = meta(`<title>Arbeit - BÜNDNIS 90/DIE GRÜNEN</title><meta property="og:title" content="Arbeit"><meta name="twitter:title" content="Arbeit">`,
      `<h1>Wir kämpfen für gute Arbeit</h1>`);
    expect(m.title).toBe("Wir kämpfen für gute Arbeit");
  });

  it("passes over a heading for screen readers only", () => {
    const t = "octo/marzipanify: Convert an iOS Simulator app bundle to an iOSMac one";
    const m = meta(`<title>${t}</title><meta property="og:title" content="${t}">`, `<h1 class="sr-only">octo/marzipanify</h1><p>Text.</p>`);
    expect(m.title).toBe(t);
  });

  it("keeps the metadata headline when the <h1> shares few words with any title", () => {
    const m = meta(`<title>A Brief History of Neon Signage - CityLab</title><meta property="og:title" content="The Modern Ambitions Behind Neon">`,
      `<h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>`);
    expect(m.title).toBe("The Modern Ambitions Behind Neon");
  });

  it("takes the visible <h1> that the social and search titles reword", () => {
    const m = meta(`<title>The Rosetta Spacecraft Ends Its Mission as It Flings Itself Into a Comet | WIRED</title>
      <meta property="og:title" content="An Ode to the Rosetta Spacecraft As It Plummets To Its Death"><meta property="og:site_name" content="WIRED">`,
      `<h1>An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet</h1>`);
    expect(m.title).toBe("An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet");
  });

  it("counts Japanese headline length in characters when judging a reworded <h1>", () => {
    const m = meta(`<title>ファインの新聞ストッカーは引越しにも使える！ 新聞も家具も簡単に固定 | ライフハッカー［日本版］</title>`,
      `<h1>lifehacker</h1><h1>ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単</h1>`);
    expect(m.title).toBe("ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単");
  });

  it("keeps og:title when another meta title repeats the <h1> (the editors chose og:title over it)", () => {
    const m = meta(`<title>Twitter Lite se estrena en México, Venezuela y otros nueve países - CNET en Español</title>
      <meta property="og:title" content="Twitter Lite se estrena en México, Venezuela y otros nueve países">
      <meta name="twitter:title" content="Twitter Lite se estrena en 11 países de América Latina">`,
      `<h1>Twitter Lite se estrena en 11 países de América Latina</h1>`);
    expect(m.title).toBe("Twitter Lite se estrena en México, Venezuela y otros nueve países");
  });

  it("does not take a product tagline <h1> that shares a few words with a long <title>", () => {
    const m = meta(`<title>Firefox — Customize and make it your own — The most flexible browser on the Web — Mozilla</title>`,
      `<h1>Make your Firefox your own</h1>`);
    expect(m.title).toBe("Firefox — Customize and make it your own — The most flexible browser on the Web");
  });
});

describe("site suffix", () => {
  it("does not read a headline that mentions the site as a 'Site | Headline' head", () => {
    expect(stripSiteSuffix("Autumn maples at the Meishu campsite in Jianshi (2) @ Steven's home_blue sky :: PIXNET ::", "Steven's home_blue sky"))
      .toBe("Autumn maples at the Meishu campsite in Jianshi (2) @ Steven's home_blue sky");
  });
});

describe("site suffix in other forms", () => {
  it("strips the site's name glued on with bare punctuation", () => {
    expect(stripSiteSuffix("マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌", "phpspot開発日誌")).toBe("マインドマップ風のツリーを描画できる「Treeviz」");
  });

  it("matches a site name with or without its 'The'", () => {
    expect(stripSiteSuffix("China snubs Imran Khan | India News - Times of India", "The Times of India")).toBe("China snubs Imran Khan");
  });

  it("counts characters of scripts without spaces as words when judging a short tail", () => {
    // A long Japanese tail is part of the title; a short one is the site's name.
    expect(stripSiteSuffix("JVNDB-2018-013542 - 脆弱性対策情報データベースの詳細情報", null)).toBe("JVNDB-2018-013542 - 脆弱性対策情報データベースの詳細情報");
    expect(stripSiteSuffix("这个约会软件，想用你和对方的相似好恶来帮你找对象_好奇心日报", null)).toBe("这个约会软件，想用你和对方的相似好恶来帮你找对象");
  });
});

describe("headings that are part of the headline", () => {
  it("does not cut 'Name: Subtitle' down to the <h1> that sets only the name", () => {
    const m = meta(`<title>Lust for Youth: Lust for Youth Album Review | Pitchfork</title><meta property="og:title" content="Lust for Youth: Lust for Youth"><meta property="og:site_name" content="Pitchfork">`,
      `<h1><em>Lust for Youth</em></h1>`);
    expect(m.title).toBe("Lust for Youth: Lust for Youth");
  });

  it("still takes the <h1> before a spaced ' : ' that names the section", () => {
    const m = meta(`<title>Vanilla became the default flavour of ice cream : r/Showerthoughts</title>`, `<h1>Vanilla became the default flavour of ice cream</h1>`);
    expect(m.title).toBe("Vanilla became the default flavour of ice cream");
  });

  it("takes an <h2> that holds the whole metadata title and more", () => {
    const m = meta(`<title>NPO Network Security Association</title><meta property="og:title" content="NSF 2019 in Kansai: early detection and response">`,
      `<h1>Events and seminars</h1><h2>NSF 2019 in Kansai: early detection and response, from defence to offence</h2>`);
    expect(m.title).toBe("NSF 2019 in Kansai: early detection and response, from defence to offence");
  });
});

describe("site name", () => {
  it("is not the headline written into application-name", () => {
    const h = "This Is Your Brain On Sad Movies; Plus 5 Films To Cry To";
    const m = meta(`<title>${h}</title><meta name="application-name" value="${h}">`, `<h1>${h}</h1><p>Text.</p>`);
    expect(m.site).toBeNull();
    expect(m.title).toBe(h);
  });
});
