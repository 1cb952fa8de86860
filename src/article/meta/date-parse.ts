// Date strings of pages → ISO 8601, as precise as the string is. ISO-like values (meta tags,
// JSON-LD, datetime attributes) are read as written, keeping their zone; everything else
// ("Dec 9, 2016", "16.12.2012", "Tue, 13 Dec 2016 22:33:06 +0000", "2019年3月4日") goes to
// chrono-node in the page's language, then in the other locales it ships. A value counts only
// when year, month and day are all certain: "3 hours ago" or "10:28" alone say nothing.

import * as chrono from "chrono-node";
import { isValidDay } from "../../calendar-day.js";

/** chrono-node's locales, by BCP 47 primary tag (chrono-node's own exports). */
const LOCALES: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.strict, de: chrono.de.strict, fr: chrono.fr.strict, es: chrono.es.strict, pt: chrono.pt.strict,
  nl: chrono.nl.strict, it: chrono.it.strict, ja: chrono.ja.strict, zh: chrono.zh.strict, ru: chrono.ru.strict,
  uk: chrono.uk.strict, sv: chrono.sv.strict, fi: chrono.fi.strict,
};
/** Tried after the page's own language, in this order (the corpus languages first). */
const FALLBACK_ORDER: readonly string[] = ["en", "de", "fr", "es", "pt", "nl", "it", "ja", "zh", "ru"];

/** Oldest year accepted from visible text (page dates before the web are footnotes, not bylines). */
export const MIN_TEXT_YEAR = 1995;
/** Oldest year accepted from structured values. */
export const MIN_STRUCTURED_YEAR = 1900;
const MAX_YEAR = 2100;
/** Longest text handed to chrono (bylines and datelines are short; long text is not one). */
const MAX_TEXT = 200;

/** A four-digit year, or the 年 of CJK dates; text without one holds no complete date. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)|年/;
/** Characters read before and after a year ("Tuesday, 13 December 2016 at 10:33 p.m. EST"). */
const WINDOW_BEFORE = 45;
const WINDOW_AFTER = 32;
/** Years looked at in one text. */
const MAX_YEAR_WINDOWS = 4;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;

/** An ISO 8601 date or date-time at the start of the string, normalised; null otherwise. */
export function parseIsoDate(raw: string | null | undefined, minYear = MIN_STRUCTURED_YEAR): string | null {
  if (!raw) return null;
  const m = ISO.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, tz] = m;
  const year = Number(y);
  if (year < minYear || year > MAX_YEAR || !isValidDay(year, Number(mo), Number(d))) return null;
  const date = `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  if (h === undefined || Number(h) > 23) return date;
  return `${date}T${h.padStart(2, "0")}:${mi}:${sec ?? "00"}${zoneOf(tz)}`;
}

function zoneOf(tz: string | undefined): string {
  if (tz === undefined) return "";
  if (tz === "Z") return "Z";
  const digits = tz.slice(1).replace(":", "").padEnd(4, "0");
  return `${tz[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}


export interface TextDate {
  value: string;
  /** Where in the text the date was found. */
  index: number;
}

/** The first complete calendar date written in `text`, in the page's language or another. */
export function findTextDate(text: string, language: string | null, minYear = MIN_TEXT_YEAR, shortYear = false): TextDate | null {
  const s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const iso = /(?:^|[^\d])((?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\d)/.exec(s);
  if (iso) {
    const v = parseIsoDate(iso[1], minYear);
    if (v) return { value: v, index: iso.index };
  }
  // Day.month.year with dots is the European order in every language that writes it (US dates
  // use slashes), whatever locale chrono would guess ("07.11.2023" is 7 November).
  const dotted = /(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.]\d)(?:,?\s+(\d{1,2})[:.](\d{2})(?!\d))?/.exec(s);
  if (dotted) {
    const [, d, m, y, hh, mm] = dotted;
    const day = Number(d), month = Number(m), year = Number(y);
    if (year >= minYear && isValidDay(year, month, day)) {
      const date = `${y}-${pad(month)}-${pad(day)}`;
      const withTime = hh !== undefined && Number(hh) < 24 && Number(mm) < 60 ? `${date}T${pad(Number(hh))}:${mm}:00` : date;
      return { value: withTime, index: dotted.index };
    }
  }
  // Bylines and datelines also write day.month.yy ("31.10.23", "Party, 30.10.23"); elsewhere
  // such a triple is as often a version or a score, so callers ask for it.
  const short = shortYear ? /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d|\.\d)/.exec(s) : null;
  if (short && !YEAR.test(s)) {
    const [, d, m, yy] = short;
    const year = Number(yy) + (Number(yy) < 70 ? 2000 : 1900);
    if (year >= minYear && isValidDay(year, Number(m), Number(d))) return { value: `${year}-${pad(Number(m))}-${pad(Number(d))}`, index: short.index };
  }
  const lang = language?.split("-")[0] ?? null;
  // The page's language and English; every shipped locale only when the page does not say.
  const order = lang && LOCALES[lang] ? [...new Set([lang, "en"])] : FALLBACK_ORDER;
  // English as written outside the US puts the day first in numbers ("02/11/2023 14:00 GMT" is
  // 2 November on a British page): chrono's little-endian English, built for this call.
  // Built only when the text writes a date in numbers, the one thing it reads differently.
  const dayFirstEn = lang === "en" && NUMERIC_DATE.test(s) && isDayFirst(language!) ? new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true)) : null;
  // chrono is slow on long text (English casual parsing takes milliseconds per 200 characters),
  // so it reads only a window around each written year: a date is never far from its year.
  const years = new RegExp(YEAR.source, "g");
  let windows = 0;
  for (let m = years.exec(s); m && windows < MAX_YEAR_WINDOWS; m = years.exec(s), windows++) {
    const from = Math.max(0, m.index - WINDOW_BEFORE);
    const to = Math.min(s.length, m.index + m[0].length + WINDOW_AFTER);
    const win = s.slice(from, to);
    for (const code of order) {
      const parser = code === "en" && dayFirstEn ? dayFirstEn : LOCALES[code];
      if (!parser) continue;
      for (const r of parser.parse(win)) {
        const c = r.start;
        if (!c.isCertain("year") || !c.isCertain("month") || !c.isCertain("day")) continue;
        const v = fromComponents(c, minYear);
        if (v) return { value: v, index: from + r.index };
      }
    }
    const reordered = monthFirst(win, order);
    if (reordered) {
      const v = fromComponents(reordered.start, minYear);
      if (v) return { value: v, index: from + (reordered.index ?? 0) };
    }
  }
  return null;
}

