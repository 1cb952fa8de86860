// Hostile and odd pages, generated here: no crash, no hang (generous timeouts are hang
// detectors, not speed targets), and a warning whenever the body cannot be trusted.
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/extract.js";
import { bodyOf, prose } from "./helpers.js";

const HANG = 30_000;

function page(body: string, head = "<title>A test page</title>"): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

describe("bad input", () => {
  it("reads a 5 MB page", () => {
    const para = `<p>${prose(3)}</p>`;
    const filler = `<div class="related"><a href="/x">Another story about something else</a></div>`;
    let html = `<article><h1>Budget passes</h1>${para}${para}</article>`;
    while (html.length < 5_000_000) html += filler + para;
    const r = extractHtml(page(html), "https://example.com/a");
    expect(r.article.paragraphs).toBeGreaterThan(1);
  }, HANG);

  it("reads a page of 50,000 nodes", () => {
    const items = Array.from({ length: 25_000 }, (_, i) => `<span>w${i}</span>`).join("");
    const html = page(`<nav>${items}</nav><article><h1>Budget passes</h1><p>${prose(4)}</p><p>${prose(4)}</p></article>`);
    const body = bodyOf(html);
    expect(body.blocks.map((b) => b.text).join(" ")).toContain("The council said on Tuesday");
    expect(body.blocks.some((b) => b.text.includes("w100"))).toBe(false);
  }, HANG);

  it("reads text nested 5,000 deep without recursion", () => {
    const depth = 5_000;
    const html = page(`${"<div>".repeat(depth)}<p>${prose(4)}</p><p>${prose(3)}</p>${"</div>".repeat(depth)}`);
    const r = extractHtml(html, null);
    const body = bodyOf(html);
    expect(body.blocks.length).toBe(2);
    expect(body.blocks[0]!.text).toContain("The council said");
  }, HANG);

  it("survives 5,000 nested byline-like elements (meta rules are bounded)", () => {
    const depth = 5_000;
    const html = page(`<h1>Headline of the day</h1>${'<div class="meta date">'.repeat(depth)}x${"</div>".repeat(depth)}<p>${prose(3)}</p>`);
    const r = extractHtml(html, null);
    expect(r.article.published).toBeNull();
  }, HANG);

  it("warns on a page with no body", () => {
    const r = extractHtml("<html><head><title>Only a head</title></head></html>", null);
    expect(r.article.paragraphs).toBe(0);
    expect(r.warnings.join(" ")).toMatch(/no article body/);
  }, HANG);

  it("warns on a page that is all navigation instead of returning the menu", () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join("");
    const r = extractHtml(page(`<div id="top"><ul>${links}</ul></div><div class="menu"><ul>${links}</ul></div>`), "https://example.com/");
    expect(r.warnings.join(" ")).toMatch(/no article|body is|very short/);
  }, HANG);

  it("reads a body laid out in <table>s", () => {
    const html = page(`<table><tr><td class="nav"><a href="/a">Home</a><br><a href="/b">News</a></td>
      <td class="content"><h1>Budget passes</h1><p>${prose(3)}</p><p>${prose(2, "The mayor")}</p></td></tr></table>`);
    const body = bodyOf(html);
    const text = body.blocks.map((b) => b.text).join(" ");
    expect(text).toContain("The mayor said on Tuesday");
    expect(text).not.toContain("Home");
  }, HANG);

  it("reads text laid out with <br> in a <div>", () => {
    const lines = Array.from({ length: 6 }, () => prose(1)).join("<br><br>");
    const body = bodyOf(page(`<div id="menu"><a href="/">Home</a></div><div class="story">${lines}</div>`));
    expect(body.blocks.map((b) => b.text).join(" ")).toContain("The council said on Tuesday");
  }, HANG);

  it("warns on a frameset page, which has no text of its own", () => {
    const html = `<html><head><title>Frames</title></head><frameset cols="20%,80%"><frame src="nav.html"><frame src="main.html"></frameset></html>`;
    const r = extractHtml(html, "https://example.com/");
    expect(r.article.paragraphs).toBe(0);
    expect(r.warnings.join(" ")).toMatch(/no article body/);
  }, HANG);

  it("does not hang on 100 KB of unbalanced quotes and dates in a byline", () => {
    const junk = `"By 2019 “ « ${"12.12. ".repeat(10_000)}`;
    const r = extractHtml(page(`<h1>Headline of the day</h1><div class="byline">${junk}</div><p>${prose(2)}</p>`), null);
    expect(r.article.paragraphs).toBeGreaterThan(0);
  }, HANG);
});
