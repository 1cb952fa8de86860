// findQuotes: paragraphs → frames (cue, speaker, content) and quote spans → claims, then speakers
// resolved across the article in reading order. Pure: reads the article, returns new values.

import type { Article, Block } from "../../article/types.js";
import { langData } from "../../lang/index.js";
import type { Ctx } from "../context.js";
import { mentionBefore, nameLikeAt, type Mention } from "../speakers/mention.js";
import type { LangData } from "../../lang/types.js";
import { createRegistry } from "../speakers/registry.js";
import { assembleClaims, type Claim } from "./assemble.js";
import { buildCueIndex } from "./cues.js";
import { findFrames, leadSubject, type Frame, type ParagraphView } from "./frames.js";
import type { Place, Quote, QuoteResult } from "./types.js";
import { paragraphView } from "./view.js";
import { endsWithPossessiveS, withoutPossessiveS } from "../speakers/possessive.js";

const CLAIM_KINDS: ReadonlySet<Block["kind"]> = new Set(["paragraph", "list-item", "blockquote", "embed"]);

interface Pending {
  quote: Quote;
  /** Entity index before the final remap. */
  entity: number | null;
  runsOn: boolean;
}

/** Direct, indirect and mixed quotes with their speakers. */
export function findQuotes(article: Article, ctx: Ctx): QuoteResult {
  const L = langData(ctx.language);
  const cues = buildCueIndex(L);
  const registry = createRegistry(L.surnameCaseForms, L);
  const out: Pending[] = [];
  let bodyTexts: string[] | null = null; // squashed body paragraphs, made only if a blockquote needs them
  let lastSpeaker: number | null = null; // speaker of the last claim of the previous paragraph with claims
  let prevHadClaims = false;
  // The person who opens the last sentence of the previous paragraph, when it held no quotation
  // ("Brooks was defiant." then a paragraph that is a quotation).
  let prevIntro: Mention | null = null;
  // The leading words of organisations named so far ("sandy hook" of "Sandy Hook Elementary
  // School"): the same words alone later name the place or the body, not a person (unless a
  // person of that name is known: "Trump" of "Trump Plaza").
  const orgPrefixes = new Set<string>();

  for (const block of article.blocks) {
    if (!CLAIM_KINDS.has(block.kind) || !block.text.trim()) { prevHadClaims = false; prevIntro = null; continue; }
    if (block.kind === "embed" && block.embedAuthor) {
      const m: Mention = { from: 0, to: 0, kind: "person", name: block.embedAuthor, title: null };
      const entity = registry.resolve(m);
      out.push({ quote: makeQuote("direct", block, 0, block.text.length, null, null, null, null, entity), entity, runsOn: false });
      continue;
    }
    // A pull quote repeats words of the body: counted once, where the body has them.
    if (block.kind === "blockquote") {
      bodyTexts ??= article.blocks.filter((b) => b.kind !== "blockquote" && b.kind !== "embed").map((b) => squash(b.text));
      const probe = squash(block.text).slice(0, 80);
      if (bodyTexts.some((t) => t.includes(probe))) continue;
    }
    const v = paragraphView(block, L, cues);
    const frames = findFrames(v, L, cues);
    const { claims, live } = assembleClaims(v, frames, L);
    const frameEntity = new Map<number, number | null>();
    const entityOf = (k: number): number | null => {
      if (frameEntity.has(k)) return frameEntity.get(k)!;
      const f = frames[k]!;
      const e = f.mention ? registry.resolve(f.mention, f.quoteBefore !== null || f.quoteAfter !== null) : f.inherits !== null ? entityOf(f.inherits) : null;
      frameEntity.set(k, e);
      return e;
    };
    // Names that open a sentence are remembered for the pronouns that follow.
    // For each claim, the next one in the paragraph attributed to a direct quote (reverse scan).
    const nextDirect = new Int32Array(claims.length + 1).fill(-1);
    for (let k = claims.length - 1; k >= 0; k--) nextDirect[k] = claims[k]!.frame !== null && claims[k]!.type === "direct" ? k : nextDirect[k + 1]!;
    let c = 0;
    let lastInParagraph: { entity: number | null; frame: number | null } | null = null;
    const mine: Pending[] = [];
    v.sents.forEach((s, si) => {
      const weak = new Set<Mention>();
      const names = namesIn(v, s, L, weak, orgPrefixes, registry.knowsPerson);
      let early = 0; // names of this sentence already noticed, in order
      const sentClaimsFrom = mine.length;
      while (c < claims.length && v.sentOf[tokenIndexAt(v, claims[c]!.start)]! <= si) {
        const cl = claims[c++]!;
        // "Hillary Clinton stretched the truth when she claimed that …": a pronoun of the claim may
        // refer to a name earlier in the same sentence, so names that end before the claim and its
        // attribution are remembered first.
        const fm = cl.frame !== null ? frames[cl.frame]!.mention : null;
        if (fm && fm.kind === "pronoun") {
          const before = Math.min(tokenIndexAt(v, cl.start), fm.from);
          let k = early;
          while (k < names.length && names[k]!.to <= before) k++;
          // "Schumer, he said, “…”": a name set before the comma is the topic the speaker talks
          // about, not the speaker.
          const topic = k > early && v.toks[fm.from - 1]?.text === "," && names[k - 1]!.to === fm.from - 1;
          if (!topic) {
            for (let n = k - 1; n >= early; n--) registry.notice(names[n]!);
            early = k;
          }
        }
        let entity: number | null;
        let frame: Frame | null = null;
        let lead: Mention | null = null;
        let colonMention: Mention | null = null;
        if (cl.frame !== null) {
          frame = frames[cl.frame]!;
          entity = entityOf(cl.frame);
        } else if ((lead = colonLead(v, cl, L)) !== null) {
          // “The Japanese observer, Kenji Sato, summed it up: 「…」”: the subject before the colon.
          entity = registry.resolve(lead);
          colonMention = lead;
        } else if (cl.type === "direct" && (lead = inlineSpeaker(v, cl, names, registry.knowsPerson)) !== null) {
          // "When Trump finally wrapped up — “I will fight for you!” — the balloons …": a quotation
          // inside the reporter's sentence, with no cue, is said by the one person the sentence
          // names before it.
          entity = registry.resolve(lead);
        } else if (lastInParagraph) {
          // A quote that continues the one before in the same paragraph (“…,” he said. “…”).
          entity = lastInParagraph.entity;
          frame = lastInParagraph.frame !== null ? frames[lastInParagraph.frame]! : null;
        } else {
          const next = nextDirect[c]! >= 0 ? claims[nextDirect[c]!] : undefined;
          // "Clinton touted her credentials as a co-sponsor. “We need to find ways …”": a quotation
          // that follows a sentence of the reporter's takes that sentence's subject.
          const lead = !next && cl.type === "direct" ? introducer(v, cl, si, L) : null;
          const intro = !next && !lead && !prevHadClaims && si === 0 && cl.type === "direct" && cl.quote !== null && v.openOf[cl.quote] === 0 ? prevIntro : null;
          // ("In the hours after the attack, a familiar voice celebrated on Twitter: “…”": a quotation
          // after a colon whose sentence names its own subject, no one in view, is not the speaker's before.)
          entity = next ? entityOf(next.frame!) : lead ? registry.resolve(lead) : intro ? registry.resolve(intro) : prevHadClaims && !ownColonSentence(v, cl) ? lastSpeaker : null;
          if (next) frame = frames[next.frame!]!;
        }
        if (entity !== null) registry.touch(entity);
        const q = frame ? quoteWithFrame(cl, block, v, frame, entity) : makeQuote(cl.type, block, cl.start, cl.end, null, null, null, null, entity);
        if (cl.frame === null && frame && cl.type !== "indirect") { q.mention = null; q.mentionPlace = null; }
        if (colonMention && colonMention.to > colonMention.from) {
          const ms = v.toks[colonMention.from]!.start, me = v.toks[colonMention.to - 1]!.end;
          q.mention = block.text.slice(ms, me);
          q.mentionPlace = { paragraph: block.index, start: ms, end: me };
        }
        mine.push({ quote: q, entity, runsOn: cl.runsOn });
        lastInParagraph = { entity, frame: cl.frame ?? lastInParagraph?.frame ?? null };
      }
      // People named in this sentence, for the pronouns of the next ones. "He" most often
      // continues the subject, and in reported speech the speaker: so names after a preposition
      // ("between Clinton and Sanders", "Like Makaeff, …") are noticed first, then the others from
      // last to first (the subject ends up most recent), then the speakers of this sentence's claims.
      const oblique = obliqueNames(v, names, L, weak);
      for (let k = names.length - 1; k >= 0; k--) if (oblique[k]) registry.notice(names[k]!);
      for (let k = names.length - 1; k >= 0; k--) if (!oblique[k]) registry.notice(names[k]!);
      for (let k = sentClaimsFrom; k < mine.length; k++) { const e = mine[k]!.entity; if (e !== null) registry.touch(e); }
    });
    // A quote that runs on takes the speaker named where it ends, in the next paragraphs.
    out.push(...mine);
    prevHadClaims = mine.length > 0;
    prevIntro = null;
    const lastSent = v.sents[v.sents.length - 1];
    if (!mine.length && v.quotes.length === 0 && lastSent && block.kind === "paragraph") {
      const lead = leadSubject(v, lastSent, lastSent.to, L);
      // Only someone the words mark as a person: a title, a known given name, or a person met before
      // ("Partial transcript as follows:" is no one).
      if (lead && lead.kind === "person" && (lead.title || lead.gender || registry.knowsPerson(lead.name))) prevIntro = lead;
    }
    if (mine.length) lastSpeaker = mine[mine.length - 1]!.entity;
    if (mine.length && out.length > mine.length) {
      const before = out[out.length - mine.length - 1]!;
      if (before.runsOn && before.entity === null && mine[0]!.entity !== null) { before.entity = mine[0]!.entity; }
    }
  }
  const spoke = new Set(out.map((p) => p.entity).filter((e): e is number => e !== null));
  const { speakers, remap } = registry.finish(spoke);
  const quotes = out.map((p) => ({ ...p.quote, speaker: p.entity === null ? null : remap.get(p.entity) ?? null }));
  return { quotes, speakers };
}

