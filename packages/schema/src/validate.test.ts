import { describe, expect, test } from 'vitest';
import { type ExtractionRecord, makeSpan, resolvePoliticalGroup, validateRecord } from './index';

const text = 'Members strongly condemn the violent crackdown by the police in Zhanaozen.';

function record(overrides: Partial<ExtractionRecord> = {}): ExtractionRecord {
  return {
    schemaVersion: 1,
    doc: 'sample',
    source: { path: 'sample.txt', sha256: 'a'.repeat(64), bytes: text.length, format: 'text' },
    title: null,
    procedure: { reference: '2012/2553(RSP)', year: 2012, number: '2553', type: 'RSP' },
    event: { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
    vote: null,
    tabledBy: ['EPP', 'S&D'],
    sentences: [makeSpan(text, 0, text.length)],
    entities: [
      { id: 'zhanaozen', type: 'location', name: 'Zhanaozen', mentions: [makeSpan(text, 64, 73)] },
    ],
    countries: ['KZ'],
    dates: [],
    quantities: [],
    statements: [
      {
        act: 'condemn',
        kind: 'expressive',
        speaker: 'european-parliament',
        addressee: null,
        content: makeSpan(text, 25, 73),
        sentence: 0,
        span: makeSpan(text, 0, 73),
      },
    ],
    ...overrides,
  };
}

describe('validateRecord', () => {
  test('accepts a record whose spans are slices of the text', () => {
    const r = validateRecord(record(), text);
    expect(r.ok).toBe(true);
  });

  test('rejects a span whose text is not the source slice', () => {
    const bad = record();
    bad.entities[0]!.mentions[0] = { start: 64, end: 73, text: 'Zhanaozyn' };
    const r = validateRecord(bad, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.path).toBe('entities.0.mentions.0');
  });

  test('rejects a span past the end of the text', () => {
    const bad = record({ sentences: [{ start: 70, end: 80, text: 'Zhanaozen.' }] });
    expect(validateRecord(bad, text).ok).toBe(false);
  });

  test('rejects a kind that does not follow from the act', () => {
    const bad = record();
    bad.statements[0]!.kind = 'directive';
    expect(validateRecord(bad, text).ok).toBe(false);
  });

  test('rejects unsorted countries and unknown groups', () => {
    expect(validateRecord(record({ countries: ['KZ', 'BY'] }), text).ok).toBe(false);
    expect(validateRecord({ ...record(), tabledBy: ['Greens'] }, text).ok).toBe(false);
  });

  test('rejects a procedure whose parts disagree with its reference', () => {
    const bad = record({
      procedure: { reference: '2012/2553(RSP)', year: 2011, number: '2553', type: 'RSP' },
    });
    expect(validateRecord(bad, text).ok).toBe(false);
  });
});

describe('resolvePoliticalGroup', () => {
  test.each([
    ['Verts/ALE', 'Greens/EFA'],
    ['Verts/ALE Group', 'Greens/EFA'],
    ['PPE', 'EPP'],
    ['S&D', 'S&D'],
    ['The Left', 'The Left'],
    ['Group of the Greens/European Free Alliance', 'Greens/EFA'],
    ["Group of the European People's Party (Christian Democrats)", 'EPP'],
    ['ADLE', 'ALDE'],
    ['Renew Europe', 'Renew'],
    ['The Left group', 'The Left'],
    ['the EPP Group', 'EPP'],
    ['Greens/EFA groups', 'Greens/EFA'],
  ])('%s → %s', (label, id) => {
    expect(resolvePoliticalGroup(label)).toBe(id);
  });

  test.each(['Greens', 'Members', 'EU', ''])('%s is not a group', (label) => {
    expect(resolvePoliticalGroup(label)).toBeNull();
  });
});
