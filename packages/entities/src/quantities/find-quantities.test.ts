import type { Quantity } from '@hemicycle/schema';
import { describe, expect, it } from 'vitest';
import { docForTest } from '../doc-for-test';
import { findQuantities } from './find-quantities';

type Row = [
  value: number,
  unit: Quantity['unit'],
  role: Quantity['role'],
  qualifier: Quantity['qualifier'],
  span: string,
];

function run(input: string): Row[] {
  const doc = docForTest(input);
  return findQuantities(doc, []).map((q) => {
    expect(doc.text.slice(q.span.start, q.span.end)).toBe(q.span.text);
    return [q.value, q.unit, q.role, q.qualifier, q.span.text];
  });
}

const found: [input: string, expected: Row[]][] = [
  [
    'the events in the Zhanaozen district of Kazakhstan, when 17 people died and 110 others were injured, after more than 3000 people rallied peacefully on the main square',
    [
      [17, 'person', 'killed', null, '17 people'],
      [110, 'person', 'injured', null, '110 others'],
      [3000, 'person', 'participants', 'more than', '3000 people'],
    ],
  ],
  [
    'Humanitarian and migration crisis More than 7 million people in Venezuela are in need of humanitarian assistance, 94 % of the population lives below the poverty line',
    [
      [7000000, 'person', null, 'more than', '7 million people'],
      [94, 'percent', null, null, '94 %'],
    ],
  ],
  [
    'In Bujumbura, two opposition leaders were killed on 23 May and 14 journalists were detained.',
    [
      [2, 'person', 'killed', null, 'two opposition leaders'],
      [14, 'person', 'detained', null, '14 journalists'],
    ],
  ],
  [
    'more than 3.4 million Venezuelans have had to flee the country.',
    [[3400000, 'person', 'displaced', 'more than', '3.4 million Venezuelans']],
  ],
  [
    'around 15 000 children were out of school',
    [[15000, 'child', null, 'about', '15 000 children']],
  ],
  [
    'around 15\u00a0000 children were out of school',
    [[15000, 'child', null, 'about', '15\u00a0000 children']],
  ],
  [
    'The standing corps should have a capacity of 10 000 operational staff by 2027, and 250 election observers were deployed.',
    [
      [10000, 'person', null, null, '10 000 operational staff'],
      [250, 'person', null, null, '250 election observers'],
    ],
  ],
  [
    'Almost 8.1 million Sudanese have been displaced and 300 Sudanese were killed; five Japanese companies left.',
    [
      [8100000, 'person', 'displaced', 'about', '8.1 million Sudanese'],
      [300, 'person', 'killed', null, '300 Sudanese'],
      [5, 'other', null, null, 'five Japanese companies'],
    ],
  ],
  ['In total, 2 431 returned to their homes.', [[2431, 'person', 'returned', null, '2 431']]],
  [
    'Security forces arrested 15.000 protesters.',
    [[15000, 'person', 'detained', null, '15.000 protesters']],
  ],
  ['some 3,000 people were detained', [[3000, 'person', 'detained', 'about', '3,000 people']]],
  [
    'The EU will provide EUR 1.5 billion in aid.',
    [[1500000000, 'EUR', null, null, 'EUR 1.5 billion']],
  ],
  ['a package of € 3 million', [[3000000, 'EUR', null, null, '€ 3 million']]],
  ['a fund of EUR 20m for the region', [[20000000, 'EUR', null, null, 'EUR 20m']]],
  [
    'Seventy four acute poisonings have been reported.',
    [[74, 'other', null, null, 'Seventy four acute poisonings']],
  ],
  ['pledged USD 20 million to the fund', [[20000000, 'USD', null, null, 'USD 20 million']]],
  [
    'The estimated total costs are EUR 9 410 607, comprising expenditure for personalised services',
    [[9410607, 'EUR', null, null, 'EUR 9 410 607']],
  ],
  [
    'They observe, however, that 70% of people whose income is below the poverty threshold live in middle-income countries',
    [[70, 'percent', null, null, '70%']],
  ],
  [
    'since 82 % of people with disabilities in developing countries live below the poverty line;',
    [[82, 'percent', null, null, '82 %']],
  ],
  [
    'to allocate at least 20 per cent of EU aid',
    [[20, 'percent', null, 'at least', '20 per cent']],
  ],
  ['Gender: Men: 2 145 (89,5 %)', [[89.5, 'percent', null, null, '89,5 %']]],
  [
    'The resolution was adopted by 512 votes to 23, with 61 abstentions.',
    [
      [512, 'vote', 'for', null, '512 votes'],
      [23, 'vote', 'against', null, '23'],
      [61, 'vote', 'abstentions', null, '61 abstentions'],
    ],
  ],
  [
    'the temporary rules were adopted with 680 votes in favour (3 against, 4 abstentions).',
    [
      [680, 'vote', 'for', null, '680 votes in favour'],
      [3, 'vote', 'against', null, '3 against'],
      [4, 'vote', 'abstentions', null, '4 abstentions'],
    ],
  ],
  [
    'In the resolution, adopted with 455 votes to 85 and 105 abstentions, they reiterate their full support',
    [
      [455, 'vote', 'for', null, '455 votes'],
      [85, 'vote', 'against', null, '85'],
      [105, 'vote', 'abstentions', null, '105 abstentions'],
    ],
  ],
  [
    'The text was adopted by 400 votes in favour, 63 against with 81 abstentions.',
    [
      [400, 'vote', 'for', null, '400 votes in favour'],
      [63, 'vote', 'against', null, '63 against'],
      [81, 'vote', 'abstentions', null, '81 abstentions'],
    ],
  ],
  [
    'emphasises the need to strengthen the political dialogue, particularly among the three EU institutions',
    [[3, 'other', null, null, 'three EU institutions']],
  ],
  [
    'the concentration of EU activities in each country on a maximum of three sectors;',
    [[3, 'other', null, 'up to', 'three sectors']],
  ],
  [
    'The report goes on to recall the need for a consistent approach by the 28 actors that have already been united',
    [[28, 'other', null, null, '28 actors']],
  ],
  [
    'acting by a majority of three-fifths of the votes cast, representing at least three political groups',
    [[3, 'other', null, 'at least', 'three political groups']],
  ],
  ['In Zhanaozen 17 people died.', [[17, 'person', 'killed', null, '17 people']]],
  [
    'whereas at least 1 500 people have been killed and more than 6 000 injured since April 2019;',
    [
      [1500, 'person', 'killed', 'at least', '1 500 people'],
      [6000, 'person', 'injured', 'more than', '6 000 injured'],
    ],
  ],
  [
    'whereas 2 journalists and 3 activists were abducted on 5 May;',
    [
      [2, 'person', 'detained', null, '2 journalists'],
      [3, 'person', 'detained', null, '3 activists'],
    ],
  ],
  ['whereas 200 people held a rally in the capital;', [[200, 'person', null, null, '200 people']]],
  [
    'whereas there have been over 1 000 arrests and 12 executions since January;',
    [
      [1000, 'person', 'detained', 'more than', '1 000 arrests'],
      [12, 'person', 'killed', null, '12 executions'],
    ],
  ],
  [
    'whereas security forces opened fire, killing at least 17 people and injuring 110;',
    [
      [17, 'person', 'killed', 'at least', '17 people'],
      [110, 'person', 'injured', null, '110'],
    ],
  ],
  [
    'whereas more than 2 000 people, including 300 minors, have been detained since 9 August 2020;',
    [
      [2000, 'person', 'detained', 'more than', '2 000 people'],
      [300, 'child', 'detained', null, '300 minors'],
    ],
  ],
  [
    'whereas over 50 journalists were arrested, 12 of whom remain in detention;',
    [
      [50, 'person', 'detained', 'more than', '50 journalists'],
      [12, 'person', 'detained', null, '12'],
    ],
  ],
  [
    'whereas 17 people died, and 110 were injured;',
    [
      [17, 'person', 'killed', null, '17 people'],
      [110, 'person', 'injured', null, '110'],
    ],
  ],
  [
    'whereas 35 people are held in detention without trial;',
    [[35, 'person', 'detained', null, '35 people']],
  ],
  [
    'whereas the death toll has risen to over 200;',
    [[200, 'person', 'killed', 'more than', '200']],
  ],
  [
    'whereas there are an estimated 100 000 political prisoners in North Korea;',
    [[100000, 'person', 'detained', 'about', '100 000 political prisoners']],
  ],
  ['of whom 20 were arrested by the police', [[20, 'person', 'detained', null, '20']]],
  ['The death toll of 300 is expected to rise.', [[300, 'person', 'killed', null, '300']]],
  [
    'Two deaths associated with this substance have been reported.',
    [[2, 'person', 'killed', null, 'Two deaths']],
  ],
  [
    'which employs fewer than 10 persons and has an annual turnover that does not exceed EUR 2 million;',
    [
      [10, 'person', null, 'less than', '10 persons'],
      [2000000, 'EUR', null, null, 'EUR 2 million'],
    ],
  ],
];