function quoteWithFrame(cl: Claim, block: Block, v: ParagraphView, f: Frame, entity: number | null): Quote {
  const cueStart = v.toks[f.cueFrom]!.start, cueEnd = v.toks[f.cueTo - 1]!.end;
  const m = f.mention;
  const mention = m && m.to > m.from ? { start: v.toks[m.from]!.start, end: v.toks[m.to - 1]!.end } : null;
  const attr = { start: v.toks[f.attrFrom]!.start, end: v.toks[f.attrTo - 1]!.end };
  return makeQuote(cl.type, block, cl.start, cl.end, { start: cueStart, end: cueEnd }, mention, attr, null, entity);
}

function makeQuote(
  type: Quote["type"], block: Block, start: number, end: number, cue: { start: number; end: number } | null,
  mention: { start: number; end: number } | null, attribution: { start: number; end: number } | null, _x: null, _entity: number | null,
): Quote {
  const place = (s: number, e: number): Place => ({ paragraph: block.index, start: s, end: e });
  return {
    type,
    text: block.text.slice(start, end),
    place: place(start, end),
    cue: cue ? block.text.slice(cue.start, cue.end) : null,
    cuePlace: cue ? place(cue.start, cue.end) : null,
    mention: mention ? block.text.slice(mention.start, mention.end) : null,
    mentionPlace: mention ? place(mention.start, mention.end) : null,
    attribution: attribution ? place(attribution.start, attribution.end) : null,
    speaker: null,
  };
}

