// Time zones of publish dates: many CMSs write the structured date in UTC while the page shows
// the newsroom's own day and time; the page's rendering of the same instant is the one kept.

/** A zone-less byline time gets the offset that makes it the structured instant ("…T17:49:00" → "…T17:49:00-08:00"). */
export function withZone(visible: string, structured: string): string {
  if (!/T\d{2}:\d{2}:\d{2}$/.test(visible)) return visible;
  const minutes = Math.round((Date.parse(visible + "Z") - Date.parse(structured)) / 60_000 / 15) * 15;
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${visible}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export const isUtc = (v: string) => /T.*(?:Z|[+-]00:00)$/.test(v);

/** Two renderings of one instant in different zones (a UTC value and the byline's local one). */
export function sameInstantOtherZone(structured: string, visible: string): boolean {
  if (structured.slice(0, 10) === visible.slice(0, 10)) return false;
  if (!/(Z|[+-]00:00)$/.test(structured)) return false;
  const hasZone = /T.*(Z|[+-]\d{2}:\d{2})$/.test(visible);
  if (hasZone) return Math.abs(Date.parse(structured) - Date.parse(visible)) < 5 * 60_000;
  if (visible.includes("T")) {
    // A wall-clock time without zone ("Nov 8, 2023 at 5:49 p.m."): the same instant when it is
    // the UTC time moved by whole hours (a zone between UTC−12 and UTC+14), minutes agreeing.
    const diff = Date.parse(visible + "Z") - Date.parse(structured);
    const hours = diff / 3_600_000;
    const offMinutes = Math.abs(diff / 60_000 - Math.round(hours) * 60);
    return hours >= -12.5 && hours <= 14.5 && offMinutes <= 2;
  }
  // Date only: the byline's day must be one a zone between UTC−12 and UTC+14 can give.
  const hour = Number(structured.slice(11, 13));
  const day = Date.parse(visible.slice(0, 10) + "T00:00:00Z") - Date.parse(structured.slice(0, 10) + "T00:00:00Z");
  return (day === -86_400_000 && hour < 12) || (day === 86_400_000 && hour >= 10);
}
