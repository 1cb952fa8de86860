// Abbreviations after which a full stop does not end a sentence in English news copy.
// Source: AP Stylebook titles and the abbreviations ICU's sentence rules do not know.
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.",
  "gov.", "sen.", "rep.", "rev.", "fr.", "sr.", "jr.", "st.", "hon.", "pres.", "supt.", "insp.",
  "no.", "vs.", "v.", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "inc.", "co.", "corp.", "ltd.",
  "u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "a.m.", "p.m.",
]);
