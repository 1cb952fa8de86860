// Quotation-mark pairs of the world's news typography, shared by every language. Sources:
// Unicode's Quotation_Mark property and the "Quotation mark" table of the Unicode CLDR
// delimiters data (quotationStart/End, alternateQuotationStart/End) for en, de, fr, da, pl, ja, zh.

/** Opening mark → the marks that may close it. */
export const QUOTE_PAIRS: Readonly<Record<string, readonly string[]>> = {
  "\u201c": ["\u201d", "\u201c", '"'], // “ ” (en), “ “ and “ " (mixed typography in real copy)
  "\u201e": ["\u201c", "\u201d", '"'], // „ “ (de, cs), „ ” (pl, hu)
  "\u201d": ["\u201d"],           // ” ” (sv, fi)
  "\u2018": ["\u2019"],           // ‘ ’
  "\u201a": ["\u2018", "\u2019"], // ‚ ‘ (de), ‚ ’
  "\u00ab": ["\u00bb"],           // « » (fr, ru)
  "\u00bb": ["\u00ab"],           // » « (da, de)
  "\u2039": ["\u203a"],           // ‹ ›
  "\u203a": ["\u2039"],           // › ‹
  "\u300c": ["\u300d"],           // 「 」 (ja, zh)
  "\u300e": ["\u300f"],           // 『 』
  '"': ['"', "\u201d"],           // " " and " ” (mixed typography)
  "'": ["'"],
};

/** Marks that are double quotes (single ones double as apostrophes and need more care). */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(["\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u300c", "\u300d", "\u300e", "\u300f", '"']);

export const ALL_MARKS: ReadonlySet<string> = new Set([
  ...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS).flat(),
]);
