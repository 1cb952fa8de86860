// Bytes → text. The charset comes from the Content-Type header, then a byte-order mark, then a
// <meta> declaration in the first bytes (encoding-sniffer implements the WHATWG prescan), and
// iconv-lite decodes, so windows-1251, ISO-8859-1, Shift_JIS and the rest need no table of ours.

import iconv from "iconv-lite";
import { getEncoding } from "encoding-sniffer";
import { NewsclaimError } from "../errors.js";

export interface Decoded {
  html: string;
  /** The encoding used, as iconv-lite names it (lowercase). */
  encoding: string;
  warnings: string[];
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const warnings: string[] = [];
  const declared = charsetOf(contentType);
  let encoding: string | null = null;
  if (declared) {
    if (iconv.encodingExists(declared)) encoding = declared;
    else warnings.push(`unknown charset "${declared}" in Content-Type; sniffed the page instead`);
  }
  if (!encoding) {
    // BOM first, then <meta charset> / http-equiv in the first 1024 bytes, else windows-1252
    // (the HTML default, which also reads ASCII and ISO-8859-1 correctly).
    const sniffed = getEncoding(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { defaultEncoding: "utf-8" });
    encoding = sniffed.toLowerCase();
    if (!iconv.encodingExists(encoding)) {
      warnings.push(`unknown charset "${sniffed}" declared in the page; decoded as UTF-8`);
      encoding = "utf-8";
    } else if (encoding !== "utf-8" && isUtf8WithMultibyte(bytes)) {
      // Pages saved from a browser are re-encoded as UTF-8 but keep their <meta charset=gb2312>;
      // non-ASCII bytes that form valid UTF-8 are UTF-8 (legacy encodings almost never do).
      encoding = "utf-8";
    }
  }
  try {
    const html = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
    return { html, encoding, warnings };
  } catch (cause) {
    throw new NewsclaimError("decode", `cannot decode the page as ${encoding}`, { cause });
  }
}

/** The bytes hold non-ASCII text and are valid UTF-8 throughout. */
function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when bytes look like a binary file rather than text (NULs in the first kilobytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  // UTF-16 text has NULs too; the sniffer handles it through its BOM.
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0 && nul > n / 100;
}
