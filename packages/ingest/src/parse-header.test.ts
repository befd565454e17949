import type { Header } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { parseHeader } from './parse-header';

const kazakhstan =
  '## Resolution on Kazakhstan\n\n2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading\n\n' +
  'The European Parliament adopted a resolution on Kazakhstan. The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups. It expresses its deep concern.';

describe('parseHeader: whole headers', () => {
  test('OEIL summary', () => {
    const h = parseHeader(kazakhstan);
    expect(h).toEqual<Header>({
      format: 'oeil-summary',
      title: 'Resolution on Kazakhstan',
      procedure: { reference: '2012/2553(RSP)', year: 2012, number: '2553', type: 'RSP' },
      event: { date: '2012-03-15', label: 'Text adopted by Parliament, single reading' },
      vote: null,
      tabledBy: ['EPP', 'ECR', 'ALDE', 'S&D', 'Greens/EFA'],
      bodyStart: kazakhstan.indexOf('\nThe European'),
    });
  });

  test('the same summary with CRLF line ends and a no-break space: same fields, offsets into the CRLF text', () => {
    const crlf = kazakhstan.replace(/\n/gu, '\r\n').replace('Text adopted', 'Text\u00A0adopted');
    const h = parseHeader(crlf);
    expect(h.title).toBe('Resolution on Kazakhstan');
    expect(h.event).toEqual({
      date: '2012-03-15',
      label: 'Text\u00A0adopted by Parliament, single reading',
    });
    expect(h.tabledBy).toEqual(['EPP', 'ECR', 'ALDE', 'S&D', 'Greens/EFA']);
    expect(crlf.slice(h.bodyStart).trimStart().startsWith('The European Parliament adopted')).toBe(
      true,
    );
  });

  test('press release', () => {
    const text =
      '## EU-UK relations: parliament adopts temporary contingency measures\n18-12-2020 - 17:10\n' +
      'On Friday, Parliament adopted measures.\n- Basic air connectivity: adopted with 680 votes in favour (3 against, 4 abstentions).\n' +
      'MEPs also approved the proposal by 677 votes in favour, 4 against and 6 abstentions.\n';
    const h = parseHeader(text);
    expect(h).toEqual<Header>({
      format: 'press-release',
      title: 'EU-UK relations: parliament adopts temporary contingency measures',
      procedure: null,
      event: { date: '2020-12-18', label: null },
      vote: { for: 680, against: 3, abstentions: 4 },
      tabledBy: [],
      bodyStart: text.indexOf('On Friday'),
    });
  });

  test('motion for a resolution', () => {
    const text =
      '6.7.2020\nB9‑0220/2020\nMOTION FOR A RESOLUTION\nto wind up the debate on the statements by the Council and the Commission\n' +
      'pursuant to Rule 132(2) of the Rules of Procedure\non the EU’s public health strategy post-COVID-19\n(2020/2691(RSP))\n' +
      'Petra De Sutter\non behalf of the Verts/ALE Group\nSee also joint motion for a resolution\nRC-B9-0216/2020\n' +
      'The European Parliament,\n– having regard to Article 3 of the Treaty on European Union (TEU),\n' +
      '– having regard to its resolution of 17 April 2020 (2020/2616(RSP)),\n1. Calls on the S&D group to act;\n';
    const h = parseHeader(text);
    expect(h).toEqual<Header>({
      format: 'ep-resolution',
      title: 'MOTION FOR A RESOLUTION on the EU’s public health strategy post-COVID-19',
      procedure: { reference: '2020/2691(RSP)', year: 2020, number: '2691', type: 'RSP' },
      event: { date: '2020-07-06', label: null },
      vote: null,
      tabledBy: ['Greens/EFA'],
      bodyStart: text.indexOf('to wind up'),
    });
  });

  test('Commission proposal', () => {
    const text =
      'EUROPEAN COMMISSION\nBrussels, 26.3.2025\nCOM(2025) 1 final\n2025/0061(BUD)\nProposal for a\nDECISION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n' +
      'on the mobilisation of the European Globalisation Adjustment Fund\nEXPLANATORY MEMORANDUM\n1. On 29 October 2024, Belgium submitted an application (2024/0001(BUD)).\n';
    const h = parseHeader(text);
    expect(h.format).toBe('text');
    expect(h.procedure?.reference).toBe('2025/0061(BUD)');
    expect(h.event).toEqual({ date: '2025-03-26', label: null });
    expect(text.slice(h.bodyStart).startsWith('EXPLANATORY MEMORANDUM')).toBe(true);
  });

  test('a procedure cited in the body is not the document’s', () => {
    const text =
      'Some heading\nThe Commission notes that procedure 2020/2691(RSP) was closed last year, which it regrets.\n';
    expect(parseHeader(text).procedure).toBeNull();
  });

  test('a leading BOM left in the text does not hide the title', () => {
    expect(
      parseHeader('\uFEFF## Resolution on Kazakhstan\n2012/2553(RSP) - 15/03/2012 - Text adopted\n')
        .title,
    ).toBe('Resolution on Kazakhstan');
  });
});

describe('parseHeader: hostile input never throws and stays fast', () => {
  const cases: [string, string][] = [
    ['a 1 MB line without punctuation', 'word '.repeat(200_000)],
    ['1 MB of digits', '1'.repeat(1_000_000)],
    ['1 MB of spaces between two numbers', `512 ${' '.repeat(1_000_000)}votes`],
    ['many near-tallies', '512 votes to 23, with '.repeat(40_000)],
    ['many "tabled by" without groups', 'tabled by the the the '.repeat(40_000)],
    ['many groups in a list', `tabled by ${'EPP, S&D, '.repeat(50_000)}`],
    [
      'HTML',
      `<html><head><title>x</title></head><body>${'<p>Parliament &amp; Council</p>'.repeat(20_000)}</body></html>`,
    ],
    [
      'binary-like text',
      Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff || 1)).join(
        '',
      ),
    ],
    ['only line breaks', '\n\r\n'.repeat(300_000)],
    ['a header of 10 000 short lines', 'A\n'.repeat(10_000)],
    ['dates everywhere', '6.7.2020\n'.repeat(100_000)],
    ['empty', ''],
  ];
  // A hang guard, not a speed figure (speed is the benchmark's): the test's timeout fails a
  // quadratic blow-up, which takes minutes on these inputs.
  test.each(cases)(
    '%s',
    (_label, text) => {
      const h = parseHeader(text);
      expect(h.bodyStart).toBeGreaterThanOrEqual(0);
      expect(h.bodyStart).toBeLessThanOrEqual(text.length);
    },
    20_000,
  );
});
