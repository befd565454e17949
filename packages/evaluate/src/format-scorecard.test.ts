import { describe, expect, test } from 'vitest';
import { formatScorecard } from './format-scorecard';
import { scoreCorpus } from './score-corpus';
import { scorecardFigures } from './scorecard-figures';
import { makeGold, makeRecord } from './test-support';

const record = makeRecord({
  doc: '2012-2553-RSP',
  title: 'Resolution on Kazakhstan',
  vote: { for: 1, against: 2, abstentions: 3 },
  countries: ['KZ', 'RU'],
  entities: [
    ['authority', 'authorities'],
    ['institution', 'Council'],
  ],
  statements: [
    { act: 'call on', addressee: 'the EEAS', content: 'report back', speaker: 'eeas' },
    { act: 'condemn', content: 'the crackdown' },
  ],
});
const gold = makeGold({
  doc: '2012-2553-RSP',
  title: 'Resolution on Kazakhstan',
  vote: null,
  countries: ['KZ'],
  entities: [
    { type: 'authority', text: 'Kazakh authorities' },
    { type: 'location', text: 'Zhanaozen' },
  ],
  statements: [
    {
      act: 'call on',
      speaker: 'european-parliament',
      addressee: 'EEAS',
      content: 'report back to Parliament',
    },
    {
      act: 'urge',
      speaker: 'european-parliament',
      addressee: 'Kazakh authorities',
      content: 'make every effort',
    },
  ],
});
const card = scoreCorpus([
  { record, gold },
  { record: null, gold: makeGold({ doc: 'B9-0220-2020', countries: ['FR'] }) },
]);

describe('formatScorecard', () => {
  const text = formatScorecard(card);

  test('names the documents, the missing one, and the fields as rows', () => {
    expect(text).toMatch(/^Scorecard: 2 documents with gold \(1 missing: B9-0220-2020\)/);
    for (const row of ['title', 'vote', 'countries', 'entities', 'statements', 'directives']) {
      expect(text).toMatch(new RegExp(`^${row} `, 'm'));
    }
    expect(text).toMatch(/^B9-0220-2020 \(missing\) /m);
  });

  test('a line over the field table names the strict and lenient column groups', () => {
    expect(text).toMatch(
      /^ +strict +\| {2}lenient\nfield +P +R +F1 +tp\/fp\/fn +\| +P +R +F1 +tp\/fp\/fn$/m,
    );
  });

  test('the countries row shows micro P/R/F1 and counts', () => {
    // 2012-2553-RSP: tp 1 (KZ), fp 1 (RU); B9-0220-2020 missing: fn 1 (FR)
    // P 1/2, R 1/2, F1 2/(2+1+1) = 0.5
    expect(text).toMatch(/^countries +0\.500 +0\.500 +0\.500 +1\/1\/1/m);
  });

  test('the header table gives right/scored and the share', () => {
    expect(text).toMatch(/^title +1\/1 +1\.000$/m);
    expect(text).toMatch(/^procedure +- +-$/m);
  });

  test('without details no item is listed; with details every unmatched item is', () => {
    expect(text).not.toContain('Zhanaozen');
    const details = formatScorecard(card, { details: true });
    expect(details).toContain('header vote: predicted 1/2/3, gold null');
    expect(details).toContain('countries spurious: RU');
    expect(details).toContain('entity missed: location "Zhanaozen"');
    expect(details).toContain('entity spurious: institution "Council"');
    expect(details).toContain(
      'entity partial: gold authority "Kazakh authorities" ~ predicted "authorities" (0.500)',
    );
    expect(details).toContain(
      'statement missed: urge -> "Kazakh authorities" [european-parliament]: "make every effort"',
    );
    expect(details).toContain('statement spurious: @');
    expect(details).toContain('statement partial (content F1 0.667)');
    expect(details).toContain('speaker wrong: predicted eeas, gold european-parliament');
    expect(details).toContain('B9-0220-2020 (missing: no record)');
    expect(details).toContain('countries missed: FR');
  });
});

describe('scorecardFigures: a flat view for the regression baseline', () => {
  const figures = scorecardFigures(card);

  test('totals and documents under flat keys', () => {
    expect(figures).toMatchObject({
      'total.header.title': 1,
      'total.header.vote': 0,
      'total.countries.f1': 0.5,
      'doc/2012-2553-RSP.header.vote': 0,
      'doc/2012-2553-RSP.header.title': 1,
      'doc/2012-2553-RSP.countries.precision': 0.5,
      'doc/2012-2553-RSP.entities.strict.f1': 0,
      'doc/2012-2553-RSP.entities.lenient.f1': 0.5,
      // statements lenient: tp 1 (call on, F1 2·2/(4+2) = 0.667), fp 1, fn 1 → 0.5
      'doc/2012-2553-RSP.statements.lenient.f1': 0.5,
      'doc/2012-2553-RSP.speaker.share': 0,
      'doc/B9-0220-2020.countries.recall': 0,
    });
  });

  test('fields not scored have no key', () => {
    expect(
      Object.keys(figures).filter((k) => k.includes('dates') || k.includes('procedure')),
    ).toEqual([]);
    expect(figures['doc/B9-0220-2020.speaker.share']).toBeUndefined();
  });

  test('every value is a number between 0 and 1', () => {
    for (const v of Object.values(figures)) expect(v >= 0 && v <= 1).toBe(true);
  });
});
