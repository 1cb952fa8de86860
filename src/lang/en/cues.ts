// English reporting verbs and phrases ("cues"), with their written forms. Sources: the reporting
// verbs of the Cambridge Grammar of English (§ reported speech), the cue lists of the PARC 3.0 and
// PolNeAR attribution annotation guidelines, and AP style's "said" guidance. Extend by adding rows.

import type { CueEntry } from "../types.js";

/** base, 3rd person, past, -ing (and a past participle when it differs). */
function verb(base: string, s: string, past: string, ing: string, flags: Omit<CueEntry, "forms"> = {}, pp?: string): CueEntry {
  return { forms: pp ? [base, s, past, ing, pp] : [base, s, past, ing], bareContent: true, ...flags };
}
/** A phrase "verb … rest": every form of the verb followed by the same words. */
function phrase(v: CueEntry, rest: string, flags: Omit<CueEntry, "forms"> = {}): CueEntry {
  return { ...v, ...flags, forms: v.forms.map((f) => `${f} ${rest}`) };
}

const INV = { inverts: true } as const;

export const EN_CUES: readonly CueEntry[] = [
  verb("say", "says", "said", "saying", INV),
  verb("tell", "tells", "told", "telling", { object: "skip", inverts: false }),
  verb("add", "adds", "added", "adding", INV),
  verb("write", "writes", "wrote", "writing", INV, "written"),
  verb("note", "notes", "noted", "noting", INV),
  verb("argue", "argues", "argued", "arguing", INV),
  verb("claim", "claims", "claimed", "claiming", INV),
  verb("warn", "warns", "warned", "warning", { ...INV, object: "skip" }),
  verb("insist", "insists", "insisted", "insisting", INV),
  verb("urge", "urges", "urged", "urging", { object: "keep" }),
  verb("echo", "echoes", "echoed", "echoing", { bareContent: false }),
  verb("reply", "replies", "replied", "replying", INV),
  verb("respond", "responds", "responded", "responding", { ...INV, bareContent: false }),
  verb("answer", "answers", "answered", "answering", INV),
  verb("tweet", "tweets", "tweeted", "tweeting", INV),
  { forms: ["posted", "posting"], bareContent: false },
  // Base and -s forms of "state" and "post" are nouns far more often than verbs ("nine state rulers").
  { forms: ["stated", "stating"], bareContent: true, inverts: true },
  verb("explain", "explains", "explained", "explaining", INV),
  verb("acknowledge", "acknowledges", "acknowledged", "acknowledging", INV),
  verb("admit", "admits", "admitted", "admitting", INV),
  verb("announce", "announces", "announced", "announcing", INV),
  verb("assert", "asserts", "asserted", "asserting", INV),
  verb("believe", "believes", "believed", "believing"),
  verb("contend", "contends", "contended", "contending", INV),
  verb("declare", "declares", "declared", "declaring", INV),
  verb("deny", "denies", "denied", "denying"),
  verb("emphasize", "emphasizes", "emphasized", "emphasizing", INV),
  verb("emphasise", "emphasises", "emphasised", "emphasising", INV),
  verb("stress", "stresses", "stressed", "stressing", INV),
  verb("suggest", "suggests", "suggested", "suggesting", INV),
  verb("predict", "predicts", "predicted", "predicting", INV),
  verb("promise", "promises", "promised", "promising"),
  verb("vow", "vows", "vowed", "vowing"),
  verb("pledge", "pledges", "pledged", "pledging"),
  verb("report", "reports", "reported", "reporting"),
  verb("reveal", "reveals", "revealed", "revealing"),
  verb("recall", "recalls", "recalled", "recalling", INV),
  verb("remark", "remarks", "remarked", "remarking", INV),
  verb("observe", "observes", "observed", "observing", INV),
  verb("conclude", "concludes", "concluded", "concluding", INV),
  verb("confirm", "confirms", "confirmed", "confirming", INV),
  verb("complain", "complains", "complained", "complaining", INV),
  verb("concede", "concedes", "conceded", "conceding", INV),
  verb("caution", "cautions", "cautioned", "cautioning", INV),
  verb("estimate", "estimates", "estimated", "estimating"),
  verb("mention", "mentions", "mentioned", "mentioning"),
  verb("allege", "alleges", "alleged", "alleging"),
  verb("ask", "asks", "asked", "asking", { ...INV, object: "skip" }),
  verb("continue", "continues", "continued", "continuing", { ...INV, bareContent: false }),
  verb("agree", "agrees", "agreed", "agreeing", { bareContent: false }),
  verb("testify", "testifies", "testified", "testifying"),
  verb("joke", "jokes", "joked", "joking", INV),
  verb("quip", "quips", "quipped", "quipping", INV),
  verb("boast", "boasts", "boasted", "boasting", INV),
  verb("charge", "charges", "charged", "charging", { bareContent: false }),
  verb("counter", "counters", "countered", "countering", INV),
  verb("lament", "laments", "lamented", "lamenting", INV),
  verb("exclaim", "exclaims", "exclaimed", "exclaiming", INV),
  verb("reiterate", "reiterates", "reiterated", "reiterating", INV),
  verb("assure", "assures", "assured", "assuring", { object: "skip" }),
  verb("remind", "reminds", "reminded", "reminding", { object: "skip" }),
  verb("inform", "informs", "informed", "informing", { object: "skip" }),
  verb("find", "finds", "found", "finding", { bareContent: false }),
  verb("show", "shows", "showed", "showing", { bareContent: false }, "shown"),
  verb("indicate", "indicates", "indicated", "indicating"),
  verb("accuse", "accuses", "accused", "accusing", { object: "keep", bareContent: false }),
  verb("criticize", "criticizes", "criticized", "criticizing", { object: "keep", bareContent: false }),
  verb("criticise", "criticises", "criticised", "criticising", { object: "keep", bareContent: false }),
  verb("blame", "blames", "blamed", "blaming", { object: "keep", bareContent: false }),
  verb("praise", "praises", "praised", "praising", { object: "keep", bareContent: false }),
  phrase(verb("cast", "casts", "cast", "casting"), "doubt on"),
  phrase(verb("call", "calls", "called", "calling"), "for"),
  // "called over her shoulder, “…”": only right before a quotation (bare content is no claim);
  // the past form only, as "calls" and "call" are nouns far more often ("amid calls from readers").
  { forms: ["called"], bareContent: false },
  phrase(verb("point", "points", "pointed", "pointing"), "out", INV),
  verb("speculate", "speculates", "speculated", "speculating"),
  verb("propose", "proposes", "proposed", "proposing"),
  verb("demand", "demands", "demanded", "demanding"),
  verb("hope", "hopes", "hoped", "hoping", { bareContent: false }),
  // "described Trump as a bully": the object is what was said about it (a PolNeAR cue).
  verb("describe", "describes", "described", "describing", { object: "keep", bareContent: false }),
  phrase(verb("talk", "talks", "talked", "talking"), "about", { bareContent: true }),
  phrase(verb("speak", "speaks", "spoke", "speaking", {}, "spoken"), "about", { bareContent: true }),
  phrase(verb("speak", "speaks", "spoke", "speaking", {}, "spoken"), "of", { bareContent: true }),
  // Manner-of-speaking verbs that attribute quotes ("“You lie!” he yelled").
  verb("yell", "yells", "yelled", "yelling", INV),
  verb("shout", "shouts", "shouted", "shouting", INV),
  verb("chant", "chants", "chanted", "chanting", INV),
  verb("scream", "screams", "screamed", "screaming", INV),
  verb("jeer", "jeers", "jeered", "jeering", INV),
  verb("whisper", "whispers", "whispered", "whispering", INV),
  verb("mutter", "mutters", "muttered", "muttering", INV),
  verb("retort", "retorts", "retorted", "retorting", INV),
  verb("recount", "recounts", "recounted", "recounting", INV),
  verb("muse", "muses", "mused", "musing", INV),
  verb("plead", "pleads", "pleaded", "pleading", INV),
  verb("wonder", "wonders", "wondered", "wondering", INV),
  verb("sigh", "sighs", "sighed", "sighing", INV),
  verb("interject", "interjects", "interjected", "interjecting", INV),
  // Verbs of manner that report speech only around a quotation ("“This is fantastic!” beamed
  // Donald Hartley"): no bare content, so "the satellite beamed images" is no claim.
  verb("beam", "beams", "beamed", "beaming", { inverts: true, bareContent: false }),
  verb("gush", "gushes", "gushed", "gushing", { inverts: true, bareContent: false }),
  verb("marvel", "marvels", "marveled", "marveling", { inverts: true, bareContent: false }, "marvelled"),
  verb("laugh", "laughs", "laughed", "laughing", { inverts: true, bareContent: false }),
  verb("scoff", "scoffs", "scoffed", "scoffing", { inverts: true, bareContent: false }),
  verb("brag", "brags", "bragged", "bragging", { inverts: true, bareContent: false }),
  verb("grumble", "grumbles", "grumbled", "grumbling", { inverts: true, bareContent: false }),
  verb("chime", "chimes", "chimed", "chiming", INV),
  verb("crack", "cracks", "cracked", "cracking", { inverts: true, bareContent: false }),
  // Retorts around a quotation ("“Jeb wants to be a tough guy tonight,” Trump shot back").
  phrase(verb("shoot", "shoots", "shot", "shooting"), "back", { inverts: true, bareContent: false }),
  phrase(verb("fire", "fires", "fired", "firing"), "back", { inverts: true, bareContent: false }),
  phrase(verb("hit", "hits", "hit", "hitting"), "back", { inverts: true, bareContent: false }),
  verb("snap", "snaps", "snapped", "snapping", { inverts: true, bareContent: false }),
];

