// JSON for stdout: compact when piped, pretty (and, on a terminal, coloured as jq colours it)
// when asked. Colour is applied token by token to our own serialisation, so it never alters
// the data.

import type { ChalkInstance } from "chalk";

export interface JsonStyle {
  pretty: boolean;
  /** A chalk instance with colour enabled, or null for none. */
  color: ChalkInstance | null;
}

export function formatJson(value: unknown, style: JsonStyle): string {
  if (!style.pretty) return JSON.stringify(value);
  if (!style.color) return JSON.stringify(value, null, 2);
  return colorize(value, style.color, 0);
}

// jq's default palette: null grey, false/true default, numbers default, strings green, keys blue (bold).
function colorize(v: unknown, c: ChalkInstance, depth: number): string {
  const pad = "  ".repeat(depth + 1);
  const end = "  ".repeat(depth);
  if (v === null || v === undefined) return c.gray("null");
  if (typeof v === "string") return c.green(JSON.stringify(v));
  if (typeof v === "number") return c.white(JSON.stringify(v));
  if (typeof v === "boolean") return c.white(String(v));
  if (Array.isArray(v)) {
    if (!v.length) return c.bold("[]");
    return `${c.bold("[")}\n${v.map((x) => pad + colorize(x, c, depth + 1)).join(",\n")}\n${end}${c.bold("]")}`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (!entries.length) return c.bold("{}");
  const body = entries.map(([k, x]) => `${pad}${c.blue.bold(JSON.stringify(k))}: ${colorize(x, c, depth + 1)}`).join(",\n");
  return `${c.bold("{")}\n${body}\n${end}${c.bold("}")}`;
}
