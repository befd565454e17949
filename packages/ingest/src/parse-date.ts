import { z } from 'zod';
import data from './data/months.json' with { type: 'json' };

export const MonthTableSchema = z.object({
  $comment: z.string().optional(),
  months: z.record(z.string(), z.number().int().min(1).max(12)),
});
// Typed at compile time; checked against the schema in data.test.ts, not parsed at import.
export const monthTable: z.infer<typeof MonthTableSchema> = data;
const months = monthTable.months;

/** The number of an English month name ("March" → 3), or undefined. */
export function monthNumber(name: string): number | undefined {
  return months[name.toLowerCase()];
}

/** An ISO day from day, month, year (EU order in the text), or null when no such day exists. */
export function isoDay(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/u;
const LONG = /^(\d{1,2})\s(\p{L}{3,9})\s(\d{4})$/u;

/**
 * A date as EU headers write it, day before month always: "6.7.2020", "15/03/2012",
 * "18-12-2020", "22 October 2008". Null when it is not a real day.
 */
export function parseDate(s: string): string | null {
  const t = s.replace(/\s+/gu, ' ').trim();
  const n = NUMERIC.exec(t);
  if (n) return isoDay(Number(n[1]), Number(n[2]), Number(n[3]));
  const l = LONG.exec(t);
  if (l) {
    const m = monthNumber(l[2]!);
    return m === undefined ? null : isoDay(Number(l[1]), m, Number(l[3]));
  }
  return null;
}
