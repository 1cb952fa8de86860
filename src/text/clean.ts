// Whitespace and invisible characters, the same way everywhere text leaves the DOM.

/** Collapse runs of white space (including NBSP) to one space and trim; drop zero-width characters. */
export function cleanText(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "").replace(/\s+/g, " ").trim();
}
