// What every extractor gets besides the article: read-only facts about the run.

export interface ReferenceDate {
  /** ISO 8601 date or date-time that relative dates resolve against. */
  value: string;
  /** Where it came from: "published", "url", "dateline", "last-modified", "option". */
  source: string;
}

export interface Ctx {
  /** Primary language subtag of the article ("en", "de"). */
  readonly language: string;
  /** The date "Thursday" and "last week" resolve against; null when nothing trustworthy is known. */
  readonly reference: ReferenceDate | null;
}
