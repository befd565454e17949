import { describe, expect, test } from 'vitest';
import { quantityKey, scoreSet } from './score-sets';

describe('scoreSet', () => {
  test('both sets empty: P = R = F1 = 1 by definition', () => {
    expect(scoreSet([], [])).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
      precision: 1,
      recall: 1,
      f1: 1,
      missed: [],
      spurious: [],
    });
  });

  test('nothing predicted against gold ["KZ"]: tp 0, fn 1, every figure 0', () => {
    expect(scoreSet([], ['KZ'])).toMatchObject({
      tp: 0,
      fp: 0,
      fn: 1,
      precision: 0,
      recall: 0,
      f1: 0,
      missed: ['KZ'],
    });
  });

  test('something predicted against an empty gold: fp 1, every figure 0', () => {
    expect(scoreSet(['KZ'], [])).toMatchObject({
      fp: 1,
      precision: 0,
      recall: 0,
      f1: 0,
      spurious: ['KZ'],
    });
  });

  test('duplicates count once on both sides', () => {
    // predicted {2011-12, 2012-01} (the repeated 2011-12 counts once), gold {2011-12, 2011-05}
    // tp 1 (2011-12), fp 1 (2012-01), fn 1 (2011-05): P = 1/2, R = 1/2, F1 = 2·1/(2·1+1+1) = 1/2
    const s = scoreSet(['2011-12', '2011-12', '2012-01'], ['2011-12', '2011-05', '2011-05']);
    expect(s).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      missed: ['2011-05'],
      spurious: ['2012-01'],
    });
  });

  test('tabledBy: 4 of 5 groups found, one wrong: P 4/5, R 4/5', () => {
    const s = scoreSet(
      ['EPP', 'ECR', 'ALDE', 'S&D', 'PES'],
      ['EPP', 'ECR', 'ALDE', 'S&D', 'Greens/EFA'],
    );
    // tp 4, fp 1, fn 1: P = 4/5, R = 4/5, F1 = 8/(8+1+1) = 0.8
    expect(s).toMatchObject({
      tp: 4,
      precision: 0.8,
      recall: 0.8,
      f1: 0.8,
      missed: ['Greens/EFA'],
      spurious: ['PES'],
    });
  });
});

describe('quantityKey: quantities compare by (value, unit, role)', () => {
  test.each([
    [{ value: 17, unit: 'person', role: 'killed' }, '17 person killed'],
    [{ value: 512, unit: 'vote', role: 'for' }, '512 vote for'],
    [{ value: 1.5, unit: 'EUR', role: null }, '1.5 EUR null'],
  ])('%o', (q, key) => {
    expect(quantityKey(q)).toBe(key);
  });

  test('17 killed and 17 injured are different items', () => {
    const s = scoreSet(
      [quantityKey({ value: 17, unit: 'person', role: 'injured' })],
      [quantityKey({ value: 17, unit: 'person', role: 'killed' })],
    );
    expect(s.tp).toBe(0);
  });
});
