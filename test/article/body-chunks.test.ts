import { describe, expect, it } from "vitest";
import { bodyOf, prose } from "./helpers.js";

const page = (inner: string) => `<!doctype html><html><head><title>t</title></head><body><nav><a href="/">Home</a></nav>${inner}<footer>© Site</footer></body></html>`;

describe("body split across containers", () => {
  it("keeps every section with the main container's class, nested at different depths", () => {
    const html = page(`<div class="post"><div class="wrap"><section><div class="post__section">
        <p>${prose(3, "The first section")}</p><p>${prose(3, "The first section again")}</p></div></section></div>
      <figure><img src="a.jpg"><figcaption>A machine</figcaption></figure>
      <section><div class="post__section"><p>${prose(6, "The second section")}</p><p>${prose(6, "The second section again")}</p></div></section></div>`);
    const text = bodyOf(html).blocks.map((b) => b.text).join("\n");
    expect(text).toContain("The first section said");
    expect(text).toContain("The second section said");
    expect(text.indexOf("The first section said")).toBeLessThan(text.indexOf("The second section said"));
  });

  it("does not add a container of the same class that holds only links", () => {
    const links = Array.from({ length: 8 }, (_, i) => `<a href="/s${i}">Another story about the council, number ${i}, with more words</a>`).join(" ");
    const html = page(`<div class="post__section"><p>${prose(6, "The article")}</p><p>${prose(6, "The article again")}</p></div>
      <aside><div class="post__section">${links}</div></aside><div><div class="post__section">${links}</div></div>`);
    const text = bodyOf(html).blocks.map((b) => b.text).join("\n");
    expect(text).toContain("The article said");
    expect(text).not.toContain("Another story");
  });
});