/** The subject of a sentence whose colon introduces the quote (He put it simply: “…”). */
function colonLead(v: ParagraphView, cl: Claim, L: LangData): Mention | null {
  if (cl.quote === null) return null;
  const open = v.openOf[cl.quote]!;
  if (open < 1 || v.toks[open - 1]!.text !== ":") return null;
  const s = v.sents[v.sentOf[open]!]!;
  const lead = leadSubject(v, s, open - 1, L);
  if (lead && lead.kind !== "pronoun") return lead;
  // "From Bush's Facebook post: “…”": the owner of a statement named just before the colon.
  for (let k = open - 2; k >= s.from && k >= open - 4; k--) {
    if (!L.statementNouns.has(v.toks[k]!.lower)) continue;
    for (let e = k; e > s.from && e >= k - 3; e--) {
      const t = v.toks[e - 1]!;
      if (!t.isWord || v.quoteOf[e - 1]! >= 0) break;
      if (t.isCap && endsWithPossessiveS(t.text)) {
        const m = possessiveMention(v, e, s.from, L);
        return m && (m.kind === "person" || m.kind === "organization") ? m : null;
      }
    }
    break;
  }
  return null;
}

/** The quotation follows a colon that ends a clause of the reporter's of several words. */
function ownColonSentence(v: ParagraphView, cl: Claim): boolean {
  if (cl.quote === null) return false;
  const open = v.openOf[cl.quote]!;
  if (open < 1 || v.toks[open - 1]!.text !== ":") return false;
  const s = v.sents[v.sentOf[open]!]!;
  let words = 0;
  for (let k = open - 2; k >= s.from && words < 4; k--) if (v.toks[k]!.isWord) words++;
  return words >= 4;
}