/** Cue forms that are also common nouns ("a rare note of self-deprecation", "the original Sanders
 * demand"): after a determiner and up to two modifiers they are nouns, not cues. */
export const EN_NOUN_LIKE_CUES: ReadonlySet<string> = new Set([
  "note", "notes", "claim", "claims", "report", "reports", "remark", "remarks", "answer", "answers", "reply",
  "replies", "promise", "promises", "pledge", "pledges", "estimate", "estimates", "demand", "demands",
  "charge", "charges", "counter", "hope", "hopes", "joke", "jokes", "boast", "boasts", "lament", "laments",
  "comment", "comments", "warning", "call", "calls", "finding", "findings", "proposal", "plea", "tweet", "tweets",
]);

/** Participles that, after a comma, open a further claim by the same speaker (", adding: …"). */
export const EN_CHAIN_PARTICIPLES: ReadonlySet<string> = new Set([
  "adding", "saying", "noting", "urging", "arguing", "warning", "insisting", "claiming", "explaining",
  "telling", "stressing", "suggesting", "calling", "accusing", "stating", "declaring", "asking",
  "acknowledging", "predicting", "promising", "vowing", "recalling", "emphasizing", "emphasising", "casting",
  // Verbs of writing and answering ("… shared the news on social media, writing “…”", "…, replying: …").
  "writing", "tweeting", "posting", "replying", "responding", "answering", "complaining", "conceding",
  "admitting", "asserting", "contending", "countering", "pointing", "reiterating", "joking",
]);

/** Finite forms that, after "and"/"but", open a second claim by the same subject ("… but argues that …"). */
export const EN_COORDINATING_CUES: ReadonlySet<string> = new Set([
  "said", "says", "added", "adds", "argued", "argues", "warned", "warns", "noted", "notes", "insisted", "insists",
  "replied", "claimed", "claims", "told", "tells", "wrote", "writes", "urged", "urges", "suggested", "suggests",
  "predicted", "predicts", "stressed", "explained", "acknowledged", "denied", "believes",
]);

/** Phrases whose source comes after them: "according to the ministry, …". */
export const EN_SOURCE_FIRST: readonly string[] = ["according to"];
