// Separators between a headline and the site's name in <title>-like strings ("Headline | Site").
export const SUFFIX_SEPARATORS: readonly string[] = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " / ", "_", "｜", " : "];
// Class words of visually hidden text (Bootstrap's sr-only, WordPress's screen-reader-text, the
// "visually-hidden" idiom): a heading with one is not the headline readers see.
export const HIDDEN_CLASS_WORDS: ReadonlySet<string> = new Set([
  "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "hidden", "offscreen", "a11y-hidden",
]);
