import type { EntityType } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { type EntityItem, entityItems, scoreEntities } from './score-entities';
import { makeRecord } from './test-support';

const e = (type: EntityType, text: string): EntityItem => ({ type, text });

describe('scoreEntities: lenient match needs half of the longer text tokens', () => {
  test.each([
    // "Kazakh authorities" (2 tokens) vs "authorities" (1): 1 shared, 2·1 ≥ 2: exactly half, matches
    ['authority', 'Kazakh authorities', 'authorities', true],
    // "Partnership and Cooperation Agreement" (4) vs "Cooperation Agreement" (2): 2 shared, 2·2 ≥ 4
    ['legal_act', 'Partnership and Cooperation Agreement', 'Cooperation Agreement', true],
    // 1 of 4 tokens: below half
    ['legal_act', 'Partnership and Cooperation Agreement', 'Agreement', false],
    // "OSCE Representative on Freedom of the Media" has 7 tokens, "Representative" shares 1: 2 < 7
    ['role', 'OSCE Representative on Freedom of the Media', 'Representative', false],
    // 6 of 7 tokens shared (only "OSCE" is left out): 2·6 ≥ 7, matches
    [
      'role',
      'OSCE Representative on Freedom of the Media',
      'Representative on Freedom of the Media',
      true,
    ],
    // case-insensitive
    ['organization', 'OSCE Permanent Council', 'osce permanent council', true],
    // "OSCE/ODHIR" = osce, /, odhir; "ODHIR" shares 1 of 3: no
    ['organization', 'OSCE/ODHIR', 'ODHIR', false],
  ] as const)('%s: gold "%s" vs predicted "%s" → %s', (type, gold, predicted, matches) => {
    const s = scoreEntities([e(type, predicted)], [e(type, gold)]);
    expect(s.lenient.tp).toBe(matches ? 1 : 0);
    // no pair is equal as written (strict compares case too)
    expect(s.strict.tp).toBe(0);
  });

  test('a different type never matches, even with the same text', () => {
    const s = scoreEntities([e('organization', 'Council')], [e('institution', 'Council')]);
    expect(s.lenient).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoreEntities: strict vs lenient figures', () => {
  test('three boundary-trimmed predictions: strict 0, lenient 2/3', () => {
    const gold = [
      e('role', 'OSCE Representative on Freedom of the Media'),
      e('authority', 'Kazakh authorities'),
      e('legal_act', 'Partnership and Cooperation Agreement'),
    ];
    const predicted = [
      e('role', 'Representative'),
      e('authority', 'authorities'),
      e('legal_act', 'Cooperation Agreement'),
    ];
    const s = scoreEntities(predicted, gold);
    // strict: no pair equal: tp 0, fp 3, fn 3 → P = R = F1 = 0
    expect(s.strict).toEqual({ tp: 0, fp: 3, fn: 3, precision: 0, recall: 0, f1: 0 });
    // lenient: authority and legal_act match (exactly half), the role does not (1 of 7)
    // tp 2, fp 1, fn 1 → P = 2/3, R = 2/3, F1 = 4/(4+1+1) = 2/3
    expect(s.lenient).toEqual({
      tp: 2,
      fp: 1,
      fn: 1,
      precision: 0.6667,
      recall: 0.6667,
      f1: 0.6667,
    });
    expect(s.missed).toEqual([gold[0]]);
    expect(s.spurious).toEqual([predicted[0]]);
    expect(s.partial.map((p) => [p.gold.text, p.predicted.text, p.overlap])).toEqual([
      ['Kazakh authorities', 'authorities', 0.5],
      ['Partnership and Cooperation Agreement', 'Cooperation Agreement', 0.5],
    ]);
  });
});

describe('scoreEntities: greedy one to one', () => {
  test('strict pairs are taken first: "Parliament" is not spent on "European Parliament"', () => {
    const gold = [e('institution', 'European Parliament'), e('institution', 'Parliament')];
    const predicted = [e('institution', 'Parliament'), e('institution', 'the European Parliament')];
    const s = scoreEntities(predicted, gold);
    // strict: "Parliament" only: tp 1, fp 1, fn 1 → 1/2 each
    expect(s.strict).toMatchObject({ tp: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    // lenient: + "European Parliament" ~ "the European Parliament" (2 of 3 shared): tp 2 → 1
    expect(s.lenient).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
  });

  test('one prediction serves one gold item: "authorities" matches the first, the second is missed', () => {
    const gold = [e('authority', 'Kazakh authorities'), e('authority', 'Belarusian authorities')];
    const s = scoreEntities([e('authority', 'authorities')], gold);
    // tp 1, fp 0, fn 1 → P = 1, R = 1/2, F1 = 2/(2+0+1) = 2/3
    expect(s.lenient).toEqual({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 0.6667 });
    expect(s.missed).toEqual([gold[1]]);
  });

  test('the closer prediction wins: 2/3 overlap before 1/2', () => {
    const predicted = [e('authority', 'authorities'), e('authority', 'the Kazakh authorities')];
    const s = scoreEntities(predicted, [e('authority', 'Kazakh authorities')]);
    expect(s.partial.map((p) => p.predicted.text)).toEqual(['the Kazakh authorities']);
    expect(s.spurious).toEqual([predicted[0]]);
  });

  test('duplicate predicted and gold pairs count once', () => {
    const s = scoreEntities(
      [e('country', 'Kazakhstan'), e('country', 'Kazakhstan')],
      [e('country', 'Kazakhstan'), e('country', 'Kazakhstan')],
    );
    expect(s.strict).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  test('empty both ways: every figure 1', () => {
    expect(scoreEntities([], []).lenient).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('entityItems: distinct (type, mention text) pairs of a record', () => {
  test('repeated mentions and the same text in two entities count once; types stay apart', () => {
    const record = makeRecord({
      entities: [
        ['institution', 'European Parliament', 'Parliament', 'Parliament'],
        ['institution', 'Parliament'],
        ['country', 'Kazakhstan'],
        ['location', 'Kazakhstan'],
      ],
    });
    expect(entityItems(record)).toEqual([
      e('institution', 'European Parliament'),
      e('institution', 'Parliament'),
      e('country', 'Kazakhstan'),
      e('location', 'Kazakhstan'),
    ]);
  });
});
