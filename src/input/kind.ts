// What an input names: a URL to fetch, a saved page on disk, or "-" for stdin.

export type InputKind = "url" | "file" | "stdin";

export function inputKind(input: string): InputKind {
  if (input === "-") return "stdin";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return "url";
  // "javascript:alert(1)", "mailto:x": a scheme we will refuse with a clear message, not a file.
  if (/^[a-z][a-z0-9+.-]{1,15}:(?![\\/])/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) return "url";
  return "file";
}
