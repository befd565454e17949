import { describe, expect, test } from 'vitest';
import {
  isDirective,
  normaliseAddressee,
  type PredictedStatementItem,
  type StatementItem,
  scoreStatements,
} from './score-statements';

const EP = 'european-parliament';

function gold(act: string, addressee: string | null, content: string, speaker = EP): StatementItem {
  return { act, speaker, addressee, content };
}

function pred(
  act: string,
  addressee: string | null,
  content: string,
  speaker = EP,
): PredictedStatementItem {
  return { act, speaker, addressee, content, start: 0, end: content.length };
}

describe('statement match: act, addressee, content', () => {
  test.each([
    // strict: equal after folding case, spaces and quotes
    [
      'strict: quotes, case and spaces folded',
      gold('call for', null, 'the Commission’s “plan”'),
      pred('call for', null, 'The  Commission\'s "plan"'),
      1,
      1,
    ],
    // "monitor developments closely" (3 tokens) vs "monitor developments in the country" (5):
    // 2 shared → F1 = 2·2/(3+5) = 0.5: lenient counts at exactly 0.5
    [
      'lenient: content F1 exactly 0.5',
      gold('want', 'High Representative', 'monitor developments closely'),
      pred('want', 'High Representative', 'monitor developments in the country'),
      0,
      1,
    ],
    // 6 tokens: F1 = 4/(3+6) = 0.444 < 0.5
    [
      'no match: content F1 4/9',
      gold('want', 'High Representative', 'monitor developments closely'),
      pred('want', 'High Representative', 'monitor developments in the whole country'),
      0,
      0,
    ],
    [
      'addressee "the Commission" = "Commission"',
      gold('call on', 'Commission', 'propose a framework'),
      pred('call on', 'the Commission', 'propose a framework'),
      1,
      1,
    ],
    [
      'addressee "The Commission" = "the commission"',
      gold('call on', 'the commission', 'propose a framework'),
      pred('call on', 'The Commission', 'propose a framework'),
      1,
      1,
    ],
    [
      'addressee Council ≠ Commission',
      gold('call on', 'Commission', 'propose a framework'),
      pred('call on', 'the Council', 'propose a framework'),
      0,
      0,
    ],
    [
      'addressee null ≠ "EEAS"',
      gold('call for', null, 'an independent investigation'),
      pred('call for', 'EEAS', 'an independent investigation'),
      0,
      0,
    ],
    [
      'act mismatch: urge ≠ call on',
      gold('call on', 'Kazakh authorities', 'make every effort'),
      pred('urge', 'Kazakh authorities', 'make every effort'),
      0,
      0,
    ],
  ])('%s', (_label, g, p, strictTp, lenientTp) => {
    const s = scoreStatements([p], [g]).statements;
    expect(s.strict.tp).toBe(strictTp);
    expect(s.lenient.tp).toBe(lenientTp);
  });
});

describe('normaliseAddressee', () => {
  test.each([
    ['the Commission', 'commission'],
    ['The  Kazakh\nauthorities', 'kazakh authorities'],
    ['Theodor Meron', 'theodor meron'],
    ['the Council and the Commission', 'council and the commission'],
  ])('%j → %j', (input, out) => {
    expect(normaliseAddressee(input)).toBe(out);
  });
});

describe('scoreStatements: one to one, greedily by content F1', () => {
  test('the better-matching gold statement takes the prediction, even when it comes second', () => {
    const golds = [
      gold('call for', null, 'offer assistance'),
      gold('call for', null, 'offer assistance to the victims'),
    ];
    const p = pred('call for', null, 'offer assistance to victims');
    // F1 with gold 0: 2·2/(2+4) = 0.667; with gold 1: 2·4/(5+4) = 0.889 → gold 1 wins
    const s = scoreStatements([p], golds).statements;
    expect(s.partial.map((m) => m.gold)).toEqual([golds[1]]);
    expect(s.partial[0]!.contentF1).toBe(0.8889);
    expect(s.missed).toEqual([golds[0]]);
    // lenient: tp 1, fp 0, fn 1 → P 1, R 1/2, F1 2/3
    expect(s.lenient).toEqual({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 0.6667 });
    // strict: nothing equal: tp 0, fp 1, fn 2
    expect(s.strict).toEqual({ tp: 0, fp: 1, fn: 2, precision: 0, recall: 0, f1: 0 });
  });

  test('a strict pair is taken before a lenient one of the same prediction', () => {
    const golds = [
      gold('call on', 'EEAS', 'support Kazakhstan in tackling these issues'),
      gold('call on', 'EEAS', 'support Kazakhstan'),
    ];
    const s = scoreStatements(
      [pred('call on', 'the EEAS', 'support Kazakhstan')],
      golds,
    ).statements;
    // gold 0 would match leniently (F1 2·2/(6+2) = 0.5) but gold 1 is strict and goes first
    expect(s.strict.tp).toBe(1);
    expect(s.lenient.tp).toBe(1);
    expect(s.missed).toEqual([golds[0]]);
  });
});

