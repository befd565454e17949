// Property-based tests of the whole pipeline, in process: for arbitrary strings and for generated
// EP-like texts, extractRecord never throws, every span is exact, sentences cover the body's
// non-space text, and the record passes the schema.
import { createHash } from 'node:crypto';
import { extractRecord } from '@hemicycle/pipeline';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recordProblems } from './support/check-record';
import { epTextArbitrary } from './support/ep-text';

function problemsOf(text: string): string[] {
  const record = extractRecord({
    id: 'property',
    path: 'property.txt',
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    bytes: Buffer.byteLength(text, 'utf8'),
  });
  return recordProblems(record, text);
}

/** Characters that make structure in EP texts: spaces of every kind, punctuation, digits, capitals. */
const structural = fc.constantFrom(
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2028',
  '\u00ad',
  '\u200b',
  '\ufeff',
  '.',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '-',
  '–',
  '—',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '/',
  '&',
  '%',
  '#',
  '*',
  '§',
  '0',
  '1',
  '7',
  '2012',
  'A',
  'B',
  'E',
  'U',
  'a',
  'e',
  'z',
  'é',
  '😀',
  'No.',
  'Art.',
  'cf.',
  'e.g.',
  'i.e.',
  'Mr',
  'Dr',
  'p.',
  'para.',
  'etc.',
  'EU',
  'S&D',
  'Greens/EFA',
  'whereas',
  'Calls on',
  'the Commission',
  'to',
  'and',
  'Parliament',
  'condemns',
  '## ',
  ' - ',
  '2012/2553(RSP)',
  '15/03/2012',
  'Text adopted by Parliament, single reading',
  'votes',
  'abstentions',
);
const structuralText = fc.array(structural, { maxLength: 120 }).map((parts) => parts.join(''));

const property = (arb: fc.Arbitrary<string>) =>
  fc.property(arb, (text) => {
    const problems = problemsOf(text);
    if (problems.length > 0)
      throw new Error(`${problems.join('\n')}\ntext: ${JSON.stringify(text.slice(0, 500))}`);
  });

describe('extractRecord on arbitrary input', () => {
  test('arbitrary strings (any code point): never throws, spans exact, sentences cover, schema holds', () => {
    fc.assert(property(fc.string({ unit: 'binary', maxLength: 300 })), { numRuns: 200 });
  });

  test('arbitrary strings (graphemes): never throws, spans exact, sentences cover, schema holds', () => {
    fc.assert(property(fc.string({ unit: 'grapheme', maxLength: 300 })), { numRuns: 200 });
  });

  test('strings of EP structure characters and words (abbreviations, numbers, quotes, odd spaces)', () => {
    fc.assert(property(structuralText), {
      numRuns: 300,
      // Counterexamples found by longer runs of this property, kept as regressions.
      examples: [
        ['/Greens/EFAArt.'],
        ['/Greens/EFAText adopted by Parliament, single reading'],
        // a header read on the text without its invisible characters
        ['No.\u00ad'],
        ['e\ufeff2012'],
        ['\u00ad'],
      ],
    });
  });

  test('generated EP-like texts (headers, calls on, whereas, lists, numbers, dates, groups, quotes)', () => {
    fc.assert(property(epTextArbitrary), { numRuns: 200 });
  });

  test('the checks can fail: a record with a drifted span is caught', () => {
    const text = 'The European Parliament calls on the Commission to act.';
    const record = extractRecord({
      id: 'x',
      path: 'x.txt',
      text,
      sha256: '0'.repeat(64),
      bytes: text.length,
    });
    const drifted = {
      ...record,
      sentences: record.sentences.map((s) => ({ ...s, start: s.start + 1, end: s.end + 1 })),
    };
    expect(recordProblems(drifted, text).length).toBeGreaterThan(0);
    expect(recordProblems({ ...record, sentences: [] }, text)[0]).toMatch(/in no sentence/);
  });
});
