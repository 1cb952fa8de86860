// Noun phrases that name a speaker, read from tokens: "Kremlin spokesman Dmitry Peskov",
// "Trump's special envoy for Ukraine Keith Kellogg", "the ministry", "Russian officials", "he".
// Bounded scans (a dozen tokens at most), so the cost is linear in the paragraph.

import type { LangData } from "../../lang/types.js";
import type { Tok } from "../quotes/tokens.js";
import { endsWithPossessiveS, withoutPossessiveS } from "./possessive.js";

export type MentionKind = "person" | "organization" | "group" | "pronoun" | "title";

export interface Mention {
  /** Token range of the whole phrase. */
  from: number;
  to: number;
  kind: MentionKind;
  /** The name ("Dmitry Peskov", "Kremlin", "Russian officials"), or the pronoun / title phrase. */
  name: string;
  title: string | null;
  /** For pronouns: what they may refer to. */
  refers?: "person" | "group" | "organization" | "any" | "relative";
  /** What the words say of the person's gender ("she", "Mrs.", "spokeswoman"), if anything. */
  gender?: "f" | "m";
  /** For an organisation named by capitalised words before a common noun ("the GMB union"): that noun. */
  head?: string;
}

/** Gender told by the phrase's own words, or undefined. */
export function genderOf(words: string, L: LangData): "f" | "m" | undefined {
  for (const w of words.toLowerCase().split(/\s+/)) { const g = L.genderWords[w]; if (g) return g; }
  return undefined;
}

const MAX_NP = 12;

