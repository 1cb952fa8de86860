// Cue matching: the language's cue forms indexed by their first word, longest phrase first.

import type { CueEntry, LangData } from "../../lang/types.js";
import type { Tok } from "./tokens.js";

export interface CueIndex {
  readonly byFirst: ReadonlyMap<string, readonly { words: readonly string[]; entry: CueEntry; sourceFirst: boolean }[]>;
}

// Built once per language table (the tables are frozen data, so the index never changes).
const built = new WeakMap<LangData, CueIndex>();

export function buildCueIndex(L: LangData): CueIndex {
  const hit = built.get(L);
  if (hit) return hit;
  const index = makeCueIndex(L);
  built.set(L, index);
  return index;
}

function makeCueIndex(L: LangData): CueIndex {
  const byFirst = new Map<string, { words: string[]; entry: CueEntry; sourceFirst: boolean }[]>();
  const add = (form: string, entry: CueEntry, sourceFirst: boolean) => {
    const words = form.split(" ");
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, entry, sourceFirst });
    byFirst.set(words[0]!, list);
  };
  for (const entry of L.cues) for (const f of entry.forms) add(f, entry, false);
  for (const p of L.sourceFirstPhrases) add(p, { forms: [p] }, true);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

export interface CueMatch {
  from: number;
  to: number;
  entry: CueEntry;
  sourceFirst: boolean;
}

export function matchCue(toks: readonly Tok[], i: number, index: CueIndex): CueMatch | null {
  const list = index.byFirst.get(toks[i]!.lower);
  if (!list) return null;
  for (const c of list) {
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) ok = toks[i + k]?.lower === c.words[k];
    if (ok) return { from: i, to: i + c.words.length, entry: c.entry, sourceFirst: c.sourceFirst };
  }
  return null;
}
