// Speakers as entities: each mention is resolved to one entry, merging later forms of a name
// ("Peskov" → "Dmitry Peskov"), pronouns (the most recent compatible speaker), and titles alone
// ("the spokesman" → the speaker with that title). Built fresh for each article.

import type { Speaker } from "../quotes/types.js";
import type { Mention } from "./mention.js";
import { withoutPossessiveS } from "./possessive.js";

const norm = (s: string) => withoutPossessiveS(s.toLowerCase().replace(/^(the|a|an)\s+/, "")).trim();
const lastToken = (s: string) => norm(s).split(/\s+/).pop() ?? "";

export interface Registry {
  readonly speakers: Speaker[];
  /** The entity index for a mention, creating or enriching entries; null when unknown. */
  /** backRef: the mention attributes a quotation, where a definite epithet names someone in view. */
  resolve(m: Mention, backRef?: boolean): number | null;
  /** Records a name seen as the subject of a sentence, so that a later "he" can find it. */
  notice(m: Mention): void;
  /** The speakers that spoke, and the map from entity index to their index. */
  finish(spoke: ReadonlySet<number>): { speakers: Speaker[]; remap: Map<number, number> };
  /** Marks a speaker as just mentioned (for pronouns that follow). */
  touch(i: number): void;
  /** A person with this surname is already known. */
  knowsPerson(name: string): boolean;
  lastSpeaker(): number | null;
}

/** caseForms: a surname's case endings and what replaces them in the nominative ("Лаврова" →
 * "Лавров", "Петровой" → "Петрова"), from the language data; none for English. */
export interface RegistryWords {
  titleNouns: ReadonlySet<string>;
  titleModifiers: ReadonlySet<string>;
  bodyNouns: ReadonlySet<string>;
  organizationNouns: ReadonlySet<string>;
}
const NO_WORDS: RegistryWords = { titleNouns: new Set(), titleModifiers: new Set(), bodyNouns: new Set(), organizationNouns: new Set() };

