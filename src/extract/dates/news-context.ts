// What the date parsers and refiners built for one article know besides chrono's context.

import type { Day } from "./calendar.js";
import type { DateVocabulary } from "./vocabulary.js";

export interface NewsContext {
  readonly vocab: DateVocabulary;
  /** The reference day; null when none is trusted (relative mentions are then dropped later). */
  readonly reference: Day | null;
}

/** Tags our parsers and refiners set on chrono results; mention.ts reads them. */
export const TAG = {
  /** Granularity decided by us: `${TAG.granularity}week`. */
  granularity: "newsclaim/granularity:",
  /** Precision the value is written at: `${TAG.format}day`. */
  format: "newsclaim/format:",
  /** A period phrase tied to another time ("the next year"); the not-a-date filter drops it. */
  anaphoric: "newsclaim/anaphoric",
  /** Resolved against the reference day. */
  relative: "newsclaim/relative",
} as const;
