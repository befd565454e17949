/** A calendar reference of some precision: a year, a month of a year, or a day. */
export interface DateParts {
  y: number | null;
  m: number | null;
  d: number | null;
}

/** Days in a month (month 1-12) of a year. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether the parts, once their year is known, name a real calendar date of their precision. */
export function isValidParts(p: DateParts): boolean {
  if (p.y === null) return false;
  if (p.m === null) return p.d === null;
  if (p.m < 1 || p.m > 12) return false;
  if (p.d === null) return true;
  return p.d >= 1 && p.d <= daysInMonth(p.y, p.m);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO 8601 of the precision the parts have: YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatParts(p: DateParts): string {
  const y = String(p.y);
  if (p.m === null) return y;
  if (p.d === null) return `${y}-${pad(p.m)}`;
  return `${y}-${pad(p.m)}-${pad(p.d)}`;
}

/** The parts of an ISO date `YYYY-MM-DD`, or null. */
export function parseIsoDay(
  iso: string | null | undefined,
): { y: number; m: number; d: number } | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** The day `days` after (or before, if negative) a day, as parts. */
export function shiftDay(day: { y: number; m: number; d: number }, days: number): DateParts {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Day of the week, 0 = Sunday. */
export function weekdayOf(day: { y: number; m: number; d: number }): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}
