// Language registry: a static map from primary subtag to data (en, ru). Unknown languages fall back to
// English vocabulary; the quotation-mark scanner is language-independent either way.

import type { LangData } from "./types.js";
import { EN } from "./en/index.js";
import { RU } from "./ru/index.js";

const LANGUAGES: Readonly<Record<string, LangData>> = { en: EN, ru: RU };

export function langData(code: string | null | undefined): LangData {
  return (code && LANGUAGES[code.toLowerCase().split("-")[0]!]) || EN;
}

export type { LangData, CueEntry } from "./types.js";
