import { describe, expect, it } from "vitest";
import { splitByline } from "../../src/article/meta/authors.js";
import { meta } from "./helpers.js";

describe("byline splitting", () => {
  it("splits Japanese credits at 、 and drops the role marks after each name", () => {
    expect(splitByline("Eric Freeman　著、嶋田 健志　監訳、木下 哲也　訳")).toEqual(["Eric Freeman", "嶋田 健志", "木下 哲也"]);
  });

  it("keeps 'X and the Y' whole (a band or an organisation)", () => {
    expect(splitByline("By Prince and the Revolution")).toEqual(["Prince and the Revolution"]);
    expect(splitByline("By Jane Doe and John Roe")).toEqual(["Jane Doe", "John Roe"]);
  });

  it("drops the outlet after a reporter's name and the section after 'in'", () => {
    expect(splitByline("Joe Davidson Washington Post")).toEqual(["Joe Davidson"]);
    expect(splitByline("Michael Larabel in Valve")).toEqual(["Michael Larabel"]);
  });

  it("drops a company beside the writer, and reads a sentence about the writer as no byline", () => {
    expect(splitByline("mediagene Inc, 小暮ひさのり")).toEqual(["小暮ひさのり"]);
    expect(splitByline("Die Autorin ist Wissenschaftsautorin in Washington, USA.")).toEqual([]);
  });

  it("rejects phrases cut from running text and keeps names with particles and organisations", () => {
    expect(splitByline("Scott Cunningham, Ad Operations at")).toEqual(["Scott Cunningham"]);
    expect(splitByline("qué Jerusalén está dividida")).toEqual([]);
    expect(splitByline("Organization for Transformative Works")).toEqual(["Organization for Transformative Works"]);
    expect(splitByline("Michiel de Jong")).toEqual(["Michiel de Jong"]);
    expect(splitByline("Cindy mangomini")).toEqual(["Cindy mangomini"]);
  });

  it("keeps a German name that starts like a prefix ('Di…') and strips a glued 'By'", () => {
    expect(splitByline("Dietmar Hopp")).toEqual(["Dietmar Hopp"]);
    expect(splitByline("ByTravis Haney")).toEqual(["Travis Haney"]);
  });
});

describe("author rules", () => {
  it("reads a CJK label before the name ('著者：')", () => {
    const m = meta("<title>x</title>", `<h1>サクサク軽い打ち心地のキーボード</h1><div><a class="articleHeader_name">著者：後藤大地</a></div><p>本文。</p>`);
    expect(m.authors).toEqual(["後藤大地"]);
  });

  it("reads Twitter's card label pair 'Written by'", () => {
    const m = meta(`<meta name="twitter:label1" value="Written by"><meta name="twitter:data1" value="Ellyn Shook">`, `<h1>Ten ideas for work in 2017</h1><p>Text.</p>`);
    expect(m.authors).toEqual(["Ellyn Shook"]);
  });

  it("takes the link to the writer's profile page near the headline, not a person's tag page far below", () => {
    const filler = Array.from({ length: 450 }, (_, i) => `<span>${i}</span>`).join("");
    const m = meta("<title>x</title>", `<h1>Facebook fights fake news</h1><div><a href="/about/editors/jon-fingas/">Jon Fingas</a></div><p>Text.</p>`);
    expect(m.authors).toEqual(["Jon Fingas"]);
    const far = meta("<title>x</title>", `<h1>Prince's estate sues</h1><p>Text.</p>${filler}<a href="/staff/prince-nelson/">Prince Nelson</a>`);
    expect(far.authors).toEqual([]);
  });

  it("keeps co-authors that sit together and skips bylines of teasers elsewhere on the page", () => {
    const teasers = ["Sami Fathi", "Hartley Charlton"].map((n) => `<div class="row"><div class="body"><div class="text"><a rel="author" href="/x">${n}</a></div></div></div>`).join("");
    const m = meta("<title>x</title>", `<main><article><h1>Apple releases iOS 12.3</h1><div class="byline"><a rel="author" href="/a">Juli Clover</a></div><p>Text.</p></article><section>${teasers}</section></main>`);
    expect(m.authors).toEqual(["Juli Clover"]);
  });

  it("reads microdata's <link itemprop=name content> inside the author", () => {
    const m = meta("<title>x</title>", `<h1>RubyConf 2016 talk</h1><span itemprop="author" itemscope><link itemprop="url" href="/user/confreaks"><link itemprop="name" content="Confreaks"></span>`);
    expect(m.authors).toEqual(["Confreaks"]);
  });

  it("passes over a meta author that is the site's own host name", () => {
    const m = meta(`<meta name="author" content="ScanNetSecurity">`, `<h1>脆弱性情報</h1><p class="author">文●オカモト</p>`, "https://scan.netsecurity.ne.jp/article/2019/03/04/1.html");
    expect(m.authors).toEqual(["オカモト"]);
  });
});
