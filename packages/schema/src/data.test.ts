import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { ActTableSchema, actTable } from './acts';
import actsJson from './data/acts.json' with { type: 'json' };
import groupsJson from './data/political-groups.json' with { type: 'json' };
import { GroupTableSchema, politicalGroups } from './political-groups';

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
  dataFile('acts.json', ActTableSchema, actsJson, actTable),
  dataFile('political-groups.json', GroupTableSchema, groupsJson, politicalGroups, (p) => p.groups),
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
