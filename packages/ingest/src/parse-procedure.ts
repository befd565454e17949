import type { Procedure } from '@hemicycle/schema';
import { z } from 'zod';
import data from './data/procedure-types.json' with { type: 'json' };

const types = new Set(
  z.object({ types: z.array(z.string().regex(/^[A-Z]{3,4}$/)) }).parse(data).types,
);

/** year/number(TYPE), with at most one (no-break) space before the bracket: "2022/0055 (NLE)". */
const REFERENCE = /(\d{4})\/(\d{4}[A-Z]?)[ \u00A0]?\(([A-Z]{3,4})\)/gu;
/** A reference is not part of a longer number or path ("12022/0055(NLE)"). */
const GLUED = /[\d/]/u;

/**
 * The first procedure reference in `s` ("2012/2553(RSP)", "(2020/2691(RSP))", "2022/0055 (NLE)"),
 * normalised to `year/number(TYPE)`, or null. Only the procedure types of OEIL count, unless
 * `anyType` (where the context says it is a procedure: an OEIL header line).
 */
export function parseProcedure(s: string, options: { anyType?: boolean } = {}): Procedure | null {
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(s); m !== null; m = REFERENCE.exec(s)) {
    const [, year, number, type] = m as unknown as [string, string, string, string];
    if (!options.anyType && !types.has(type)) continue;
    const before = s[m.index - 1];
    if (before !== undefined && GLUED.test(before)) continue;
    return { reference: `${year}/${number}(${type})`, year: Number(year), number, type };
  }
  return null;
}
