import { readFileSync } from 'node:fs';
import { validateRecord } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { extractRecordFromText } from './extract-record-from-text';
import { visibleText } from './invisible-characters';

const kazakhstan = readFileSync(
  new URL('../../../corpus/2012-2553-RSP.txt', import.meta.url),
  'utf8',
);

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** What a reader sees of a record: everything but offsets, with the invisible characters gone. */
function seen(text: string) {
  const r = extractRecordFromText(text, { id: 'kz' });
  const plain = (s: string) => s.replace(INVISIBLE, '');
  return {
    title: r.title,
    procedure: r.procedure,
    event: r.event,
    vote: r.vote,
    tabledBy: r.tabledBy,
    countries: r.countries,
    sentences: r.sentences.map((s) => plain(s.text)),
    entities: r.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => plain(m.text)),
    })),
    dates: r.dates.map((d) => ({ ...d, span: plain(d.span.text) })),
    quantities: r.quantities.map((q) => ({ ...q, span: plain(q.span.text) })),
    statements: r.statements.map((s) => ({
      act: s.act,
      kind: s.kind,
      speaker: s.speaker,
      addressee: s.addressee && { id: s.addressee.id, text: plain(s.addressee.text) },
      content: plain(s.content.text),
      sentence: s.sentence,
    })),
  };
}

// The Kazakhstan summary as PDFs and word processors leave it: invisible characters inside words
// (every fifth letter of words of 8 letters or more), after full stops, around spaces.
const CASES: [string, string][] = [
  ['soft hyphens inside words', kazakhstan.replace(/(\p{L}{4})(\p{L}{4})/gu, '$1\u00ad$2')],
  ['zero-width spaces inside words', kazakhstan.replace(/(\p{L}{5})(\p{L}{3})/gu, '$1\u200b$2')],
  [
    'joiners and word joiners around spaces, byte order marks after stops',
    kazakhstan
      .replace(/ /g, (s, at: number) => (at % 2 === 0 ? ' \u200d' : `\u2060${s}`))
      .replace(/\. /g, '.\ufeff '),
  ],
  ['direction marks inside words', kazakhstan.replace(/(\p{L}{3})(\p{L}{3})/gu, '$1\u200e$2')],
];

describe('a text with invisible characters', () => {
  const clean = seen(kazakhstan);

  test.each(CASES)('%s reads as the same text', (_name, text) => {
    expect(text).not.toBe(kazakhstan);
    expect(clean.statements).toHaveLength(20);
    expect(seen(text)).toEqual(clean);
  });

  test.each(CASES)('%s: every span is a slice of the text as given', (_name, text) => {
    const record = extractRecordFromText(text, { id: 'kz' });
    const checked = validateRecord(record, text);
    expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.error.slice(0, 3))).toBe(true);
    // a span starts and ends on visible characters
    for (const s of record.sentences) {
      expect(s.text.replace(INVISIBLE, '').length).toBeGreaterThan(0);
      expect(INVISIBLE.test(text[s.start] ?? '')).toBe(false);
      INVISIBLE.lastIndex = 0;
    }
  });
});

describe('visibleText', () => {
  test.each([
    ['abc', null],
    ['a\u00adb', { text: 'ab', origin: [0, 2] }],
    ['\u200b\u200bab\u2060', { text: 'ab', origin: [2, 3] }],
    ['\ufeff', { text: '', origin: [] }],
  ])('%j', (input, want) => {
    const view = visibleText(input);
    expect(view && { text: view.text, origin: [...view.origin] }).toEqual(want);
  });
});
