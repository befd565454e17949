import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import headerJson from './data/header-lines.json' with { type: 'json' };
import monthsJson from './data/months.json' with { type: 'json' };
import procedureTypesJson from './data/procedure-types.json' with { type: 'json' };
import tabledByJson from './data/tabled-by.json' with { type: 'json' };
import votesJson from './data/votes.json' with { type: 'json' };
import { HeaderDataSchema, headerTable } from './header-lines';
import { MonthTableSchema, monthTable } from './parse-date';
import { ProcedureTypesSchema, procedureTypes } from './parse-procedure';
import { TabledByTableSchema, tabledByTable } from './parse-tabled-by';
import { VoteTableSchema, voteTable } from './parse-vote';

/**
 * The bundled data files are typed at compile time, not parsed at import: each must pass its
 * schema, and the value the module uses must be exactly what the schema's parse gives.
 */
interface DataFile {
  file: string;
  parse: () => unknown;
  /** The part of the parsed file that the module uses. */
  expected: () => unknown;
  /** What the module uses at run time. */
  runtime: unknown;
}

function dataFile<S extends z.ZodType>(
  file: string,
  schema: S,
  json: unknown,
  runtime: unknown,
  part: (parsed: z.output<S>) => unknown = (parsed) => parsed,
): DataFile {
  return {
    file,
    parse: () => schema.parse(json),
    expected: () => part(schema.parse(json)),
    runtime,
  };
}

const FILES: DataFile[] = [
  dataFile('header-lines.json', HeaderDataSchema, headerJson, headerTable),
  dataFile('months.json', MonthTableSchema, monthsJson, monthTable),
  dataFile('procedure-types.json', ProcedureTypesSchema, procedureTypesJson, procedureTypes),
  dataFile('tabled-by.json', TabledByTableSchema, tabledByJson, tabledByTable),
  dataFile('votes.json', VoteTableSchema, votesJson, voteTable),
];

describe.each(FILES)('data/$file', ({ parse, expected, runtime }) => {
  test('passes its schema', () => {
    expect(parse).not.toThrow();
  });

  test('is used at run time exactly as the schema parses it, key order included', () => {
    const want = expected();
    expect(runtime).toStrictEqual(want);
    // tables are read in order (a first or last entry wins): the order must be the same too
    expect(JSON.stringify(runtime)).toBe(JSON.stringify(want));
  });
});
