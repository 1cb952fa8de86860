// The English possessive 's ("Peskov's", "Trump’s"), read and stripped the same way wherever a
// name or a token is checked for it.

const POSSESSIVE_S = /[’']s$/;

/** The text ends with 's or ’s. */
export function endsWithPossessiveS(text: string): boolean {
  return POSSESSIVE_S.test(text);
}

/** The text without a final 's or ’s. */
export function withoutPossessiveS(text: string): string {
  return text.replace(POSSESSIVE_S, "");
}
