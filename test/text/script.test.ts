// A page that declares no language: its script names the language of the claims where it can
// (Russian, Japanese), and the Russian fixture read without its lang attribute keeps its claims.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract.js";
import { languageFromScript } from "../../src/text/script.js";

const FIXTURE = path.resolve(__dirname, "../../fixtures/quotes-russian-hospital-repairs");

describe("languageFromScript", () => {
  it("Russian by its letters; Ukrainian, Bulgarian and Serbian Cyrillic are not taken for it", () => {
    expect(languageFromScript("Министр заявил, что решение ещё не принято, и добавил, что переговоры продолжатся.")).toBe("ru");
    expect(languageFromScript("Міністр заявив, що рішення ще не ухвалене, і додав, що переговори тривають далі.")).toBeNull();
    expect(languageFromScript("Министърът заяви, че решението все още не е взето и че преговорите продължават.")).toBeNull();
    expect(languageFromScript("Министар је рекао да одлука још није донета и да се преговори настављају сутра.")).toBeNull();
  });

  it("Japanese by its kana; Latin script and short texts are left to the default", () => {
    expect(languageFromScript("首相は記者会見で、交渉を続ける考えを示した。政府は来週にも方針を決める。")).toBe("ja");
    expect(languageFromScript("The minister said the decision had not been taken and that talks would go on.")).toBeNull();
    expect(languageFromScript("Москва")).toBeNull();
  });
});

describe("claims of a Russian page without lang", () => {
  const html = readFileSync(path.join(FIXTURE, "page.html"), "utf8");
  const expected = JSON.parse(readFileSync(path.join(FIXTURE, "expected.json"), "utf8")) as { url: string };

  it("are read with the Russian rules, the same as with lang=\"ru\", and a warning says so", () => {
    const declared = extractHtml(html, expected.url);
    const undeclared = extractHtml(html.replace('<html lang="ru">', "<html>"), expected.url);
    expect(undeclared.article.language).toBeNull();
    expect(declared.quotes.length).toBeGreaterThan(5);
    expect(undeclared.quotes.map((q) => [q.type, q.text, q.speaker])).toEqual(declared.quotes.map((q) => [q.type, q.text, q.speaker]));
    expect(undeclared.dates).toEqual(declared.dates);
    expect(undeclared.warnings.some((w) => w.includes('claims read as "ru"'))).toBe(true);
  });
});
