import type { Procedure } from '@hemicycle/schema';
import { z } from 'zod';
import data from './data/procedure-types.json' with { type: 'json' };

export const ProcedureTypesSchema = z.object({
  $comment: z.string().optional(),
  types: z.array(z.string().regex(/^[A-Z]{3,4}$/)),
});
// Typed at compile time; checked against the schema in data.test.ts, not parsed at import.
export const procedureTypes: z.infer<typeof ProcedureTypesSchema> = data;
const types = new Set(procedureTypes.types);

/** The bracketed type that closes a reference: "(RSP)". The rest is read backwards in code. */
const TYPE = /\(([A-Z]{3,4})\)/g;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

/**
 * The `year/number` written just before the bracket at `open` (at most one space or no-break
 * space between, the number with an optional letter), read backwards; null when there is none
 * or when it is glued to a longer number or path ("12022/0055(NLE)").
 */
function readHead(
  s: string,
  open: number,
): { year: string; digits: string; letter: string } | null {
  let i = open;
  if (s[i - 1] === ' ' || s[i - 1] === '\u00A0') i--;
  let letter = '';
  if (isUpper(s[i - 1])) letter = s[--i]!;
  const numberEnd = i;
  while (isDigit(s[i - 1]) && numberEnd - i < 4) i--;
  const digits = s.slice(i, numberEnd);
  if (digits.length === 0 || isDigit(s[i - 1]) || s[i - 1] !== '/') return null;
  i--;
  const yearEnd = i;
  while (isDigit(s[i - 1]) && yearEnd - i < 4) i--;
  const year = s.slice(i, yearEnd);
  if (year.length !== 4 || isDigit(s[i - 1]) || s[i - 1] === '/') return null;
  return { year, digits, letter };
}

/**
 * The first procedure reference in `s` ("2012/2553(RSP)", "(2020/2691(RSP))", "2022/0055 (NLE)"),
 * normalised to `year/number(TYPE)` (no space; a number written without its leading zeros,
 * "2025/504(INI)", padded to four digits), or null. Only the procedure types of OEIL count,
 * unless `anyType` (where the context says it is a procedure: an OEIL header line).
 */
export function parseProcedure(s: string, options: { anyType?: boolean } = {}): Procedure | null {
  const re = new RegExp(TYPE.source, TYPE.flags);
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const type = m[1]!;
    if (!options.anyType && !types.has(type)) continue;
    const head = readHead(s, m.index);
    if (!head) continue;
    const { year, digits, letter } = head;
    const number = `${digits.padStart(4, '0')}${letter}`;
    return { reference: `${year}/${number}(${type})`, year: Number(year), number, type };
  }
  return null;
}
