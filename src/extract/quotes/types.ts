import type { QuoteType, SpeakerKind } from "../../record/types.js";

/** A span in one paragraph (block) of the body. */
export interface Place {
  paragraph: number;
  start: number;
  end: number;
}

export interface Quote {
  type: QuoteType;
  /** The quoted or reported words, without the surrounding quotation marks. */
  text: string;
  /** Where `text` stands. */
  place: Place;
  /** The attributing verb or phrase as written ("told", "according to"), or null. */
  cue: string | null;
  cuePlace: Place | null;
  /** The speaker as the sentence names them ("he", "Peskov", "the ministry"), or null. */
  mention: string | null;
  mentionPlace: Place | null;
  /** The whole attribution (speaker, cue and their adjuncts such as "on Thursday"), or null. */
  attribution: Place | null;
  /** Index into the speakers list, or null when nobody is named. */
  speaker: number | null;
}

export interface Speaker {
  /** The fullest form the article gives. */
  name: string;
  kind: SpeakerKind;
  title: string | null;
  aliases: string[];
}

export interface QuoteResult {
  quotes: Quote[];
  speakers: Speaker[];
}
