import { describe, expect, test } from 'vitest';
import { findTallies, parseVote } from './parse-vote';

const v = (f: number, a: number, ab: number) => ({ for: f, against: a, abstentions: ab });

describe('parseVote: the phrasings of EP summaries and press releases', () => {
  test.each([
    [
      'The European Parliament adopted by 512 votes to 23, with 61 abstentions, a resolution on Belarus.',
      v(512, 23, 61),
    ],
    ['The resolution was adopted by 513 to 18, with 87 abstentions.', v(513, 18, 87)],
    [
      'In the resolution, adopted with 455 votes to 85 and 105 abstentions, they reiterate their full support.',
      v(455, 85, 105),
    ],
    [
      'The temporary rules were adopted with 680 votes in favour (3 against, 4 abstentions).',
      v(680, 3, 4),
    ],
    ['The resolution was adopted by 600 votes to 2, with 1 abstention.', v(600, 2, 1)],
    [
      'The text was adopted by 420 votes in favour, 120 against and 30 abstentions.',
      v(420, 120, 30),
    ],
    [
      'The text was adopted by 400 votes in favour, 63 against with 81 abstentions.',
      v(400, 63, 81),
    ],
    ['The resolution was adopted by 650 votes to 2 with no abstentions.', v(650, 2, 0)],
    [
      'The resolution was adopted with 447 votes for, 31 against and 38 abstentions.',
      v(447, 31, 38),
    ],
    [
      'The report was approved with 496 votes in favour to 95 against, with 31 abstentions.',
      v(496, 95, 31),
    ],
    [
      'The resolution (560 in favour, 50 against, 70 abstentions) calls on the Commission.',
      v(560, 50, 70),
    ],
    ['Parliament endorsed the agreement by 521 votes to 73.', v(521, 73, 0)],
    ['The text was adopted by 536\u00A0votes to 61, with\u00A025 abstentions.', v(536, 61, 25)],
    ['The text was adopted by 536 votes to 61,\r\nwith 25 abstentions.', v(536, 61, 25)],
    [
      'Parliament approved the proposal with one abstention, by 500 votes to 3 with one abstention.',
      v(500, 3, 1),
    ],
    [
      'The text passed with 470 votes in favour, 86 votes against and 77 abstentions.',
      v(470, 86, 77),
    ],
    ['400 MEPs voted in favour, 63 against and 81 abstained.', v(400, 63, 81)],
    [
      'Following the report of the Committee on Foreign Affairs, Parliament adopted the resolution by 500 votes to 50, with 20 abstentions.',
      v(500, 50, 20),
    ],
    [
      'On the committee’s report, MEPs voted 400 votes to 100 with 10 abstentions.',
      v(400, 100, 10),
    ],
    ['371 MEPs voted in favour, 247 voted against and 64 abstained.', v(371, 247, 64)],
    [
      'The resolution was adopted by 580 votes in favour to 22 against with 49 abstentions.',
      v(580, 22, 49),
    ],
  ])('%s', (text, vote) => {
    expect(parseVote(text)).toEqual(vote);
  });

  test.each([
    ['no tally', 'The European Parliament adopted a resolution on Kazakhstan.'],
    ['a show of hands', 'The resolution was adopted by a show of hands.'],
    ['people, not votes', 'On 16 December 2011, 17 people died and 110 others were injured.'],
    ['a range', 'The share rose from 10 to 20 per cent between 2014 to 2020.'],
    ['years', 'It covers 2021 to 2027.'],
    [
      'in favour of something',
      'Members want the EU to reconsider this policy in favour of sustainable development.',
    ],
    [
      'a committee vote',
      'The Committee on Development adopted the report by 20 votes to 3, with 2 abstentions.',
    ],
    [
      'a committee vote named by its committee',
      'The Committee on Foreign Affairs adopted its report on Belarus by 50 votes to 2, with 3 abstentions.',
    ],
    [
      'an amendment vote alone',
      'Amendment 12 was rejected by 300 votes to 250, with 40 abstentions.',
    ],
    ['votes counted against nothing', 'It received 300 votes in favour.'],
    ['a number too long to be a tally', 'Reference 123456 votes to 12 with 3 abstentions.'],
    ['a decimal', 'Growth was 3.4 to 5 per cent.'],
    ['a number too long to be a tally', 'Reference 123456 votes to 12 with 3 abstentions.'],
    ['a decimal', 'Growth was 3.4 to 5 per cent.'],
  ])('%s: null', (_label, text) => {
    expect(parseVote(text)).toBeNull();
  });
});

describe('parseVote: several tallies', () => {
  test('a press release on several votes: the first one stated', () => {
    const text =
      '- Basic air connectivity: the temporary rules were adopted with 680 votes in favour (3 against, 4 abstentions).\n' +
      '- Basic road connectivity: the temporary rules were adopted with 680 votes in favour (4 against, 3 abstentions).\n' +
      'MEPs also approved the proposal by 677 votes in favour, 4 against and 6 abstentions.';
    expect(parseVote(text)).toEqual(v(680, 3, 4));
    expect(findTallies(text).map((t) => [t.for, t.against, t.abstentions])).toEqual([
      [680, 3, 4],
      [680, 4, 3],
      [677, 4, 6],
    ]);
  });

  test('an amendment vote before the text’s own tally: the text’s', () => {
    const text =
      'Amendment 3 was rejected by 300 votes to 250, with 40 abstentions. The resolution as a whole was adopted by 500 votes to 50, with 30 abstentions.';
    expect(parseVote(text)).toEqual(v(500, 50, 30));
  });

  test('tallies before `from` are not read', () => {
    const text =
      'Header by 10 votes to 2. The resolution was adopted by 500 votes to 50, with 30 abstentions.';
    expect(parseVote(text, 24)).toEqual(v(500, 50, 30));
  });

  test('a tally’s offsets cover its words', () => {
    const text = 'It was adopted by 512 votes to 23, with 61 abstentions, today.';
    const [t] = findTallies(text);
    expect(text.slice(t!.index, t!.end)).toBe('512 votes to 23, with 61 abstentions');
  });
});
