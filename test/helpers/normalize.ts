// The text normalization fixtures/README.md documents for expected.json comparisons.
export function norm(s: string | null | undefined): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .replace(/^[\s,.;:]+/, "")
    .replace(/[\s,.;:]+$/, "");
}
