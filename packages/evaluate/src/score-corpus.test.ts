import { describe, expect, test } from 'vitest';
import { pairRecordsWithGold, scoreCorpus } from './score-corpus';
import { scoreDocument } from './score-document';
import { makeGold, makeRecord } from './test-support';

// doc-a: gold {KZ}, predicted {KZ}: tp 1 → F1 1
// doc-b: gold {FR, DE, IT}, predicted {FR, ES}: tp 1, fp 1, fn 2 → P 1/2, R 1/3, F1 2/(2+1+2) = 0.4
// micro: tp 2, fp 1, fn 2 → P 2/3, R 2/4, F1 4/(4+1+2) = 4/7 = 0.5714
// macro (mean of the document F1s) would be (1 + 0.4)/2 = 0.7: the scorecard reports micro
const pairs = [
  {
    record: makeRecord({ doc: 'doc-a', countries: ['KZ'] }),
    gold: makeGold({ doc: 'doc-a', countries: ['KZ'] }),
  },
  {
    record: makeRecord({ doc: 'doc-b', countries: ['ES', 'FR'] }),
    gold: makeGold({ doc: 'doc-b', countries: ['FR', 'DE', 'IT'] }),
  },
];

describe('scoreCorpus: micro average', () => {
  const card = scoreCorpus(pairs);

  test('per document figures', () => {
    expect(card.documents.map((d) => d.countries?.f1)).toEqual([1, 0.4]);
  });

  test('totals sum the counts over documents (micro), which differs from the macro mean', () => {
    expect(card.total.countries).toEqual({
      tp: 2,
      fp: 1,
      fn: 2,
      precision: 0.6667,
      recall: 0.5,
      f1: 0.5714,
    });
    const macro =
      card.documents.reduce((s, d) => s + (d.countries?.f1 ?? 0), 0) / card.documents.length;
    expect(macro).toBeCloseTo(0.7, 10);
    expect(card.total.countries?.f1).not.toBeCloseTo(macro, 2);
  });

  test('fields no gold states are not scored (null), in documents and in totals', () => {
    expect(card.documents[0]!.dates).toBeNull();
    expect(card.total.dates).toBeNull();
    expect(card.total.header.title).toBeNull();
  });
});

describe('scoreCorpus: header shares over the documents whose gold states the field', () => {
  test('title right in 1 of 2 documents, vote stated by one gold only', () => {
    const card = scoreCorpus([
      {
        record: makeRecord({ doc: 'a', title: 'Resolution on Kazakhstan' }),
        gold: makeGold({ doc: 'a', title: 'Resolution on Kazakhstan', vote: null }),
      },
      {
        record: makeRecord({ doc: 'b', title: 'Resolution on Belarus' }),
        gold: makeGold({ doc: 'b', title: 'Resolution on Kazakhstan' }),
      },
    ]);
    expect(card.total.header.title).toEqual({ right: 1, scored: 2, share: 0.5 });
    expect(card.total.header.vote).toEqual({ right: 1, scored: 1, share: 1 });
  });
});

describe('a document with gold but no record is missing', () => {
  const gold = makeGold({
    doc: 'failed',
    title: 'Resolution on Kazakhstan',
    countries: ['KZ'],
    tabledBy: [],
    entities: [{ type: 'country', text: 'Kazakhstan' }],
    statements: [
      {
        act: 'call on',
        speaker: 'european-parliament',
        addressee: 'EEAS',
        content: 'report back to Parliament',
      },
    ],
  });

  test('every gold item is missed and every figure is 0, an empty gold set included', () => {
    const d = scoreDocument(null, gold);
    expect(d.missing).toBe(true);
    expect(d.header.title?.correct).toBe(false);
    expect(d.countries).toMatchObject({ tp: 0, fp: 0, fn: 1, f1: 0, missed: ['KZ'] });
    expect(d.tabledBy).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(d.entities?.missed).toEqual([{ type: 'country', text: 'Kazakhstan' }]);
    expect(d.statements?.lenient).toMatchObject({ fn: 1, f1: 0 });
    expect(d.directives?.strict).toMatchObject({ fn: 1, f1: 0 });
    expect(d.speaker).toMatchObject({ matched: 0, share: null });
  });

  test('pairRecordsWithGold: the failed document is paired with null, a record without gold is dropped', () => {
    const kept = makeRecord({ doc: 'ok', countries: ['KZ'] });
    const pairs = pairRecordsWithGold(
      [kept, makeRecord({ doc: 'no-gold' })],
      [gold, makeGold({ doc: 'ok', countries: ['KZ'] })],
    );
    expect(pairs.map((p) => [p.gold.doc, p.record?.doc ?? null])).toEqual([
      ['failed', null],
      ['ok', 'ok'],
    ]);
    const card = scoreCorpus(pairs);
    expect(card.missing).toEqual(['failed']);
    expect(card.scored).toBe(2);
    // countries: failed fn 1, ok tp 1 → P 1, R 1/2, F1 2/3
    expect(card.total.countries).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 0.5,
      f1: 0.6667,
    });
  });
});

describe('the scorecard is plain JSON with a stable shape', () => {
  const card = scoreCorpus([...pairs].reverse());

  test('documents are sorted by id whatever the input order', () => {
    expect(card.documents.map((d) => d.doc)).toEqual(['doc-a', 'doc-b']);
  });

  test('it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  test('keys come in a fixed order', () => {
    expect(Object.keys(card)).toEqual([
      'scorecardVersion',
      'scored',
      'missing',
      'total',
      'documents',
    ]);
    expect(Object.keys(card.total)).toEqual([
      'header',
      'tabledBy',
      'countries',
      'dates',
      'quantities',
      'entities',
      'statements',
      'directives',
      'speaker',
    ]);
    expect(Object.keys(card.documents[0]!)).toEqual([
      'doc',
      'missing',
      'header',
      'tabledBy',
      'countries',
      'dates',
      'quantities',
      'entities',
      'statements',
      'directives',
      'speaker',
    ]);
  });

  test('the same input gives the same JSON', () => {
    expect(JSON.stringify(scoreCorpus(pairs))).toBe(JSON.stringify(card));
  });
});
