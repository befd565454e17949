import { describe, expect, it } from 'vitest';
import { docForTest } from '../doc-for-test';
import { findDates } from './find-dates';

interface Case {
  input: string;
  /** Event date of the header (YYYY-MM-DD), for weekdays and years the text does not give. */
  header?: string | null;
  expected: [value: string, span: string][];
}

function run(c: Case): [string, string][] {
  const doc = docForTest(c.input, c.header === undefined ? '2012-03-15' : c.header);
  return findDates(doc, []).map((d) => {
    expect(doc.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
    return [d.value, d.span.text];
  });
}

const found: Case[] = [
  {
    input:
      'The report is due in Q3 2024 and the review in H1 2025. Q5 2024 is no quarter. In 2019, the plan started.',
    expected: [
      ['2024-07/2024-09', 'Q3 2024'],
      ['2025-01/2025-06', 'H1 2025'],
      ['2019', '2019'],
    ],
  },
  {
    input:
      'On Wednesday, MEPs approved the budget for 2025, after a deal in conciliation on 16 November. The Council approved it on 25 November; costs could reach EUR 30 billion a year from 2028. It will be signed on Thursday 28 November and enter into force on 1 January 2025.',
    header: '2024-11-27',
    expected: [
      ['2024-11-27', 'Wednesday'],
      ['2025', '2025'],
      // the spec's rule: no date before gives a year, the following one does
      ['2025-11-16', '16 November'],
      ['2025-11-25', '25 November'],
      ['2028', '2028'],
      // "Thursday" makes it 2024, whatever the text around it
      ['2024-11-28', '28 November'],
      ['2025-01-01', '1 January 2025'],
    ],
  },
  {
    input:
      'He was arrested upon his return to Moscow on Sunday 17 January, after his poisoning in August 2020. The trial of the activist opened on Monday 18 December.',
    header: '2021-01-21',
    expected: [
      ['2021-01-17', '17 January'],
      ['2020-08', 'August 2020'],
      ['2023-12-18', '18 December'],
    ],
  },
  {
    input:
      'Member States must appoint a coordinator by mid-2025; most victims identified since March were women.',
    header: '2022-12-19',
    expected: [
      ['2025', '2025'],
      ['2022-03', 'March'],
    ],
  },
  {
    input:
      'It expresses its deep concern and its condolences regarding the events that took place on 16 December 2011 in the Zhanaozen district of Kazakhstan',
    expected: [['2011-12-16', '16 December 2011']],
  },
  {
    input:
      'the events that took place on 16 December 2011, after more than 3000 people rallied in support of oil workers who had been on strike since May for higher wages.',
    expected: [
      ['2011-12-16', '16 December 2011'],
      ['2011-05', 'May'],
    ],
  },
  {
    input:
      'the main cause of the deepening popular discontent before the mid-December 2011 events.',
    expected: [['2011-12', 'mid-December 2011']],
  },
  {
    input:
      'Lastly, Parliament highlights the participation since January 2012 of official representatives of Kazakhstan',
    expected: [['2012-01', 'January 2012']],
  },
  {
    input: 'On Friday, Parliament adopted measures to ensure basic road and air connections.',
    header: '2020-12-18',
    expected: [['2020-12-18', 'Friday']],
  },
  {
    input:
      'In a resolution adopted on Thursday, Parliament refuses to recognise the self-proclaimed authorities',
    header: '2025-02-13',
    expected: [['2025-02-13', 'Thursday']],
  },
  {
    input: 'On Tuesday, MEPs debated the situation.',
    header: '2020-12-18',
    expected: [['2020-12-15', 'Tuesday']],
  },
  {
    input: 'in case there is no agreement on EU-UK future relations in place by 1 January 2021.',
    expected: [['2021-01-01', '1 January 2021']],
  },
  {
    input:
      'having regard to its resolution of 17 April 2020 on EU coordinated action to combat the COVID-19 pandemic',
    expected: [['2020-04-17', '17 April 2020']],
  },
  {
    input:
      'universal health coverage is a Sustainable Development Goal that all signatories have committed to achieve by 2030;',
    expected: [['2030', '2030']],
  },
  {
    input: '48. Calls for an EU action plan 2021-2027 on mental health',
    expected: [['2021/2027', '2021-2027']],
  },
  {
    input:
      'The elections were postponed to 29 June 2015. The EU allocated EUR 432 million under the 11th EDF for 2014-2020. The presidential election must be held no later than 15 July.',
    header: '2015-07-09',
    expected: [
      ['2015-06-29', '29 June 2015'],
      ['2014/2020', '2014-2020'],
      ['2015-07-15', '15 July'],
    ],
  },
  {
    input: 'In 2012 the strike went on. Since May, workers have been dismissed.',
    header: '2013-03-15',
    expected: [
      ['2012', '2012'],
      ['2012-05', 'May'],
    ],
  },
  {
    input: '[3] OJ L 88, 4.4.2011, p. 45.',
    expected: [['2011-04-04', '4.4.2011']],
  },
  {
    input: 'For all the details, it will be available in full here (13.02.2025).',
    expected: [['2025-02-13', '13.02.2025']],
  },
  {
    input: 'The Commission adopted the proposal on 15/03/2012 and again on 6.7.2020.',
    expected: [
      ['2012-03-15', '15/03/2012'],
      ['2020-07-06', '6.7.2020'],
    ],
  },
  {
    input:
      'The sixty-eighth session of the CND is scheduled to take place from 10 to 14 March 2025.',
    expected: [['2025-03-10/2025-03-14', '10 to 14 March 2025']],
  },
  {
    input: 'The agreement applies between 1 July 2028 and 30 June 2033.',
    expected: [['2028-07-01/2033-06-30', '1 July 2028 and 30 June 2033']],
  },
  {
    input: 'Reference period (four months): 8 April 2024 – 8 August 2024',
    expected: [['2024-04-08/2024-08-08', '8 April 2024 – 8 August 2024']],
  },
  {
    input: 'the multiannual financial framework for the years 2021 to 2027',
    expected: [['2021/2027', '2021 to 2027']],
  },
  {
    input: 'the 2014-2020 programming period',
    expected: [['2014/2020', '2014-2020']],
  },
  {
    input: 'the next Conference of the Parties, in April-May 2025',
    expected: [['2025-04/2025-05', 'April-May 2025']],
  },
  {
    input: 'consultations resulted in meetings held on 29 March and 5 April 2024.',
    expected: [
      ['2024-03-29', '29 March'],
      ['2024-04-05', '5 April 2024'],
    ],
  },
  {
    input: 'ensure a clearer strategy on nutrition by the end of 2012;',
    expected: [['2012', '2012']],
  },
  {
    input:
      'regarding the adoption of the ‘European Consensus on Development’ in 2005, which should remain the framework',
    expected: [['2005', '2005']],
  },
  {
    input: 'Georgia was granted EU candidate status in December 2023.',
    expected: [['2023-12', 'December 2023']],
  },
  {
    input:
      'Regulation (EU) 2021/691 of the European Parliament and of the Council of 28 April 2021 on the European Globalisation Adjustment Fund',
    expected: [['2021-04-28', '28 April 2021']],
  },
  {
    input: 'the Single Convention on Narcotic Drugs of 1961, as amended by the 1972 Protocol',
    expected: [
      ['1961', '1961'],
      ['1972', '1972'],
    ],
  },
  {
    input: 'The WHO recommended on 21 November that the substances be added.',
    header: '2025-01-13',
    expected: [['2025-11-21', '21 November']],
  },
  {
    input: 'MEPs met on 3, 4 and 5 May to discuss the report, and again in the summer of 2011.',
    expected: [
      ['2011-05-03', '3'],
      ['2011-05-04', '4'],
      ['2011-05-05', '5 May'],
      ['2011', '2011'],
    ],
  },
  {
    input: 'having regard to Articles 4, 6 and 9 May 2020',
    expected: [['2020-05', 'May 2020']],
  },
  {
    input: 'the growth rate between 2014 and 2020 was low',
    expected: [['2014/2020', '2014 and 2020']],
  },
  {
    input: 'The Commission will report by mid-2013.',
    expected: [['2013', '2013']],
  },
  {
    input: 'The summit took place on 16-17 December 2011.',
    expected: [['2011-12-16/2011-12-17', '16-17 December 2011']],
  },
  {
    input: 'adopted on the 15th of March 2012',
    expected: [['2012-03-15', '15th of March 2012']],
  },
  {
    input: 'the programming period 2021-27 and the next one',
    expected: [['2021/2027', '2021-27']],
  },
  {
    input: 'Parliament will vote on the text next Friday.',
    header: '2020-12-15',
    expected: [['2020-12-18', 'Friday']],
  },
  {
    input: 'Ahead of Tuesday’s vote, MEPs debated the report.',
    header: '2020-12-18',
    expected: [['2020-12-15', 'Tuesday']],
  },
  {
    input: 'The summit opens on Thursday, 16 March 2023 in Brussels.',
    header: '2023-03-10',
    expected: [['2023-03-16', '16 March 2023']],
  },
  {
    input: 'The meeting took place on December 16, 2011 in Astana.',
    expected: [['2011-12-16', 'December 16, 2011']],
  },
];

const notFound: Case[] = [
  {
    input: 'Parliament regrets that the past few months have been marked by deterioration',
    expected: [],
  },
  { input: 'the temporary rules continue for a maximum of six months', expected: [] },
  { input: 'having regard to Regulation (EU) 2019/452 and Directive 2001/83/EC', expected: [] },
  { input: 'Regulation (EC) No 1137/2008 of the European Parliament', expected: [] },
  {
    input: 'Commission Communication COM(2011) 637 and the procedure 2012/2553(RSP)',
    expected: [],
  },
  { input: 'the motion B9-0220/2020 and the report A7-0234/2012', expected: [] },
  { input: 'Texts adopted, P9_TA(2020)0054.', expected: [] },
  {
    input: 'Additional funds in Horizon 2020 and Horizon Europe; the EU-2020 Strategy',
    expected: [],
  },
  { input: 'ECLI:EU:C:2014:2258', expected: [] },
  { input: 'Theresa May said that Members may vote.', expected: [] },
  { input: '30. Calls for a revision of the 10-year market exclusivity clause', expected: [] },
  { input: 'On Friday, Parliament adopted measures.', header: null, expected: [] },
  { input: 'Jan Kowalski was elected by Jan and Mar.', expected: [] },
  {
    input: 'For the third time this year, the European Parliament adopted a resolution',
    expected: [],
  },
  { input: 'Directive 89/105/EEC[5] on the transparency of prices', expected: [] },
];

describe('findDates: dates EP texts give', () => {
  it.each(found.map((c) => [c.input, c] as const))('%s', (_label, c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

describe('findDates: durations, references and names that are not dates', () => {
  it.each(notFound.map((c) => [c.input, c] as const))('%s', (_label, c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

describe('findDates: the header', () => {
  it('skips the header date line before bodyStart ("18-12-2020 - 17:10")', () => {
    const text = '## EU-UK relations\n18-12-2020 - 17:10\nOn Friday, Parliament adopted measures.';
    const doc = docForTest('', '2020-12-18');
    const parsed = {
      ...doc,
      text,
      header: { ...doc.header, bodyStart: text.indexOf('On Friday') },
    };
    expect(findDates(parsed, []).map((d) => d.value)).toEqual(['2020-12-18']);
  });

  it('takes a missing year from the following date when none precedes ("since May ... 16 December 2011")', () => {
    const doc = docForTest(
      'on strike since May, before the events of 16 December 2011',
      '2012-03-15',
    );
    expect(findDates(doc, []).map((d) => d.value)).toEqual(['2011-05', '2011-12-16']);
  });

  it('falls back on the header year when the text gives none ("since May")', () => {
    const doc = docForTest('workers on strike since May', '2012-03-15');
    expect(findDates(doc, []).map((d) => d.value)).toEqual(['2012-05']);
  });
});

describe('findDates: hostile input', () => {
  it('finds nothing in an empty body, or where bodyStart is past the end', () => {
    expect(findDates(docForTest(''), [])).toEqual([]);
    const doc = docForTest('on 16 December 2011');
    expect(findDates({ ...doc, header: { ...doc.header, bodyStart: 10_000 } }, [])).toEqual([]);
  });

  // A hang guard (the test timeout), not a speed figure: speed is the benchmark's.
  it('reads a megabyte of digits, and one of letters without spaces, in bounded time', {
    timeout: 20_000,
  }, () => {
    for (const body of [
      '2'.repeat(1_000_000),
      'May'.repeat(350_000),
      '1 May 2011-'.repeat(100_000),
    ]) {
      const doc = docForTest(body);
      expect(() => findDates(doc, [])).not.toThrow();
    }
  });
});

describe('findDates: a header date line left in the body', () => {
  it.each([
    [
      '## EU-UK relations\n18-12-2020 - 17:10\nOn Friday, Parliament adopted measures.',
      '2020-12-18',
      ['2020-12-18'],
    ],
    [
      'EUROPEAN COMMISSION\nBrussels, 26.3.2025\nCOM(2025) 1 final\nThe proposal of 26.3.2025 was sent.',
      '2025-03-26',
      ['2025-03-26'],
    ],
  ])('%s', (text, date, expected) => {
    const doc = docForTest('', date);
    const parsed = { ...doc, text, header: { ...doc.header, bodyStart: 0 } };
    expect(findDates(parsed, []).map((d) => d.value)).toEqual(expected);
  });
});
