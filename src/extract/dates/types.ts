import type { Granularity } from "../../record/types.js";

export interface DateMention {
  /** As written. */
  text: string;
  /** ISO 8601: 2025-05-29, 2024-05, 2022, or an interval 2025-06-02/2025-06-08. */
  value: string;
  granularity: Granularity;
  /** Resolved against the reference date. */
  relative: boolean;
  paragraph: number;
  start: number;
  end: number;
}

export interface DatesResult {
  dates: DateMention[];
  /** Values that could not be trusted or resolved ("February 30", a malformed publish date). */
  warnings: string[];
  /** What chrono read but the news rules set aside, with the rule's name (for debugging, not the record). */
  setAside: { text: string; reason: string; paragraph: number }[];
}
