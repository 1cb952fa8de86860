// Who a frame's cue belongs to when the name is not right before it: the sentence's opening
// subject (after a dateline), a name before commas of apposition, a relative "who".

import type { LangData } from "../../lang/types.js";
import { mentionAfter, mentionBefore, withApposedName, type Mention } from "../speakers/mention.js";
import { TERMINAL } from "./clause.js";
import type { ParagraphView } from "./frames.js";

// Courtesy titles, which a role given in apposition replaces ("Dr. X, the medical director,").
const HONORIFICS: ReadonlySet<string> = new Set(["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "sir", "dame"]);

// "Eight years ago, …", "Two weeks later, …": a count of time units opens an adjunct, not a subject.
const PLURAL_UNITS: ReadonlySet<string> = new Set(["years", "months", "weeks", "days", "hours", "decades"]);

// Prepositions that open an adverbial before the subject ("Amid responses …,",
// "Despite the ruling, …"), beyond the adjunct prepositions of the language data.
const OPENERS: ReadonlySet<string> = new Set(["amid", "despite", "among", "under", "without", "against", "regarding", "concerning", "considering", "like", "unlike", "besides"]);

/** The subject that opens a sentence, after a dateline ("WASHINGTON (AP) — Vice President Joe Biden …"). */
export function leadSubject(v: ParagraphView, s: { from: number; to: number }, limit: number, L: LangData): Mention | null {
  let start = s.from;
  for (let k = s.from; k < Math.min(limit, s.from + 10); k++) if (/^[—–-]$/.test(v.toks[k]!.text)) { start = k + 1; break; }
  // "In a victory speech in Westchester County on Tuesday, Mr. Trump …", "Eight years ago, he …":
  // an opening adjunct up to its comma is not the subject.
  // "And although he thanked …, he sounded …": a conjunction, then a subordinate clause to its comma.
  if (start < limit && L.conjunctions.has(v.toks[start]!.lower)) start++;
  // ("Ever since she endorsed Mrs. Clinton, Ms. Warren …", "Shortly after …": an adverb before the subordinator.)
  if (start + 1 < limit && L.subordinators.has(v.toks[start + 1]!.lower) && /^(ever|even|just|only|long|right|soon|shortly|immediately|moments|minutes|hours|days)$/.test(v.toks[start]!.lower)) start++;
  const first = v.toks[start];
  if (first && (L.adjunctPrepositions.has(first.lower) || OPENERS.has(first.lower) || L.subordinators.has(first.lower) || PLURAL_UNITS.has(v.toks[start + 1]?.lower ?? ""))) {
    for (let k = start + 1; k < Math.min(limit, start + 16); k++) {
      if (v.toks[k]!.text === ",") { start = k + 1; break; }
      if (TERMINAL.has(v.toks[k]!.text) || v.quoteOf[k]! >= 0) break;
    }
  }
  // "In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice …": a
  // place's state or country set off by commas belongs to the adjunct.
  if (start > s.from && v.toks[start - 1]!.text === ",") {
    let k = start;
    while (k < Math.min(limit, start + 3) && v.toks[k]!.isCap) k++;
    if (k > start && v.toks[k]?.text === "." && v.toks[k + 1]?.text === ",") k++; // "Calif.,"
    if (k > start && v.toks[k]?.text === "," && !mentionAfter(v.toks, start, k, L)?.name.includes(" ")) start = k + 1;
  }
  const m0 = mentionAfter(v.toks, start, limit, L);
  if (!m0) {
    // "One early supporter, Representative Lee Zeldin, Republican of New York, gave …": a few words
    // of description the name parse does not take, then a full name in apposition.
    let c = start;
    while (c < Math.min(limit, start + 5) && v.toks[c]!.isWord && v.quoteOf[c]! < 0) c++;
    if (c > start && c < limit && v.toks[c]!.text === ",") {
      const named = mentionAfter(v.toks, c + 1, limit, L);
      if (named && named.kind === "person" && named.name.includes(" ") && v.toks[named.to]?.text === ",") return { ...named, from: start };
    }
  }
  const m = m0 ? withApposedName(v.toks, m0, limit, L) : null;
  // A description is the subject only when a role noun heads it ("A spokeswoman for Janney also
  // declined to comment, saying …"), not any noun phrase ("The move came …, saying").
  if (m && m.kind === "title") return L.titleNouns.has(v.toks[m.to - 1]!.lower) || isRoleOf(v, m, L) ? m : null;
  return m && m.refers !== "relative" ? m : null;
}

/** "spokeswoman for Janney", "director of the agency": a role noun, then what it serves. */
function isRoleOf(v: ParagraphView, m: Mention, L: LangData): boolean {
  for (let k = m.from; k < m.to - 1; k++) if ((v.toks[k + 1]!.lower === "for" || v.toks[k + 1]!.lower === "of") && L.titleNouns.has(v.toks[k]!.lower)) return true;
  return false;
}

/** "Umerov, writing on X, said", "Dmitry Peskov, the Kremlin's spokesman, said": the name before the commas. */
export function appositiveSubject(v: ParagraphView, comma: number, floor: number, L: LangData): Mention | null {
  const { toks } = v;
  // "Navdeep Bains, Minister of Innovation, Science and Economic Development, said": a name that
  // opens the sentence and is followed by commas is the subject, whatever the apposition holds
  // (titles with commas inside, ages, relative clauses).
  const lead = floor < comma ? mentionAfter(toks, floor, comma, L) : null;
  if (lead && (lead.kind === "person" || lead.kind === "organization") && toks[lead.to]?.text === "," && lead.to < comma && comma - lead.to < 40) {
    // "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said": a name in apposition is the subject.
    const named = mentionAfter(toks, lead.to + 1, comma + 1, L);
    let clean = !(named && named.kind === "person" && toks[named.to]?.text === ",");
    for (let i = lead.to; i < comma && clean; i++) if (TERMINAL.has(toks[i]!.text) && v.quoteOf[i]! < 0 || toks[i]!.text === ";") clean = false;
    if (clean) {
      const t = appositionTitle(v, lead.to, comma + 1, L);
      return t && (!lead.title || HONORIFICS.has(lead.title.toLowerCase())) ? { ...lead, title: t.title } : lead;
    }
  }
  let k = comma;
  // "“…,” an intelligence source, who was not authorized to speak, told Fox News": a description
  // right after the quote is the speaker when no name stands before the commas.
  let described: Mention | null = null;
  for (let hops = 0; hops < 3; hops++) {
    let c = k - 1;
    while (c >= floor && k - c < 30 && toks[c]!.text !== ",") {
      // Quoted words inside the apposition ("who lost 16 lbs. “and two belt loops” since May").
      c = v.quoteOf[c]! >= 0 && v.openOf[v.quoteOf[c]!]! >= 0 ? v.openOf[v.quoteOf[c]!]! - 1 : c - 1;
    }
    if (c < floor || toks[c]!.text !== ",") return described;
    let m = mentionBefore(toks, c, floor, L);
    // "Keeper of the Royal Archive, Amir Hassan Latif, said": a full name alone between the commas,
    // after anything but a person's name, is the speaker; what stands before is the title.
    if (k - c > 2 && (!m || m.kind !== "person" && m.kind !== "title" || m.kind === "person" && !m.name.includes(" "))) {
      const named = mentionAfter(toks, c + 1, k, L);
      if (named && named.kind === "person" && named.to === k && named.name.includes(" ") && !named.title) {
        let t0 = c - 1;
        while (t0 > floor && c - t0 < 12 && toks[t0 - 1]!.text !== "," && !TERMINAL.has(toks[t0 - 1]!.text) && v.quoteOf[t0 - 1]! < 0) t0--;
        while (t0 < c && L.determiners.has(toks[t0]!.lower)) t0++;
        return { ...named, from: Math.min(t0, named.from), title: t0 < c ? v.text.slice(toks[t0]!.start, toks[c - 1]!.end) : null };
      }
    }
    if (m && m.kind === "title" && !described && (v.closeTok.has(m.from - 1) || toks[m.from - 1]?.text === "," && v.closeTok.has(m.from - 2))) described = m;
    // "Mr. Sloan, 56, remained …": an age in apposition; the name stands before it.
    if (m && m.to - m.from === 1 && /^\d+$/.test(toks[m.from]!.text)) { k = c; continue; }
    // "Marco Rubio, whose hometown, Miami, is …, argues": a name in apposition inside a "whose"
    // clause belongs to that clause; the subject stands before it.
    if (m && toks[m.from - 1]?.text === "," && (toks[m.from - 3]?.lower === "whose" || toks[m.from - 4]?.lower === "whose")) { k = c; continue; }
    // "Phil Berger and House Speaker Tim Moore, both Republicans, said": joint speakers; the first
    // named stands for both.
    if (m && m.kind === "person" && m.from - 1 > floor && toks[m.from - 1]!.lower === "and") {
      const first = mentionBefore(toks, m.from - 1, floor, L);
      if (first && first.kind === "person") m = { ...first, to: m.to };
    }
    // "…," the White House press secretary, Josh Earnest, said: a title, then the name in apposition.
    if (m && m.kind === "title") {
      const named = mentionAfter(toks, c + 1, comma, L);
      if (named && named.kind === "person" && named.to === comma) m = { ...named, from: m.from, title: named.title ?? m.title };
    }
    if (m && m.kind !== "title" && m.refers !== "relative" && (m.from === floor || /^[,:;(—–]$/.test(toks[m.from - 1]!.text) || v.closeTok.has(m.from - 1))) {
      if (m.kind === "pronoun") return m;
      const t = appositionTitle(v, c, comma + 1, L);
      // "Dr. Samuel Okafor, the trust's medical director,": the role beats a bare honorific.
      return t && (!m.title || HONORIFICS.has(m.title.toLowerCase())) ? { ...m, title: t.title } : m;
    }
    k = c;
  }
  return described;
}

/** ", CEO of Civic Action," / ", the Kremlin's spokesman,": a title in apposition after a comma. */
export function appositionTitle(v: ParagraphView, comma: number, limit: number, L: LangData): { title: string; to: number } | null {
  const { toks } = v;
  let e = comma + 1;
  while (e < limit && e - comma < 12 && toks[e]!.text !== "," && !TERMINAL.has(toks[e]!.text) && v.quoteOf[e]! < 0) e++;
  let a = comma + 1;
  while (a < e && L.determiners.has(toks[a]!.lower)) a++;
  // The title noun must come early ("CEO of Civic Action", "the Kremlin's spokesman"), not a clause.
  let hasTitle = false;
  for (let k = a; k < Math.min(e, a + 4); k++) if (L.titleNouns.has(toks[k]!.lower) || L.titleNouns.has(toks[k]!.lower.replace(/\.$/, ""))) hasTitle = true;
  if (!hasTitle || e === a) return null;
  return { title: v.text.slice(toks[a]!.start, toks[e - 1]!.end), to: toks[e]?.text === "," ? e + 1 : e };
}

export function relativeAntecedent(v: ParagraphView, who: Mention, floor: number, L: LangData): Mention | null {
  if (v.toks[who.from - 1]?.text !== ",") return null;
  const m = mentionBefore(v.toks, who.from - 1, floor, L);
  return m && (m.kind === "person" || m.kind === "organization" || m.kind === "group") ? { ...m, from: who.from, to: who.to } : null;
}