/** The only person named before a quotation that stands inside a sentence (not at its start). */
function inlineSpeaker(v: ParagraphView, cl: Claim, names: readonly Mention[], knowsPerson: (name: string) => boolean): Mention | null {
  if (cl.quote === null) return null;
  const open = v.openOf[cl.quote]!;
  if (open < 0) return null;
  const s = v.sents[v.sentOf[open]!]!;
  // (Within a few dozen words of the sentence's start, so that a hostile sentence of thousands of
  // quotations is not read again for each.)
  if (open === s.from || open - s.from > 60) return null;
  for (let k = s.from; k < open; k++) if (v.quoteOf[k]! >= 0) return null;
  let found: Mention | null = null;
  for (const m of names) {
    if (m.from >= open) break;
    if (m.from < s.from || m.to > open) continue;
    if (m.kind !== "person" || found && found.name !== m.name) return null;
    // (A lone capitalised word only when it names someone known: "Trump", not "on Twitter".)
    if (!m.name.includes(" ") && !m.title && !knowsPerson(m.name)) return null;
    found = m;
  }
  return found;
}

/** The person or organisation that opens the sentence before a quotation standing as a sentence
 * of its own, when that sentence holds no quotation. */
function introducer(v: ParagraphView, cl: Claim, si: number, L: LangData): Mention | null {
  if (cl.quote === null || si === 0) return null;
  const open = v.openOf[cl.quote]!;
  if (open < 0 || open !== v.sents[si]!.from) return null;
  const prev = v.sents[si - 1]!;
  for (let k = prev.from; k < prev.to; k++) if (v.quoteOf[k]! >= 0) return null;
  const lead = leadSubject(v, prev, prev.to, L);
  return lead && (lead.kind === "person" || lead.kind === "organization") ? lead : null;
}