/** Day and month in numbers ("02/11/2023", "2-11-23"), the dates whose order depends on the locale. */
const NUMERIC_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/;

/** "Juli 12, 2017": a month name, day, comma, year (WordPress's default "F j, Y" in every language). */
const MONTH_DAY_YEAR = /(\p{L}{3,})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?!\d)/u;

/**
 * WordPress and other CMSs write the English order with the page's month names ("Juli 12,
 * 2017", "juin 29, 2019"), which chrono's non-English locales do not read: the same words are
 * handed to chrono again in the language's own order ("12. Juli 2017"), so chrono's month
 * vocabulary still decides what is a month.
 */
function monthFirst(win: string, order: readonly string[]): { start: chrono.ParsedComponents; index: number } | null {
  const m = MONTH_DAY_YEAR.exec(win);
  if (!m) return null;
  const [, month, day, year] = m;
  for (const code of order) {
    if (code === "en") continue;
    const parser = LOCALES[code];
    if (!parser) continue;
    for (const text of [`${day} ${month} ${year}`, `${day}. ${month} ${year}`]) {
      const r = parser.parse(text)[0];
      if (r && r.index === 0 && r.text.length === text.length && r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year")) {
        return { start: r.start, index: m.index };
      }
    }
  }
  return null;
}

/** Any date string: ISO as written, else the first complete date chrono finds. */
export function parseDateValue(raw: string | null | undefined, language: string | null, minYear = MIN_STRUCTURED_YEAR): string | null {
  if (!raw) return null;
  return parseIsoDate(raw, minYear) ?? findTextDate(raw, language, minYear)?.value ?? null;
}

function fromComponents(c: chrono.ParsedComponents, minYear: number): string | null {
  const y = c.get("year")!, m = c.get("month")!, d = c.get("day")!;
  if (y < minYear || y > MAX_YEAR || !isValidDay(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!c.isCertain("hour")) return date;
  const time = `${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}:${pad(c.get("second") ?? 0)}`;
  const off = c.isCertain("timezoneOffset") ? c.get("timezoneOffset") : null;
  if (off === null || off === undefined) return `${date}T${time}`;
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Whether the locale writes the day before the month in numeric dates, as CLDR says through
 * Intl ("en-GB" 02/11/2023, "en-US" 11/2/2023); false for a locale Intl does not know.
 */
function isDayFirst(locale: string): boolean {
  // Pages write invalid tags (lang="en_UK"), on which Intl throws: those keep the default order.
  if (!LANGUAGE_TAG.test(locale)) return false;
  const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric" }).formatToParts(new Date(Date.UTC(2020, 0, 2)));
  const types = parts.map((p) => p.type);
  return types.indexOf("day") < types.indexOf("month");
}

/** A well-formed BCP 47 tag as pages use them (language, optional script and region). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/i;
