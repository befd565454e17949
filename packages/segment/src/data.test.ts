import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import abbreviationsJson from './data/abbreviations.json' with { type: 'json' };
import continuationJson from './data/continuation-words.json' with { type: 'json' };
import referenceNounsJson from './data/reference-nouns.json' with { type: 'json' };
import startersJson from './data/sentence-starters.json' with { type: 'json' };
import {
  AbbreviationsSchema,
  abbreviations,
  continuationWords,
  referenceNouns,
  sentenceStarters,
  WordListSchema,
} from './lexicon';

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
  dataFile('abbreviations.json', AbbreviationsSchema, abbreviationsJson, abbreviations),
  dataFile('continuation-words.json', WordListSchema, continuationJson, continuationWords),
  dataFile('reference-nouns.json', WordListSchema, referenceNounsJson, referenceNouns),
  dataFile('sentence-starters.json', WordListSchema, startersJson, sentenceStarters),
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