export function createRegistry(caseForms: readonly (readonly [string, string])[] = [], words: RegistryWords = NO_WORDS): Registry {
  const { titleNouns, titleModifiers, bodyNouns, organizationNouns: orgNouns } = words;
  const speakers: Speaker[] = [];
  const genders: ("f" | "m" | undefined)[] = [];
  const recency: number[] = []; // speaker indexes, most recent last
  const heads: (string | undefined)[] = []; // an organisation's common noun, when its name leaves it out

  const touch = (i: number) => {
    const k = recency.lastIndexOf(i);
    if (k >= 0) recency.splice(k, 1);
    recency.push(i);
  };
  const mostRecent = (ok: (s: Speaker) => boolean): number | null => mostRecentIndex((s) => ok(s));
  const mostRecentIndex = (ok: (s: Speaker, i: number) => boolean): number | null => {
    for (let k = recency.length - 1; k >= 0; k--) if (ok(speakers[recency[k]!]!, recency[k]!)) return recency[k]!;
    return null;
  };
  const addAlias = (s: Speaker, form: string) => {
    if (form !== s.name && !s.aliases.includes(form)) s.aliases.push(form);
  };

  // Lookup keys, kept in step with the entries: kind + normalised form → entity; surname → people.
  const byForm = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const index = (i: number, form: string) => {
    const s = speakers[i]!;
    byForm.set(`${s.kind}:${norm(form)}`, i);
    if (s.kind === "person") {
      const last = lastToken(form);
      const list = bySurname.get(last) ?? [];
      if (!list.includes(i)) list.push(i);
      bySurname.set(last, list);
    }
  };

  function byName(m: Mention): number {
    const want = norm(m.name);
    const wantLast = lastToken(m.name);
    const single = !want.includes(" ");
    let found = byForm.get(`${m.kind}:${want}`) ?? -1;
    if (found < 0 && m.kind === "person") {
      // A surname alone, or a fuller form of a name met before as a surname.
      const list = bySurname.get(wantLast) ?? [];
      for (let k = list.length - 1; k >= 0 && found < 0; k--) {
        const s = speakers[list[k]!]!;
        if (single || !norm(s.name).includes(" ")) found = list[k]!;
      }
      // "по словам Лаврова": a lone surname in another case, when its nominative is known.
      for (const [ending, nominative] of single && found < 0 ? caseForms : []) {
        if (!wantLast.endsWith(ending) || wantLast.length < ending.length + 3) continue;
        const list = bySurname.get(wantLast.slice(0, wantLast.length - ending.length) + nominative) ?? [];
        if (list.length) { found = list[list.length - 1]!; break; }
      }
    }
    if (found < 0 && m.kind === "person" && m.title) {
      // "its chief executive said …" then "chief executive Fiona MacLeod": the same person.
      const t = norm(m.title);
      const k = byForm.get(`unknown:${t}`) ?? byForm.get(`unknown:${t.split(/\s+/).slice(-2).join(" ")}`);
      if (k !== undefined) {
        const s = speakers[k]!;
        s.kind = "person";
        s.name = withoutPossessiveS(m.name);
        s.title = m.title;
        index(k, m.name);
        return k;
      }
    }
    if (found < 0) {
      speakers.push({ name: withoutPossessiveS(m.name), kind: m.kind as Speaker["kind"], title: m.title, aliases: [] });
      index(speakers.length - 1, m.name);
      return speakers.length - 1;
    }
    const s = speakers[found]!;
    if (m.name.split(/\s+/).length > s.name.split(/\s+/).length && m.kind === "person") {
      const old = s.name;
      s.name = m.name;
      addAlias(s, old);
      s.aliases = s.aliases.filter((a) => a !== m.name);
    } else addAlias(s, withoutPossessiveS(m.name));
    index(found, m.name);
    if (!s.title && m.title) s.title = m.title;
    return found;
  }

  function resolve(m: Mention, backRef = false): number | null {
    let i: number | null;
    if (m.kind === "pronoun") {
      const r = m.refers;
      const g = m.gender;
      i = r === "person" ? mostRecentIndex((s, k) => s.kind === "person" && (!g || !genders[k] || genders[k] === g))
        : r === "organization" ? mostRecent((s) => s.kind === "organization")
        : mostRecent((s) => s.kind === "group" || s.kind === "organization") ?? mostRecent(() => true);
    } else if (m.kind === "title") {
      // The head of "the spokeswoman for Janney" is "spokeswoman": the word before the preposition.
      const head = lastToken(norm(m.name).split(/\s(?:of|for|at|from)\s/)[0]!);
      // "a spokeswoman for Janney", "an official": an indefinite description brings in someone
      // new; only a definite one ("the spokesman") refers back to a person already named.
      i = /^(a|an)\s/i.test(m.name) ? null : mostRecent((s) => s.kind === "person" && !!s.title && s.title.toLowerCase().split(/\s+/).includes(head));
      // "“…,” says the self-taught Cambridge resident": a definite epithet (a describing word
      // before a head that is no title) attributing a quotation refers back to the last person in view.
      const parts = norm(m.name).split(/\s+/);
      // (A role noun too, when a word describes the person rather than the role: "the lanky,
      // bespectacled professor", not "the former president".)
      // (Capitalised words name the place or body of the role: "the former Florida governor".)
      const described = m.name.split(/\s+/).slice(1, -1).some((w) => /^\p{Ll}/u.test(w) && !titleModifiers.has(w.replace(/,$/, "")) && !titleNouns.has(w));
      if (i === null && backRef && /^the\s/i.test(m.name) && parts.length >= 2 && !/\s(?:of|for|at|from)\s/.test(norm(m.name)) && (!titleNouns.has(head) || described)) {
        i = mostRecentIndex((s, k) => s.kind === "person" && (!m.gender || !genders[k] || genders[k] === m.gender));
      }
      // Nobody with that title yet: the description is all the article gives ("a woman in Worcester").
      if (i === null) i = byName({ ...m, kind: "unknown" as never, name: m.name.replace(/^(the|a|an|its|his|her|their|our)\s+/i, ""), title: null });
    } else if (m.kind === "organization" && bodyNouns.has(m.name) && m.title === null) {
      // "the utility said": a common noun for a body refers back to the last body named (BC Hydro).
      // (Only a body whose name or head is that noun, or that has neither: not "the Kremlin" for
      // "the ministry", nor "the GMB union" for "the council".)
      const head = m.name.toLowerCase();
      i = mostRecentIndex((s, k) => s.kind === "organization" && /\p{Lu}/u.test(s.name) && (() => {
        const words = s.name.toLowerCase().split(/\s+/);
        return words.includes(head) || heads[k] === head || !heads[k] && !words.some((w) => orgNouns.has(w));
      })()) ?? byName(m);
    } else i = byName(m);
    if (i !== null && m.head && !heads[i]) heads[i] = m.head;
    if (i !== null) {
      touch(i);
      if (m.gender && speakers[i]!.kind === "person" && !genders[i]) genders[i] = m.gender;
    }
    return i;
  }

  function notice(m: Mention): void {
    if (m.kind !== "person") return;
    // Only names that look like people: two words, or a title, or one already known, or a given name.
    const known = bySurname.has(lastToken(m.name));
    // (A given name alone, "And Donald, then in college, did not approve", is a person too.)
    if (m.name.split(/\s+/).length >= 2 || m.title || known || m.gender) resolve(m);
  }

  function finish(spoke: ReadonlySet<number>) {
    const remap = new Map<number, number>();
    const out: Speaker[] = [];
    speakers.forEach((s, i) => {
      if (!spoke.has(i)) return;
      remap.set(i, out.length);
      out.push({ ...s, aliases: [...s.aliases] });
    });
    return { speakers: out, remap };
  }

  return { speakers, resolve, notice, finish, touch, knowsPerson: (name: string) => bySurname.has(lastToken(name)), lastSpeaker: () => recency[recency.length - 1] ?? null };
}
