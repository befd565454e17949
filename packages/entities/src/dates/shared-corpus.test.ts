import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '@hemicycle/schema';
import { describe, expect, it } from 'vitest';
import { documentForTest } from '../doc-for-test';
import { findQuantities } from '../quantities/find-quantities';
import { findDates } from './find-dates';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const shared = process.env.HEMICYCLE_SHARED ?? join(repo, '..', 'shared');
const corpusDir = join(shared, 'corpus');
const goldDir = join(shared, 'gold');
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const ISO_PART = /^\d{4}$|^\d{4}-\d\d$|^\d{4}-\d\d-\d\d$/;
const haveShared = existsSync(corpusDir) && existsSync(goldDir);

/**
 * A header good enough for these tests (the ingest stage owns the real one): the body starts after
 * the first line of the first four that holds a day-first date, which is the event date.
 */
function roughDocument(id: string, text: string): ParsedDocument {
  let offset = 0;
  let bodyStart = 0;
  let date: string | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(4, lines.length); i++) {
    const line = lines[i] ?? '';
    const m = /(?:^|\s)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s|$)/.exec(line);
    if (m && line.length < 120) {
      date = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
      bodyStart = offset + line.length + 1;
      break;
    }
    offset += line.length + 1;
  }
  return documentForTest(id, text, date, bodyStart);
}

function load(id: string, dir = corpusDir): ParsedDocument {
  return roughDocument(id, readFileSync(join(dir, `${id}.txt`), 'utf8').replace(/^\uFEFF/, ''));
}

function expectExactSpans(doc: ParsedDocument): void {
  for (const d of findDates(doc, [])) {
    expect(doc.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
    expect(d.span.start).toBeGreaterThanOrEqual(doc.header.bodyStart);
    for (const part of d.value.split('/')) expect(part).toMatch(ISO_PART);
  }
  for (const q of findQuantities(doc, [])) {
    expect(doc.text.slice(q.span.start, q.span.end)).toBe(q.span.text);
    expect(q.span.start).toBeGreaterThanOrEqual(doc.header.bodyStart);
    expect(Number.isFinite(q.value)).toBe(true);
  }
}

type GoldItems = {
  dates: { value: string }[];
  quantities: { value: number; unit: string; role: string | null }[];
};

const quantityKey = (q: { value: number; unit: string; role: string | null }) =>
  `${q.value}|${q.unit}|${q.role}`;

describe('dates and quantities over the repository corpus', () => {
  const dir = join(repo, 'corpus');
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));

  it('has texts', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('%s: every span is exact and the gold dates and quantities are found', (id) => {
    const doc = load(id, dir);
    expectExactSpans(doc);
    const goldFile = join(dir, 'gold', `${id}.gold.json`);
    if (!existsSync(goldFile)) return;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldItems;
    expect(new Set(findDates(doc, []).map((d) => d.value))).toEqual(
      new Set(gold.dates.map((d) => d.value)),
    );
    expect(new Set(findQuantities(doc, []).map(quantityKey))).toEqual(
      new Set(gold.quantities.map(quantityKey)),
    );
  });
});

function f1(predicted: Set<string>, gold: Set<string>): { tp: number; p: number; g: number } {
  let tp = 0;
  for (const x of predicted) if (gold.has(x)) tp++;
  return { tp, p: predicted.size, g: gold.size };
}

function score(t: { tp: number; p: number; g: number }): number {
  const precision = t.p ? t.tp / t.p : 1;
  const recall = t.g ? t.tp / t.g : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

describe.skipIf(!haveShared)('dates and quantities over ../shared (skipped when absent)', () => {
  const ids = haveShared
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => f.slice(0, -4))
    : [];

  it.each(ids)('%s: every span is exact, in the body, and the values are well formed', (id) => {
    expectExactSpans(load(id));
  });

  it('is stable: the same document gives the same dates and quantities twice', () => {
    for (const id of ids) {
      expect(findDates(load(id), [])).toEqual(findDates(load(id), []));
      expect(findQuantities(load(id), [])).toEqual(findQuantities(load(id), []));
    }
  });

  it('reaches F1 >= 0.90 for dates and for quantities over the gold fixtures', () => {
    const dates = { tp: 0, p: 0, g: 0 };
    const quantities = { tp: 0, p: 0, g: 0 };
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as {
        doc: string;
        dates: { value: string }[];
        quantities: { value: number; unit: string; role: string | null }[];
      };
      const doc = load(gold.doc);
      const key = (q: { value: number; unit: string; role: string | null }) =>
        `${q.value}|${q.unit}|${q.role}`;
      const d = f1(
        new Set(findDates(doc, []).map((x) => x.value)),
        new Set(gold.dates.map((x) => x.value)),
      );
      const q = f1(new Set(findQuantities(doc, []).map(key)), new Set(gold.quantities.map(key)));
      for (const [acc, t] of [
        [dates, d],
        [quantities, q],
      ] as const) {
        acc.tp += t.tp;
        acc.p += t.p;
        acc.g += t.g;
      }
    }
    expect(score(dates)).toBeGreaterThanOrEqual(0.9);
    expect(score(quantities)).toBeGreaterThanOrEqual(0.9);
  });
});
