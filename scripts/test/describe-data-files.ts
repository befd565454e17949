// One contract for every package's bundled data files (JSON under src/data/): they are typed at
// compile time, not parsed at import, so each package's data.test.ts runs this suite over its
// files: each must pass its schema, and the value its module uses must be exactly the parse's.
import { describe, expect, test } from 'vitest';

/** A data file with its schema's parse and what its module uses at run time. */
export interface DataFile {
  file: string;
  parse: () => unknown;
  /** The part of the parsed file that the module uses. */
  expected: () => unknown;
  /** What the module uses at run time. */
  runtime: unknown;
}

/** `schema` is a zod schema (anything with `parse`); `part` picks what the module keeps. */
export function dataFile<T>(
  file: string,
  schema: { parse(data: unknown): T },
  json: unknown,
  runtime: unknown,
  part: (parsed: T) => unknown = (parsed) => parsed,
): DataFile {
  return {
    file,
    parse: () => schema.parse(json),
    expected: () => part(schema.parse(json)),
    runtime,
  };
}

export function describeDataFiles(files: readonly DataFile[]): void {
  describe.each(files)('data/$file', ({ parse, expected, runtime }) => {
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
}
