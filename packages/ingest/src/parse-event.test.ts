import { describe, expect, test } from 'vitest';
import { parseDate } from './parse-date';
import { parseActDate, parseEventLine, parseOeilLine } from './parse-event';

describe('parseDate (day before month, always)', () => {
  test.each([
    ['6.7.2020', '2020-07-06'],
    ['15/03/2012', '2012-03-15'],
    ['18-12-2020', '2020-12-18'],
    ['4.4.2024', '2024-04-04'],
    ['22 October 2008', '2008-10-22'],
    ['1 january 2021', '2021-01-01'],
    ['29.2.2024', '2024-02-29'],
  ])('%s → %s', (input, iso) => expect(parseDate(input)).toBe(iso));

  test.each([
    '12.31.2020',
    '31.4.2020',
    '29.2.2023',
    '0.1.2020',
    '22 Octember 2008',
    'XX February 2022',
    '2020-12-18',
  ])('%s is no date', (input) => expect(parseDate(input)).toBeNull());
});

describe('parseEventLine', () => {
  test.each([
    [
      'OEIL summary line',
      '2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading',
      { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
    ],
    [
      'OEIL committee report',
      '2012/2002(INI) - 16/07/2012 - Committee report tabled for plenary, single reading',
      { date: '2012-07-16', label: 'Committee report tabled for plenary, single reading' },
    ],
    [
      'OEIL line with a trailing CR and space',
      '2012/2002(INI) - 13/10/2011 - Non-legislative basic document published \r',
      { date: '2011-10-13', label: 'Non-legislative basic document published' },
    ],
    ['a motion’s date', '6.7.2020', { date: '2020-07-06', label: null }],
    ['a press release’s date and time', '18-12-2020 - 17:10', { date: '2020-12-18', label: null }],
    [
      'a report’s date and procedure',
      '4.4.2024 - (2024/2006(REG))',
      { date: '2024-04-04', label: null },
    ],
    ['a Commission document', 'Brussels, 26.3.2025', { date: '2025-03-26', label: null }],
    ['a place and a long date', 'Strasbourg, 6 July 2020', { date: '2020-07-06', label: null }],
    ['an act’s date line', 'of 22 October 2008', { date: '2008-10-22', label: null }],
  ])('%s: %s', (_label, line, event) => {
    expect(parseEventLine(line)).toEqual(event);
  });

  test.each([
    ['an OJ reference and date', '2024/903 22.3.2024'],
    ['a date inside a sentence', 'On 29 October 2024, Belgium submitted an application.'],
    ['a placeholder date', 'of XX February 2022'],
    ['an impossible day', '31.6.2020'],
    ['a time without a date', '17:10'],
    ['a reference only', 'B9‑0220/2020'],
  ])('%s: no event', (_label, line) => {
    expect(parseEventLine(line)).toBeNull();
  });
});

describe('parseOeilLine', () => {
  test('procedure and event of the header line', () => {
    expect(parseOeilLine('2022/0055 (NLE) – 01/03/2022 – Legislative proposal published')).toEqual({
      procedure: { reference: '2022/0055(NLE)', year: 2022, number: '0055', type: 'NLE' },
      event: { date: '2022-03-01', label: 'Legislative proposal published' },
    });
  });

  test('any procedure type in the OEIL line itself', () => {
    expect(parseOeilLine('2031/0001(XYZ) - 01/02/2031 - Event')?.procedure.reference).toBe(
      '2031/0001(XYZ)',
    );
  });

  test('a line with no label is not one', () => {
    expect(parseOeilLine('2012/2553(RSP) - 15/03/2012')).toBeNull();
  });
});

describe('parseActDate', () => {
  test.each([
    [
      'REGULATION (EU) 2022/2554 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 14 December 2022 on digital operational resilience',
      '2022-12-14',
    ],
    [
      'European Parliament resolution of 10 July 2020 on the EU’s public health strategy post-COVID-19',
      '2020-07-10',
    ],
    ['MOTION FOR A RESOLUTION on the EU’s public health strategy post-COVID-19', null],
  ])('%s → %s', (title, date) => expect(parseActDate(title)).toBe(date));
});
