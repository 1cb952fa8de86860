// --format text: a reading view of a record for people at a terminal.

import type { ChalkInstance } from "chalk";
import type { ArticleRecord } from "../record/types.js";

export function formatText(r: ArticleRecord, c: ChalkInstance | null): string {
  const b = (s: string) => (c ? c.bold(s) : s);
  const dim = (s: string) => (c ? c.dim(s) : s);
  const a = r.article;
  const lines: string[] = [];
  lines.push(b(a.title ?? "(no title)"));
  const facts = [a.site, a.published, a.authors.length ? `by ${a.authors.join(", ")}` : null].filter(Boolean);
  if (facts.length) lines.push(facts.join(" · "));
  if (r.source.url) lines.push(dim(r.source.url));
  lines.push("");
  const speakers = new Map(r.speakers.map((s) => [s.id, s]));
  lines.push(b(`Claims (${r.quotes.length})`));
  for (const q of r.quotes) {
    const s = q.speaker_id ? speakers.get(q.speaker_id) : undefined;
    const who = s ? `${s.name}${s.title ? ` (${s.title})` : ""}` : "unattributed";
    // Set apart from the cue, which may itself end in "on" ("cast doubt on").
    const when = q.said_on ? ` · ${q.said_on}` : "";
    lines.push(`  ${q.id} [${q.type}] ${b(who)}${q.cue ? ` ${q.cue}` : ""}${when}`);
    lines.push(`     ${q.type === "direct" ? "“" + q.text + "”" : q.text}`);
    for (const l of r.links.filter((l) => l.quote_id === q.id)) lines.push(dim(`     ↳ ${l.text}: ${l.url}`));
  }
  if (r.dates.length) {
    lines.push("", b(`Dates (${r.dates.length})`));
    for (const d of r.dates) lines.push(`  ${d.text} → ${d.value} ${dim(`(${d.granularity}${d.relative ? ", relative" : ""})`)}`);
  }
  const other = r.links.filter((l) => !l.quote_id);
  if (other.length) {
    lines.push("", b(`Other links (${other.length})`));
    for (const l of other) lines.push(`  [${l.kind}] ${l.text || "(no text)"}: ${l.url}`);
  }
  if (r.warnings.length) lines.push("", b("Warnings"), ...r.warnings.map((w) => `  ${w}`));
  return lines.join("\n");
}
