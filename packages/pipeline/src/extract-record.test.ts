import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRecord } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { extractRecord, extractRecordFromText } from './index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = process.env.HEMICYCLE_SHARED ?? join(root, '..', 'shared');
const kazakhstanPath = join(root, 'corpus', '2012-2553-RSP.txt');
const kazakhstan = readFileSync(kazakhstanPath, 'utf8');

describe('extractRecord on the Kazakhstan summary', () => {
  const bytes = readFileSync(kazakhstanPath);
  const record = extractRecord({
    id: '2012-2553-RSP',
    path: kazakhstanPath,
    text: kazakhstan,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
  });

  test('gives a record that passes the schema and the span rule', () => {
    const checked = validateRecord(record, kazakhstan);
    expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.error.slice(0, 3))).toBe(true);
  });

  test('fills the header from the text', () => {
    expect(record.source.format).toBe('oeil-summary');
    expect(record.procedure?.reference).toBe('2012/2553(RSP)');
    expect(record.tabledBy).toEqual(['EPP', 'ECR', 'ALDE', 'S&D', 'Greens/EFA']);
  });

  test('every statement lies in the sentence it names', () => {
    expect(record.statements.length).toBeGreaterThan(0);
    for (const s of record.statements) {
      const sentence = record.sentences[s.sentence]!;
      expect(s.content.start).toBeGreaterThanOrEqual(sentence.start);
      expect(s.content.end).toBeLessThanOrEqual(sentence.end);
    }
  });

  test('links statement addressees to the entities of the same record', () => {
    const ids = new Set(record.entities.map((e) => e.id));
    const addressed = record.statements.filter((s) => s.addressee !== null);
    expect(addressed.length).toBeGreaterThan(0);
    for (const s of addressed) expect(ids.has(s.addressee!.id), s.addressee!.text).toBe(true);
  });

  test('is deterministic', () => {
    const again = extractRecordFromText(kazakhstan, { id: '2012-2553-RSP', path: kazakhstanPath });
    expect(JSON.stringify({ ...again, source: null })).toBe(
      JSON.stringify({ ...record, source: null }),
    );
  });
});

describe('extractRecordFromText', () => {
  test('hashes the UTF-8 bytes of the text, as a file read would', () => {
    const record = extractRecordFromText(kazakhstan, { id: 'k' });
    expect(record.source.sha256).toBe(
      createHash('sha256').update(readFileSync(kazakhstanPath)).digest('hex'),
    );
    expect(record.source.bytes).toBe(readFileSync(kazakhstanPath).length);
    expect(record.doc).toBe('k');
  });

  test.each([
    ['empty text', ''],
    ['white space only', ' \n\t\u00a0\n'],
    ['one word', 'Parliament'],
    ['markup', '<script>alert(1)</script><p>Calls on the Commission to act.</p>'],
  ])('a hostile text (%s) still gives a valid record', (_label, text) => {
    const record = extractRecordFromText(text);
    expect(validateRecord(record, text).ok).toBe(true);
  });
});

describe.skipIf(!existsSync(join(shared, 'corpus')))('extractRecord over ../shared/corpus', () => {
  const names = existsSync(join(shared, 'corpus'))
    ? readdirSync(join(shared, 'corpus')).filter((n) => n.endsWith('.txt'))
    : [];
  test.each(names)('%s gives a valid record', (name) => {
    const text = readFileSync(join(shared, 'corpus', name), 'utf8').replace(/^\uFEFF/, '');
    const record = extractRecordFromText(text, { id: name });
    const checked = validateRecord(record, text);
    expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.error.slice(0, 3))).toBe(true);
  });
});
