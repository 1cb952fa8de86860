// Reading a saved page from disk or stdin, with the same size limit as a fetch.

import { open } from "node:fs/promises";
import { NewsclaimError } from "../errors.js";

export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, "r");
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ENOENT") throw new NewsclaimError("not_found", "no such file", { cause: err, url: path });
    if (code === "EISDIR") throw new NewsclaimError("unreadable", "is a directory", { cause: err, url: path });
    throw new NewsclaimError("unreadable", `cannot read file (${code ?? "error"})`, { cause: err, url: path });
  }
  try {
    const { size } = await fh.stat();
    if (size > maxBytes) throw new NewsclaimError("too_large", `file of ${size} bytes is over the ${maxBytes}-byte limit`, { url: path });
    return await fh.readFile();
  } catch (err) {
    if (err instanceof NewsclaimError) throw err;
    const code = (err as { code?: string }).code;
    throw new NewsclaimError("unreadable", code === "EISDIR" ? "is a directory" : `cannot read file (${code ?? "error"})`, { cause: err, url: path });
  } finally {
    await fh.close();
  }
}

export async function readStreamLimited(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += b.byteLength;
    if (size > maxBytes) throw new NewsclaimError("too_large", `input is over the ${maxBytes}-byte limit`, { url: "-" });
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
