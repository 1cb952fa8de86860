// Literal text inside a pattern: every character a RegExp gives meaning to, escaped.

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, "\\$&");
}
