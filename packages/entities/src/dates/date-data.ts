import { z } from 'zod';
import dateCuesJson from '../data/date-cues.json' with { type: 'json' };
import monthsJson from '../data/months.json' with { type: 'json' };
import referencesJson from '../data/number-references.json' with { type: 'json' };
import weekdaysJson from '../data/weekdays.json' with { type: 'json' };

export const MonthsSchema = z.object({
  months: z
    .array(
      z.object({
        name: z.string().min(3),
        number: z.number().int().min(1).max(12),
        abbreviations: z.array(z.string().min(3)),
      }),
    )
    .length(12),
});

export const WeekdaysSchema = z.object({
  weekdays: z.array(z.string().min(6)).length(7),
  forwardModifiers: z.array(z.string()),
  cueWords: z.array(z.string()),
});

export const DateCuesSchema = z.object({
  monthCueWords: z.array(z.string()),
  monthPrefixes: z.array(z.string()),
  yearCueWords: z.array(z.string()),
  targetYearCues: z.array(z.string()),
  intervalOpeners: z.record(z.string(), z.array(z.string())),
  intervalDashes: z.array(z.string().length(1)),
});

export const ReferencesSchema = z.object({
  comment: z.string().optional(),
  cues: z.array(z.string()),
  caseSensitive: z.array(z.string()),
});

// The data files are committed source: typed here at compile time, validated against the schemas
// above by data.test.ts, not parsed at import (that cost start-up time).
export const monthsData: z.infer<typeof MonthsSchema> = monthsJson;
export const weekdays: z.infer<typeof WeekdaysSchema> = weekdaysJson;
export const cues: z.infer<typeof DateCuesSchema> = dateCuesJson;
export const references: z.infer<typeof ReferencesSchema> = referencesJson;
const months = monthsData.months;

/** Month number by full name or abbreviation, as written (capitalised). */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  months.flatMap((m) => [
    [m.name, m.number] as const,
    ...m.abbreviations.map((a) => [a, m.number] as const),
  ]),
);
/** Full month names (not abbreviations). */
export const MONTH_FULL_NAMES: ReadonlySet<string> = new Set(months.map((m) => m.name));
/** All month words, longest first (regex alternation order). */
export const MONTH_WORDS: readonly string[] = [...MONTH_NUMBER.keys()].sort(
  (a, b) => b.length - a.length,
);

/** Weekday index (0 = Sunday, as Date.getUTCDay) by name. */
export const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(
  weekdays.weekdays.map((name, i) => [name, i] as const),
);
export const WEEKDAY_FORWARD: ReadonlySet<string> = new Set(weekdays.forwardModifiers);
export const WEEKDAY_CUES: ReadonlySet<string> = new Set(weekdays.cueWords);

export const MONTH_CUES: ReadonlySet<string> = new Set(cues.monthCueWords);
export const MONTH_PREFIXES: readonly string[] = cues.monthPrefixes;
export const YEAR_CUES: ReadonlySet<string> = new Set(cues.yearCueWords);
/** Words before a year that make it a target or a limit ("by 2030", "from 2028"): no year the text is at. */
export const TARGET_YEAR_CUES: ReadonlySet<string> = new Set(cues.targetYearCues);
export const INTERVAL_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(cues.intervalOpeners).map(([k, v]) => [k, new Set(v)] as const),
);
export const INTERVAL_DASHES: ReadonlySet<string> = new Set(cues.intervalDashes);

const referenceCues = new Set(references.cues.map((c) => c.toLowerCase()));
const referenceCuesExact = new Set(references.caseSensitive);

/** Whether a word before a number makes it a reference ("Article 5", "No 1137/2008", "p. 45"). */
export function isReferenceCue(word: string, followedByDot: boolean): boolean {
  if (referenceCuesExact.has(word)) return true;
  const w = word.toLowerCase();
  return referenceCues.has(w) || (followedByDot && referenceCues.has(`${w}.`));
}