const notFound: [input: string, why: string][] = [
  [
    'The EU has already done much to help reduce poverty, and is not simply the 28th European donor.',
    'ordinal',
  ],
  ['the new DCI and the 11th EDF currently under discussion', 'ordinal'],
  ['the seventeenth Conference of the Parties to the Basel Convention', 'ordinal word'],
  [
    'implement Article 32 of the UN Convention on the Rights of Persons with Disabilities',
    'article',
  ],
  ['having regard to Articles 4, 6, 9, 114, 153, 169 and 191 of the Treaty', 'article list'],
  ['pursuant to Rule 132(2) of the Rules of Procedure', 'rule number'],
  ['[3] OJ L 88, 4.4.2011, p. 45.', 'OJ reference, date, page'],
  ['Regulation (EC) No 1137/2008 and Decision 1999/468/EC', 'document numbers'],
  ['COM(2025) 1 final and 2012/2553(RSP) and B9-0220/2020', 'document references'],
  ['1. Believes that the time has come to strengthen public health competences', 'list marker'],
  ['1) Human rights, democracy, and other key elements of good governance', 'list marker'],
  ['the 10-year market exclusivity clause', 'duration adjective'],
  ['the temporary rules continue for a maximum of six months', 'duration'],
  ['the specialised training shall be completed within the first six months', 'duration'],
  ['a pipeline of 300 km crossing 20 000 tonnes of waste', 'measurements'],
  ['a population density of 50 inhabitants per km²', 'required density'],
  ['In the resolution of 16 December 2011 and in 2005 as well as by 2030', 'dates and years'],
  ['Horizon 2020 projects and the EU-2020 Strategy', 'names with years'],
  ['Protocol on Narcotic Drugs (‘the 1961 Convention’) 1 aims to limit', 'footnote call'],
  ['leaving one in ten working-age residents unemployed', 'ratio'],
  ['whereas 9 out of 10 citizens support the measure;', 'ratio with out of'],
  [
    'B. whereas the WHO manifesto for a healthy and green COVID-19 recovery sets out six prescriptions for a healthy and green recovery:',
    'parts of a text',
  ],
  ['AMENDMENTS 1 - 119 (PE-491.146)', 'amendment numbers'],
  ['One of the Members asked for a vote.', 'one alone'],
  ['majority of two-thirds of the votes cast', 'fraction'],
  ['Conference of Presidents at 17:10', 'time'],
  [
    'Amendment: - having regard to the conclusions 1,\nFootnote: 4 Texts adopted, P7_TA(2010)0241.',
    'footnote',
  ],
  ['the supervision of a Tier 2 CCP infringes the rules', 'name with a number'],
  [
    '– having regard to Council Regulation (EU) 2020/2093 setting a ceiling of EUR 1 074 billion,',
    'amount in a citation',
  ],
];

