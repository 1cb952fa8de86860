import type { LinkKind } from "../../record/types.js";

export interface Link {
  url: string;
  cleanUrl: string;
  text: string;
  kind: LinkKind;
  internal: boolean;
  paragraph: number;
  sentence: string;
  start: number;
  end: number;
  /** Index into the quotes list of the claim this link backs, or null. */
  quote: number | null;
}