const bare = (t: Tok) => withoutPossessiveS(t.lower);
const isPossessive = (t: Tok) => endsWithPossessiveS(t.text) || /s[’']$/.test(t.text);
const isAcronym = (t: Tok) => /^\p{Lu}{2,}[\p{Lu}.&]*$/u.test(t.text);

function isTitleWord(t: Tok, L: LangData): boolean {
  return L.titleNouns.has(t.lower) || L.titleNouns.has(t.lower.replace(/\.$/, "")) || L.titleNouns.has(t.lower + ".");
}
function isNameWord(t: Tok, L: LangData): boolean {
  return t.isCap && !L.notNames.has(t.lower) && !L.pronouns[t.lower] || particleName(t, L);
}
/** "al-Baghdadi", "el-Sisi", "bin-Laden": a particle joined by a hyphen to a capitalised name. */
function particleName(t: Tok, L: LangData): boolean {
  const m = /^(\p{Ll}+)-\p{Lu}/u.exec(t.text);
  return !!m && L.nameParticles.has(m[1]!);
}
/** "Theresa May", "Will Estrada": a name-like function word next to a name is part of it. */
export function nameLikeAt(toks: readonly Tok[], k: number, L: LangData): boolean {
  const t = toks[k];
  if (!t || !t.isCap || !L.nameLikeWords.has(t.lower)) return false;
  const prev = toks[k - 1], next = toks[k + 1];
  return !!prev && isNameWord(prev, L) || !!next && isNameWord(next, L);
}
// "аналитик «Финама» Алексей Калачёв", "глава «Роснефти»": a company's name in guillemets inside a
// title, where complements follow their head.
const NAME_MARKS: ReadonlySet<string> = new Set(["«", "»"]);
function isNpWord(t: Tok, L: LangData): boolean {
  if (!t.isWord) return t.text === "-" || L.headFirst && NAME_MARKS.has(t.text);
  if (t.isCap) return !L.notNames.has(t.lower) || L.determiners.has(t.lower);
  return isTitleWord(t, L) || L.titleModifiers.has(t.lower) || L.groupNouns.has(t.lower) || L.organizationNouns.has(bare(t)) ||
    L.nameParticles.has(t.lower) || /^\d/.test(t.text) || /-/.test(t.text) && t.lower.length > 3;
}

/** The noun phrase that ends just before token `end` (exclusive), not reaching before `floor`. */
export function mentionBefore(toks: readonly Tok[], end: number, floor: number, L: LangData): Mention | null {
  // "Rep. Jim Clyburn (D-S.C.)": the bracket after a name is not part of it.
  if (toks[end - 1]?.text === ")") {
    let k = end - 2;
    while (k > floor && end - k < 10 && toks[k]!.text !== "(") k--;
    if (toks[k]?.text === "(" && k > floor) end = k;
  }
  const last = toks[end - 1];
  if (!last || end - 1 < floor) return null;
  const pr = L.pronouns[last.lower];
  if (pr) return { from: end - 1, to: end, kind: "pronoun", name: last.text, title: null, refers: pr, gender: L.genderWords[last.lower] };
  // "Some chanted “USA! USA!”", "Many said …": a quantity standing alone as the subject is a group.
  if (L.quantityWords.has(last.lower) && L.determiners.has(last.lower) && (end - 1 === floor || /^[,;:—–(]$/.test(toks[end - 2]!.text) || toks[end - 2]!.lower === "and" || toks[end - 2]!.lower === "but")) {
    return { from: end - 1, to: end, kind: "group", name: last.text, title: null };
  }
  let a = end;
  let described = 0;
  while (a - 1 >= floor && end - a < MAX_NP) {
    const t = toks[a - 1]!;
    if (L.determiners.has(t.lower)) { a--; break; }
    if (isNpWord(t, L) || nameLikeAt(toks, a - 1, L)) { a--; continue; }
    // "Toronto retiree Doug Purdy": one unlisted noun describes a full name that follows it.
    // ("German harbour master Jens Köhler": up to two such words.)
    if (described < 2 && isDescriptor(t, L) && a + 1 < end && (described > 0 || isNameWord(toks[a]!, L) && isNameWord(toks[a + 1]!, L))) { described++; a--; continue; }
    // "областного собрания", "первый заместитель": where complements follow their head, an
    // adjective before a role or organisation noun belongs to the phrase.
    if (L.headFirst && isDescriptor(t, L) && a < end && (isTitleWord(toks[a]!, L) || L.organizationNouns.has(toks[a]!.lower) || L.groupNouns.has(toks[a]!.lower))) { a--; continue; }
    // "Transport and Maritime Union": "and" inside an organisation's name.
    if ((t.lower === "and" || t.text === "&") && a < end && toks[a]!.isCap && a - 2 >= floor && toks[a - 2]!.isCap && L.organizationNouns.has(bare(last))) { a--; continue; }
    // "envoy for Ukraine", "Secretary of State": a linking word inside a title, between NP words.
    if ((t.lower === "of" || t.lower === "for") && a < end && toks[a]!.isCap && a - 2 >= floor && isNpWord(toks[a - 2]!, L)) { a--; continue; }
    // "the senator from Ohio": a role and where it is held.
    if (t.lower === "from" && a < end && toks[a]!.isCap && a - 2 >= floor && isTitleWord(toks[a - 2]!, L) && !toks[a - 2]!.isCap) { a--; continue; }
    break;
  }
  while (a < end && (toks[a]!.lower === "of" || toks[a]!.lower === "for" || toks[a]!.lower === "from" || toks[a]!.text === "-")) a++;
  // "the regional water board": words before an organisation or group noun, back to its article.
  if (a < end && (L.organizationNouns.has(bare(last)) || L.groupNouns.has(last.lower) || isTitleWord(last, L)) && !L.determiners.has(toks[a]!.lower)) {
    let k = a;
    while (k - 1 >= floor && a - k < 3 && isDescriptor(toks[k - 1]!, L)) k--;
    if (k < a && k - 1 >= floor && L.determiners.has(toks[k - 1]!.lower)) a = k - 1;
    // "the lanky, bespectacled professor": two describing words set apart by a comma.
    else if (k < a && k - 3 >= floor && toks[k - 1]!.text === "," && isDescriptor(toks[k - 2]!, L) && L.determiners.has(toks[k - 3]!.lower)) a = k - 3;
    // "…, city officials announced": the words run back to a comma or the sentence start.
    else if (k < a && (k === floor || /^[,:;—–(]$/.test(toks[k - 1]!.text))) a = k;
  }
  return (a < end ? analyse(toks, a, end, L) : null) ?? describedBefore(toks, end, floor, L);
}

function isDescriptor(t: Tok, L: LangData): boolean {
  return t.isWord && !t.isCap && t.lower.length >= 4 && /^\p{Ll}+$/u.test(t.lower) && !L.functionWords.has(t.lower) && !/ly$/.test(t.lower);
}

/** "Nearly half said", "the 42-year-old mother of two said": a description with no name. */
function describedBefore(toks: readonly Tok[], end: number, floor: number, L: LangData): Mention | null {
  let a = end;
  let anchored = false;
  while (a - 1 >= floor && end - a < 4) {
    const t = toks[a - 1]!;
    if (!t.isWord || L.functionWords.has(t.lower) && t.lower !== "in" && t.lower !== "of") break;
    a--;
    if (L.determiners.has(t.lower) || L.quantityWords.has(t.lower) || /^\d/.test(t.text)) { anchored = true; if (L.determiners.has(t.lower)) break; }
  }
  if (a === floor) anchored = true;
  const head = toks[end - 1]!;
  if (!anchored || a >= end || head.isCap || !/^[\p{L}\p{N}%-]+$/u.test(head.text) || L.notNames.has(head.lower) && !L.quantityWords.has(head.lower)) return null;
  // "June 24", "last week": a date is not a speaker.
  for (let k = a; k < end; k++) if (L.timeWords.has(toks[k]!.lower)) return null;
  const text = toks.slice(a, end).map((t) => t.text).join(" ");
  const plural = /[^s]s$/.test(head.lower) || L.quantityWords.has(head.lower) || /^\d/.test(head.text);
  // "министерства здравоохранения области": where the head stands first and its complements
  // follow in the genitive, the first word tells an organisation or a group.
  const first = toks[a]!.lower;
  if (L.headFirst && L.organizationNouns.has(first)) return { from: a, to: end, kind: "organization", name: text, title: null };
  if (L.headFirst && L.groupNouns.has(first)) return { from: a, to: end, kind: "group", name: text, title: null };
  return { from: a, to: end, kind: plural ? "group" : "title", name: text, title: plural ? null : text.replace(/^(the|a|an)\s+/i, "") };
}

/** The noun phrase that starts at token `start` (an inverted subject: "…," said Peskov). */
export function mentionAfter(toks: readonly Tok[], start: number, limit: number, L: LangData): Mention | null {
  const first = toks[start];
  if (!first || start >= limit) return null;
  const pr = L.pronouns[first.lower];
  if (pr) return pr === "relative" ? null : { from: start, to: start + 1, kind: "pronoun", name: first.text, title: null, refers: pr, gender: L.genderWords[first.lower] };
  let b = start;
  if (L.determiners.has(first.lower)) b++;
  while (b < limit && b - start < MAX_NP) {
    const t = toks[b]!;
    if (L.determiners.has(t.lower) && !t.isCap) break;
    if (isNpWord(t, L) && !(t.isCap && L.notNames.has(t.lower)) || nameLikeAt(toks, b, L)) { b++; continue; }
    if (isDescriptor(t, L) && b + 2 < limit && isNameWord(toks[b + 1]!, L) && isNameWord(toks[b + 2]!, L)) { b++; continue; }
    // "the base chief", "a senior law enforcement official": nouns before a role noun describe the role.
    if (roleAhead(toks, b, limit, L)) { b++; continue; }
    if ((t.lower === "of" || t.lower === "for") && b + 1 < limit && toks[b + 1]!.isCap && b > start) { b++; continue; }
    break;
  }
  while (b > start && (toks[b - 1]!.lower === "of" || toks[b - 1]!.lower === "for")) b--;
  // "the self-taught Cambridge resident", "Campbell's partner": a describing noun heads the phrase.
  // ("A spokeswoman for Janney declined": a past form after the phrase is its verb, not its head.)
  if (b < limit && b > start && isDescriptor(toks[b]!, L) && !/ed$/.test(toks[b]!.lower) && (toks[b - 1]!.isCap || isPossessive(toks[b - 1]!) || L.determiners.has(toks[b - 1]!.lower) || L.titleModifiers.has(toks[b - 1]!.lower) && !isTitleWord(toks[b - 1]!, L)) && (L.determiners.has(first.lower) || isPossessive(toks[b - 1]!))) {
    b++;
    // "the affable, bearded proprietor": two describing words set apart by a comma.
    if (b - start === 2 && toks[b]?.text === "," && b + 2 < limit && isDescriptor(toks[b + 1]!, L) && isDescriptor(toks[b + 2]!, L) && !/ly$/.test(toks[b + 2]!.lower) && (b + 3 >= limit || !toks[b + 3]!.isWord || L.functionWords.has(toks[b + 3]!.lower))) b += 3;
    // "his best friend at Lehigh, Bruce Turry": one describing word before the head noun, when a
    // comma or a place of work follows (where a name in apposition may stand).
    const next = toks[b + 1];
    if (b + 1 < limit && b - start === 2 && isDescriptor(toks[b]!, L) && !/(ed|ly)$/.test(toks[b]!.lower) && !/(ed|ly)$/.test(toks[b - 1]!.lower) && !!next && (next.text === "," || /^(at|of|for|from)$/.test(next.lower))) b++;
  }
  const m = b > start ? analyse(toks, start, b, L) : null;
  const premature = m && m.to === b && b < limit && toks[b]!.isWord && !toks[b]!.isCap && m.name.split(" ").length === 1;
  if (m && m.kind !== "title" && !premature) return m;
  // "said oil and gas worker Mike Wipf": a full name a few words on, the words before it its title.
  for (let k = start; k < Math.min(limit - 1, start + 8); k++) {
    const t = toks[k]!;
    if (!t.isWord) break;
    const second = toks[k + 1]!;
    // ("the CIA's Benghazi base": a possessive owns what follows; it does not start a name.)
    if (isNameWord(t, L) && !isPossessive(t) && (isNameWord(second, L) || L.nameParticles.has(second.lower) && k + 2 < limit && (isNameWord(toks[k + 2]!, L) || L.nameParticles.has(toks[k + 2]!.lower)))) {
      let e = k + 1;
      while (e < limit && e - k < 6 && (isNameWord(toks[e]!, L) || L.nameParticles.has(toks[e]!.lower) && e + 1 < limit && (isNameWord(toks[e + 1]!, L) || L.nameParticles.has(toks[e + 1]!.lower)))) e++;
      if (e < limit && toks[e]!.isWord && toks[e]!.isCap) break;
      let a = start;
      while (a < k && L.determiners.has(toks[a]!.lower)) a++;
      const title = a < k ? toks.slice(a, k).map((x) => x.text).join(" ") : null;
      return { from: start, to: e, kind: "person", name: toks.slice(k, e).map((x) => x.text).join(" "), title };
    }
  }
  return m;
}

/** Up to three lower-case nouns from token b, then a role noun ("law enforcement official"). */
function roleAhead(toks: readonly Tok[], b: number, limit: number, L: LangData): boolean {
  for (let k = b; k < Math.min(limit, b + 3); k++) {
    const t = toks[k]!;
    if (!t.isWord || t.isCap || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || L.functionWords.has(t.lower) || L.determiners.has(t.lower) || /ly$/.test(t.lower)) return false;
    const n = toks[k + 1];
    if (k + 1 < limit && n && !n.isCap && isTitleWord(n, L)) return true;
  }
  return false;
}

/** Title, name, kind and (where its words tell) gender of the phrase toks[a..b). */
export function analyse(toks: readonly Tok[], a: number, b: number, L: LangData): Mention | null {
  const m = analyseWords(toks, a, b, L);
  if (m && (m.kind === "person" || m.kind === "title") && !m.gender) {
    const g = genderOf(toks.slice(a, b).map((t) => t.text).join(" "), L)
      ?? (m.kind === "person" && m.name.includes(" ") ? L.firstNameGender.get(m.name.split(" ")[0]!.toLowerCase()) : undefined);
    if (g) m.gender = g;
  }
  return m;
}

function analyseWords(toks: readonly Tok[], a: number, b: number, L: LangData): Mention | null {
  let s = a;
  while (s < b && L.determiners.has(toks[s]!.lower)) s++;
  if (s >= b) return null;
  const text = (i: number, j: number) => toks.slice(i, j).map((t) => t.text).join(" ").replace(/ - /g, "-").replace(/ ,/g, ",").replace(/« /g, "«").replace(/ »/g, "»");
  const hadArticle = s > a;
  // "Jingyi Pan of IG": a full name, then where the person works; "Sen. Richard Shelby of
  // Alabama": a title may stand before the name.
  for (let k = s + 2; k < b - 1; k++) {
    if (toks[k]!.lower !== "of" && toks[k]!.lower !== "at") continue;
    let r = k;
    // ("Peter T. King of New York": a surname that is also a title noun, after a given name.)
    const surnameLike = (i: number) => i === k - 1 && i - 1 >= s && (/^\p{Lu}\.$/u.test(toks[i - 1]!.text) || L.firstNameGender.has(toks[i - 1]!.lower));
    while (r - 1 >= s && isNameWord(toks[r - 1]!, L) && (!isTitleWord(toks[r - 1]!, L) || surnameLike(r - 1)) && !L.organizationNouns.has(bare(toks[r - 1]!))) r--;
    if (r === s && k - r >= 2 || r > s && k - r >= 2 && isTitleWord(toks[r - 1]!, L)) {
      return { from: a, to: b, kind: "person", name: text(r, k), title: r > s ? text(s, r) : null };
    }
    break;
  }
  const head = toks[b - 1]!;
  // A trailing run of capitalised words is a name; a title noun inside it ends the title part.
  let n = b;
  while (n - 1 >= s && (isNameWord(toks[n - 1]!, L) || nameLikeAt(toks, n - 1, L) || L.nameParticles.has(toks[n - 1]!.lower) && n < b) && !isPossessive(toks[n - 1]!)) n--;
  while (n < b && L.nameParticles.has(toks[n]!.lower) && !toks[n]!.isCap) n++;
  if (n < b) {
    let split = n;
    for (let i = n; i < b; i++) if (isTitleWord(toks[i]!, L)) split = i + 1;
    // "National Association of Portuguese Municipalities", "Department of Water Resources": an
    // organisation named by its kind and what it serves.
    if (split === n && n - 2 >= s && toks[n - 1]!.lower === "of" && L.organizationNouns.has(bare(toks[n - 2]!)) && toks[n - 2]!.isCap) {
      let o = n - 2;
      while (o - 1 >= s && toks[o - 1]!.isCap && !isPossessive(toks[o - 1]!)) o--;
      return { from: a, to: b, kind: "organization", name: text(o, b), title: null };
    }
    // "envoy for Ukraine Keith Kellogg": after "for/of", the first capitalised words complete the title.
    if (split === n && n > s && (toks[n - 1]!.lower === "for" || toks[n - 1]!.lower === "of") && b - n >= 3) split = b - 2;
    // "Minister of Innovation", "Governor of Texas": one or two capitalised words after "of" a title
    // noun complete the title; they name a portfolio or a place, not the person.
    else if (split === n && n - 1 > s && (toks[n - 1]!.lower === "for" || toks[n - 1]!.lower === "of" || toks[n - 1]!.lower === "from") && isTitleWord(toks[n - 2]!, L)) {
      return { from: a, to: b, kind: "title", name: text(a, b), title: text(s, b) };
    }
    // "Officials said", "Police say": a capitalised common noun opening the sentence.
    if (split === b - 1 && split === s && L.groupNouns.has(head.lower)) return { from: a, to: b, kind: "group", name: text(s, b), title: null };
    if (split === b - 1 && split === s && L.organizationNouns.has(head.lower) && !L.titleNouns.has(head.lower)) return { from: a, to: b, kind: "organization", name: text(s, b), title: null };
    // "Глава Центробанка Эльвира Набиуллина": where complements follow their head, capitalised
    // words after a title up to a known given name complete the title.
    if (L.headFirst && split > s) for (let k = split + 1; k < b - 1; k++) if (L.firstNameGender.has(toks[k]!.lower)) { split = k; break; }
    if (split < b) {
      const nameToks = toks.slice(split, b);
      const titleText = split > s ? text(s, split) : null;
      if (L.organizationNouns.has(bare(head)) && head.isCap && !isTitleWord(head, L)) {
        // "the Transport and Maritime Union", "the state Port Authority": the capitalised words.
        let o = s;
        while (o < b && !toks[o]!.isCap) o++;
        return { from: a, to: b, kind: "organization", name: text(o, b), title: null };
      }
      const orgLike = L.organizationNouns.has(bare(head)) || nameToks.every(isAcronym) || (hadArticle && !titleText);
      if (orgLike && !titleText) return { from: a, to: b, kind: "organization", name: text(split, b), title: null };
      // "BC Hydro", "NBC News": a name that opens with an acronym is an organisation's.
      if (!titleText && b - split >= 2 && isAcronym(nameToks[0]!) && !/\./.test(nameToks[0]!.text) && nameToks[0]!.text.length >= 2) return { from: a, to: b, kind: "organization", name: text(split, b), title: null };
      return { from: a, to: b, kind: "person", name: text(split, b), title: titleText };
    }
  }
  if (L.groupNouns.has(head.lower)) return { from: a, to: b, kind: "group", name: text(s, b), title: null };
  if (L.organizationNouns.has(bare(head))) {
    // "the Civic Action study": the capitalised words name the organisation.
    // "North Korea's state-run KCNA news agency": the run nearest the head, past any possessive owner.
    let c0 = s, c1 = s;
    for (let i = s; i < b - 1; i++) {
      if (toks[i]!.isCap && !isPossessive(toks[i]!)) { if (c1 < i) c0 = i; c1 = i + 1; }
      else if (c1 > c0 && !isPossessive(toks[i]!)) { if (c1 < i) break; }
      else if (isPossessive(toks[i]!)) { c0 = c1 = i + 1; }
    }
    const name = c1 > c0 && !isTitleWord(toks[c1 - 1]!, L) ? text(c0, c1) : text(s, b);
    return { from: a, to: b, kind: "organization", name, title: null, ...(name !== text(s, b) ? { head: bare(head) } : {}) };
  }
  if (isTitleWord(head, L)) return { from: a, to: b, kind: "title", name: text(a, b), title: text(s, b) };
  // A description the article gives instead of a name ("the self-taught resident", "Campbell's partner").
  if ((hadArticle || b - s >= 2 && isPossessive(toks[b - 2]!)) && isDescriptor(head, L)) return { from: a, to: b, kind: "title", name: text(a, b), title: text(s, b) };
  return null;
}

/** "The Japanese observer, Kenji Sato,": a description followed by the name in apposition. */
export function withApposedName(toks: readonly Tok[], m: Mention, limit: number, L: LangData): Mention {
  if (m.kind !== "title") return m;
  // "his best friend at Lehigh, Bruce Turry,": where the description is, up to three capitalised words.
  let c = m.to;
  if (/^(at|of|for|from|in)$/.test(toks[c]?.lower ?? "")) {
    let k = c + 1;
    while (k < limit && k - c <= 3 && toks[k]!.isCap) k++;
    if (k > c + 1) c = k;
  }
  if (toks[c]?.text !== ",") return m;
  const named = mentionAfter(toks, c + 1, limit, L);
  if (!named || named.kind !== "person" || toks[named.to]?.isWord) return m;
  const title = named.title ?? toks.slice(m.from, m.to).map((t) => t.text).join(" ").replace(/^(the|a|an)\s+/i, "");
  return { ...named, from: m.from, title, gender: named.gender ?? m.gender };
}