describe('findQuantities: numbers EP texts state about the world', () => {
  it.each(found)('%s', (input, expected) => {
    expect(run(input)).toEqual(expected);
  });
});

describe('findQuantities: numbers that are not quantities', () => {
  it.each(notFound)('%s (%s)', (input) => {
    expect(run(input)).toEqual([]);
  });
});

describe('findQuantities: hostile input', () => {
  it('finds nothing in an empty body, or where bodyStart is past the end', () => {
    expect(findQuantities(docForTest(''), [])).toEqual([]);
    const doc = docForTest('17 people died');
    expect(findQuantities({ ...doc, header: { ...doc.header, bodyStart: 10_000 } }, [])).toEqual(
      [],
    );
  });

  // Hang guards: the test timeout fails a super-linear blow-up; speed is the benchmark's.
  it('reads a megabyte of digits in bounded time', { timeout: 20_000 }, () => {
    const doc = docForTest('1'.repeat(1_000_000));
    expect(findQuantities(doc, [])).toEqual([]);
  });

  it('reads a megabyte of digit groups and words without spaces in bounded time', {
    timeout: 20_000,
  }, () => {
    const doc = docForTest(`${'1 000 '.repeat(100_000)}${'x'.repeat(1_000_000)}`);
    expect(() => findQuantities(doc, [])).not.toThrow();
  });
});
