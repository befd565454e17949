import { describe, expect, test } from 'vitest';
import { detectFormat } from './detect-format';

describe('detectFormat', () => {
  test.each([
    [
      'OEIL summary',
      '## Resolution on Kazakhstan\n\n2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading\n\nThe European Parliament adopted a resolution.',
      'oeil-summary',
    ],
    [
      'OEIL summary without a title line, CRLF',
      '2012/2002(INI) - 16/07/2012 - Committee report tabled for plenary, single reading\r\nThe Committee on Development adopted the report.\r\n',
      'oeil-summary',
    ],
    [
      'press release',
      '## EU-UK relations: parliament adopts temporary contingency measures\n18-12-2020 - 17:10\nOn Friday, Parliament adopted measures.',
      'press-release',
    ],
    [
      'press release without markup',
      'MEPs: no legitimacy\n13-02-2025 - 12:47\nMEPs call on the community.',
      'press-release',
    ],
    [
      'motion for a resolution',
      '6.7.2020\nB9‑0220/2020\nMOTION FOR A RESOLUTION\nto wind up the debate\non the EU’s public health strategy post-COVID-19\n',
      'ep-resolution',
    ],
    [
      'joint motion',
      'RC-B9-0216/2020\nJOINT MOTION FOR A RESOLUTION\non Belarus\n',
      'ep-resolution',
    ],
    [
      'motion with no-break spaces in its kind line',
      '6.7.2020\nMOTION\u00A0FOR A RESOLUTION\non Belarus\n',
      'ep-resolution',
    ],
    ['motion reference line alone', 'B9‑0220/2020\nSome heading\n', 'ep-resolution'],
    [
      'adopted text',
      'European Parliament resolution of 10 July 2020 on the EU’s public health strategy post-COVID-19 (2020/2691(RSP))\nThe European Parliament,\n– having regard to Article 3 TEU,\n',
      'ep-resolution',
    ],
    [
      'report with a proposal for a decision of Parliament',
      'REPORT on amendments to Parliament’s Rules of Procedure\n4.4.2024 - (2024/2006(REG))\nPROPOSAL FOR A EUROPEAN PARLIAMENT DECISION\nThe European Parliament,\n– having regard to Rules 236 and 237 of its Rules of Procedure,\n',
      'ep-resolution',
    ],
    [
      'EUR-Lex act',
      'Directive 2014/92/EU of the European Parliament and of the Council\nof 23 July 2014\non the comparability of fees\nTHE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\nHaving regard to the Treaty,\n',
      'text',
    ],
    [
      'Commission proposal',
      'EUROPEAN COMMISSION\nBrussels, 26.3.2025\nCOM(2025) 1 final\n2025/0061(BUD)\nProposal for a\nDECISION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\non the mobilisation of the EGF\nEXPLANATORY MEMORANDUM\n',
      'text',
    ],
    [
      'committee amendments that quote a motion in lower case',
      'AMENDMENTS 1 - 119 (PE-491.146)\nAmendment 1\nMotion for a resolution — Citation 1 a (new)\n',
      'text',
    ],
    [
      'a body citing a resolution',
      'The Commission notes the European Parliament resolution of 4 July 2012 on banking.',
      'text',
    ],
    ['a press-like date first, no headline', '18-12-2020 - 17:10\nText.', 'text'],
    ['plain prose', 'Parliament adopted a resolution on Kazakhstan.', 'text'],
    ['empty', '', 'text'],
  ])('%s → %s', (_label, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
