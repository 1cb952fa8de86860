// The language of a page that does not declare one, where its writing system says it: Cyrillic
// with ы or э and none of і ї є ґ ў is Russian (Ukrainian, Belarusian, Bulgarian, Serbian and
// Macedonian lack ы/э or have those letters), and kana is Japanese. Only languages whose claim
// rules differ from the English default are guessed; Latin-script pages keep the default.
// (A statistical detector such as franc would name more languages, but a wrong guess costs more
// than the default here: the claim rules of a language read its text only.)

/** Characters read from the start of the text: enough to see its script, bounded for huge bodies. */
export const SCRIPT_SAMPLE = 4000;

const LETTER = /\p{L}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const RUSSIAN_ONLY = /[ыэЫЭ]/;
const NOT_RUSSIAN = /[іїєґўјљњђћџѓќѕІЇЄҐЎЈЉЊЂЋЏЃЌЅ]/;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** "ru", "ja", or null when the script does not settle it. */
export function languageFromScript(text: string): string | null {
  const sample = text.slice(0, SCRIPT_SAMPLE);
  const letters = count(sample, LETTER);
  if (letters < 20) return null;
  if (count(sample, CYRILLIC) > letters / 2) return RUSSIAN_ONLY.test(sample) && !NOT_RUSSIAN.test(sample) ? "ru" : null;
  if (count(sample, KANA) > letters / 10) return "ja";
  return null;
}
