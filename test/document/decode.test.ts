import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeHtml } from "../../src/document/decode.js";

describe("decodeHtml", () => {
  const text = "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶";

  it("reads a page saved as UTF-8 that still declares gb2312 as UTF-8", () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>${text}</title></head></html>`;
    const d = decodeHtml(new Uint8Array(Buffer.from(page, "utf8")));
    expect(d.encoding).toBe("utf-8");
    expect(d.html).toContain(text);
  });

  it("reads a real gb2312 page as gb2312", () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>${text}</title></head></html>`;
    const d = decodeHtml(new Uint8Array(iconv.encode(page, "gb2312")));
    expect(d.encoding).toBe("gbk"); // WHATWG maps the gb2312 label to GBK
    expect(d.html).toContain(text);
  });

  it("reads windows-1252 text that is not valid UTF-8 as declared", () => {
    const page = `<meta charset="windows-1252"><p>Café crème à la française</p>`;
    const d = decodeHtml(new Uint8Array(iconv.encode(page, "windows-1252")));
    expect(d.html).toContain("Café crème à la française");
  });
});