/** Person names outside quotation marks in a sentence (capitalised runs with their titles). */
function namesIn(
  v: ParagraphView, s: { from: number; to: number }, L: LangData, weak: Set<Mention>, orgPrefixes: Set<string>, knowsPerson: (name: string) => boolean,
): Mention[] {
  const out: Mention[] = [];
  // A short line of capitalised words is a heading or a box ("Article Continued Below"), not prose.
  let lower = 0;
  for (let k = s.from; k < s.to && lower === 0; k++) if (v.toks[k]!.isWord && !v.toks[k]!.isCap) lower++;
  if (lower === 0 && s.to - s.from <= 8) return out;
  let k = s.from;
  while (k < s.to) {
    if (v.quoteOf[k]! >= 0 || !v.toks[k]!.isCap || L.notNames.has(v.toks[k]!.lower) && !nameLikeAt(v.toks, k, L)) { k++; continue; }
    let e = k;
    while (e < s.to && v.quoteOf[e]! < 0 && (v.toks[e]!.isCap || L.nameParticles.has(v.toks[e]!.lower) && e + 1 < s.to && v.toks[e + 1]!.isCap)) e++;
    const possessive = e - k >= 1 && endsWithPossessiveS(v.toks[e - 1]!.text);
    if (possessive) {
      // "Ms. McCaskill's chief of staff is a woman": a person named in the possessive stays in view
      // for a later "she", as a weaker antecedent (only when a title or a given name marks a person).
      const m = possessiveMention(v, e, s.from, L);
      const lastTitle = m?.title?.toLowerCase().split(/\s+/).pop() ?? "";
      const titled = L.titleNouns.has(lastTitle) || L.titleNouns.has(lastTitle.replace(/\.$/, ""));
      if (m && m.kind === "person" && (titled || m.gender) && !/^\p{Lu}+$/u.test(m.name)) { out.push(m); weak.add(m); }
    } else if (e - k >= 1) {
      const m = mentionBefore(v.toks, e, s.from, L);
      // After "in", "at", "from", a capitalised run is a place far more often than a person.
      const before = m ? v.toks[m.from - 1]?.lower ?? "" : "";
      // "former Florida governor Jeb Bush", "the Sandy Hook families": capitalised words before a
      // common noun of role or group modify it; they name a place or a body, not a person.
      const after = v.toks[e];
      const modifier = !!after && after.isWord && !after.isCap && (L.titleNouns.has(after.lower) || L.groupNouns.has(after.lower) || L.organizationNouns.has(after.lower));
      // One word is a name with a title only when a title noun stands before it ("Sen. Cruz"), not
      // a modifier or another noun ("former Florida", "re-settlement of Syrian").
      const bareWord = !!m && !m.name.includes(" ") && !!m.title && !m.title.toLowerCase().split(/\s+/).some((w) => L.titleNouns.has(w) || L.titleNouns.has(w.replace(/\.$/, "")));
      // (A titled name or a known given name is a person even there: "a message from
      // Undersecretary Wendy Sherman".)
      const place = L.placePrepositions.has(before) && !(m?.gender && m.name.includes(" ") || m?.title && m.title.toLowerCase().split(/\s+/).some((w) => L.titleNouns.has(w)));
      if (m && m.kind === "organization") {
        const words = m.name.toLowerCase().split(" ");
        for (let n = 1; n < words.length && n <= 4; n++) orgPrefixes.add(words.slice(0, n).join(" "));
      }
      // A given name alone tells the person's usual gender ("Donald", then "he"), unless it is
      // the surname of someone known ("Graham" after Gwen Graham).
      if (m && m.kind === "person" && !m.gender && !m.title && !m.name.includes(" ") && !knowsPerson(m.name)) {
        const g = L.firstNameGender.get(m.name.toLowerCase());
        if (g) m.gender = g;
      }
      if (m && m.kind === "person" && !modifier && !bareWord && !/^\p{Lu}+$/u.test(m.name) && !place && !(orgPrefixes.has(m.name.toLowerCase()) && !knowsPerson(m.name)) && !m.name.split(" ").some((w) => L.organizationNouns.has(w.toLowerCase()) || L.placeNouns.has(w.toLowerCase()))) out.push(m);
    }
    k = e;
  }
  return out;
}

/** The name that ends, possessive, at token e ("Ms. McCaskill's" → Ms. McCaskill). */
function possessiveMention(v: ParagraphView, e: number, floor: number, L: LangData): Mention | null {
  const base = Math.max(floor, e - 8);
  const toks = v.toks.slice(base, e);
  const last = toks[toks.length - 1]!;
  const text = withoutPossessiveS(last.text);
  toks[toks.length - 1] = { ...last, text, lower: text.toLowerCase(), end: last.end - 2 };
  const m = mentionBefore(toks, toks.length, 0, L);
  return m ? { ...m, from: m.from + base, to: m.to + base } : null;
}

/** For each name: whether it is the object of a preposition (or joined by "and" to one that is),
 * or named in the possessive. */
function obliqueNames(v: ParagraphView, names: readonly Mention[], L: LangData, weak: ReadonlySet<Mention>): boolean[] {
  const out: boolean[] = [];
  names.forEach((m, k) => {
    if (weak.has(m)) { out.push(true); return; }
    const before = v.toks[m.from - 1];
    const w = before?.lower ?? "";
    if (L.obliquePrepositions.has(w) || L.adjunctPrepositions.has(w)) { out.push(true); return; }
    const prev = names[k - 1];
    out.push(!!prev && out[k - 1]! && (w === "and" || w === "or" || w === ",") && prev.to === m.from - 1);
  });
  return out;
}

function tokenIndexAt(v: ParagraphView, offset: number): number {
  let lo = 0, hi = v.toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v.toks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
