import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntitySchema, type ParsedDocument } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { docForTest } from '../doc-for-test';
import { findNames } from './find-names';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const shared = process.env.HEMICYCLE_SHARED ?? resolve(repo, '../shared');

function textsIn(dir: string): { name: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));
}

function docOf(name: string, text: string): ParsedDocument {
  return { ...docForTest(text, null), id: name, path: name };
}

function checkContract(name: string, text: string): void {
  const first = findNames(docOf(name, text), []);
  const ids = new Set<string>();
  const spans = new Set<string>();
  for (const e of first.entities) {
    expect(EntitySchema.safeParse(e).success, `entity ${e.id} fits the schema`).toBe(true);
    expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
    ids.add(e.id);
    expect(e.mentions.length).toBeGreaterThan(0);
    expect(e.id).toMatch(/\S/);
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.text).toBe(m.text.trim());
      const key = `${m.start}:${m.end}`;
      expect(spans.has(key), `span ${key} "${m.text}" in two entities`).toBe(false);
      spans.add(key);
    }
  }
  expect(first.countries).toEqual([...new Set(first.countries)].sort());
  for (const c of first.countries) expect(c).toMatch(/^[A-Z]{2}$/);
  const second = findNames(docOf(name, text), []);
  expect(second).toEqual(first);
}

const ownTexts = textsIn(join(repo, 'corpus'));
const sharedTexts = textsIn(join(shared, 'corpus'));

describe.skipIf(ownTexts.length === 0)('findNames contract on corpus/ (skipped: no texts)', () => {
  test.each(ownTexts)('$name', ({ name, text }) => checkContract(name, text));
});

describe.skipIf(sharedTexts.length === 0)(
  'findNames contract on ../shared/corpus (skipped: absent)',
  () => {
    test.each(sharedTexts)('$name', ({ name, text }) => checkContract(name, text));
  },
);