describe('scoreStatements: directives alone and speaker share', () => {
  // gold: 2 directives (call on, urge), 1 expressive (condemn), 1 other:propose (not a directive)
  const golds = [
    gold('call on', 'EEAS', 'report back to Parliament'),
    gold('urge', 'Kazakh authorities', 'make every effort to improve the human rights situation'),
    gold('condemn', null, 'the violent crackdown by the police against demonstrators'),
    gold('other:propose', null, 'a new regulation', 'european-commission'),
  ];
  const preds = [
    // strict match, right speaker
    pred('call on', 'the EEAS', 'report back to Parliament'),
    // lenient match (3 of 9 tokens: F1 = 2·3/(9+3) = 0.5, the boundary), wrong speaker
    pred('urge', 'the Kazakh authorities', 'make every effort', 'kazakhstan'),
    // strict match, right speaker
    pred('condemn', null, 'the violent crackdown by the police against demonstrators'),
    // spurious directive
    pred('call for', null, 'an investigation'),
  ];
  const s = scoreStatements(preds, golds);

  test('all statements: strict 2, lenient 3', () => {
    // strict: tp 2, fp 2, fn 2 → P 1/2, R 1/2, F1 1/2
    expect(s.statements.strict).toEqual({
      tp: 2,
      fp: 2,
      fn: 2,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    // lenient: tp 3, fp 1, fn 1 → P 3/4, R 3/4, F1 6/8
    expect(s.statements.lenient).toEqual({
      tp: 3,
      fp: 1,
      fn: 1,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
    });
  });

  test('directives: 3 predicted (call on, urge, call for), 2 in gold', () => {
    // strict: tp 1 (call on), fp 2, fn 1 → P 1/3, R 1/2, F1 2/(2+2+1) = 0.4
    expect(s.directives.strict).toEqual({
      tp: 1,
      fp: 2,
      fn: 1,
      precision: 0.3333,
      recall: 0.5,
      f1: 0.4,
    });
    // lenient: tp 2, fp 1, fn 0 → P 2/3, R 1, F1 4/(4+1) = 0.8
    expect(s.directives.lenient).toEqual({
      tp: 2,
      fp: 1,
      fn: 0,
      precision: 0.6667,
      recall: 1,
      f1: 0.8,
    });
  });

  test('speaker: right in 2 of the 3 lenient matches', () => {
    expect(s.speaker).toMatchObject({ matched: 3, same: 2, share: 0.6667 });
    expect(s.speaker.mismatches.map((m) => m.predicted.speaker)).toEqual(['kazakhstan']);
  });

  test('unmatched items are listed both ways', () => {
    expect(s.statements.missed).toEqual([golds[3]]);
    expect(s.statements.spurious).toEqual([preds[3]]);
    expect(s.statements.partial.map((p) => p.contentF1)).toEqual([0.5]);
  });

  test('no match at all: speaker share is null, not 0', () => {
    expect(scoreStatements([], golds).speaker).toMatchObject({ matched: 0, share: null });
  });
});

describe('isDirective follows the act table', () => {
  test.each([
    ['call on', true],
    ['want', true],
    ['condemn', false],
    ['believe', false],
    ['other:propose', false],
  ])('%s → %s', (act, directive) => {
    expect(isDirective(act)).toBe(directive);
  });
});
