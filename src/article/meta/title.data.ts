// Separators between a headline and the site's name in <title>-like strings ("Headline | Site").
export const SUFFIX_SEPARATORS: readonly string[] = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " / ", "_", "｜", " : "];
