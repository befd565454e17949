import type { JsonOf } from '@hemicycle/schema';
import { z } from 'zod';

/** A list of regular-expression sources kept as data, with optional extra flags. */
export const PatternListSchema = z.object({
  $comment: z.string().optional(),
  flags: z.enum(['', 'i']).optional(),
  patterns: z.array(z.string().min(1)),
});
/** A pattern list as a data file holds it: `flags` is a string (tests check it is '' or 'i'). */
export type PatternList = JsonOf<z.infer<typeof PatternListSchema>>;

/**
 * The flags of a list: 'u', or 'i' without 'u' for a case-insensitive list (the ReDoS checker
 * cannot judge the two together, and such lists hold plain words, no \p{...}).
 */
function flagsOf(list: PatternList, extraFlags: string): string {
  const flags = `${list.flags ?? ''}${extraFlags}`;
  return flags.includes('i') ? flags : `u${flags}`;
}

/** Compiles a pattern list once, at module load. */
export function compilePatterns(list: PatternList, extraFlags = ''): RegExp[] {
  return list.patterns.map((p) => new RegExp(p, flagsOf(list, extraFlags)));
}

export function matchesAny(patterns: readonly RegExp[], s: string): boolean {
  for (const p of patterns) if (p.test(s)) return true;
  return false;
}
