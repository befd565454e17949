import { describe, expect, test } from 'vitest';
import { readLines } from './header-lines';
import { parseTitleBlock, withoutTrailingReference } from './parse-title';

const titleOf = (text: string) => parseTitleBlock(text, readLines(text)).title;
const resolutionTitleOf = (text: string) =>
  parseTitleBlock(text, readLines(text), { preferKind: true }).title;

describe('parseTitleBlock: titles', () => {
  test.each([
    [
      'OEIL summary heading',
      '## Resolution on Kazakhstan\n\n2012/2553(RSP) - 15/03/2012 - Text adopted\n',
      'Resolution on Kazakhstan',
    ],
    [
      'motion: kind and subject, procedural lines skipped',
      '6.7.2020\nB9‑0220/2020\nMOTION FOR A RESOLUTION\nto wind up the debate on the statements by the Council and the Commission\npursuant to Rule 132(2) of the Rules of Procedure\non the EU’s public health strategy post-COVID-19\n(2020/2691(RSP))\nPetra De Sutter\non behalf of the Verts/ALE Group\n',
      'MOTION FOR A RESOLUTION on the EU’s public health strategy post-COVID-19',
    ],
    [
      'urgency motion',
      'B7‑0123/2012\nMOTION FOR A RESOLUTION\nwith request for inclusion in the agenda for the debate on cases of breaches of human rights, democracy and the rule of law\npursuant to Rule 122 of the Rules of Procedure\non Kazakhstan\nCharles Tannock\non behalf of the ECR Group\n',
      'MOTION FOR A RESOLUTION on Kazakhstan',
    ],
    [
      'motion with CRLF and no-break spaces',
      '6.7.2020\r\nMOTION FOR A RESOLUTION\r\npursuant to Rule 132(2)\r\non the EU’s\u00A0public health strategy\r\n(2020/2691(RSP))\r\n',
      'MOTION FOR A RESOLUTION on the EU’s\u00A0public health strategy',
    ],
    [
      'committee report',
      'REPORT on amendments to Parliament’s Rules of Procedure\n4.4.2024 - (2024/2006(REG))\nCommittee on Constitutional Affairs\n',
      'REPORT on amendments to Parliament’s Rules of Procedure',
    ],
    [
      'Commission proposal over three lines',
      'EUROPEAN COMMISSION\nBrussels, 26.3.2025\nCOM(2025) 1 final\n2025/0061(BUD)\nProposal for a\nDECISION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\non the mobilisation of the European Globalisation Adjustment Fund\nEXPLANATORY MEMORANDUM\n',
      'Proposal for a DECISION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the mobilisation of the European Globalisation Adjustment Fund',
    ],
    [
      'EUR-Lex act: kind, date, subject',
      'Official Journal\nof the European Union EN\nSeries L\n2024/903 22.3.2024\nREGULATION (EU) 2024/903 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\nof 13 March 2024\nlaying down measures for a high level of public sector interoperability across the Union (Interoperable Europe Act)\nTHE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n',
      'REGULATION (EU) 2024/903 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 13 March 2024 laying down measures for a high level of public sector interoperability across the Union (Interoperable Europe Act)',
    ],
    [
      'EUR-Lex act with the EEA note',
      'Directive 2014/92/EU of the European Parliament and of the Council\nof 23 July 2014\non the comparability of fees\n(Text with EEA relevance)\nTHE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n',
      'Directive 2014/92/EU of the European Parliament and of the Council of 23 July 2014 on the comparability of fees',
    ],
    [
      'a reference line before the title',
      '2022/0055 (NLE)\nJoint Proposal for a COUNCIL REGULATION concerning restrictive measures\nTHE COUNCIL OF THE EUROPEAN UNION,\n',
      'Joint Proposal for a COUNCIL REGULATION concerning restrictive measures',
    ],
    [
      'a summary title that is no document kind',
      'Digital operational resilience for the financial sector\nSUMMARY OF:\nRegulation (EU) 2022/2554 on digital operational resilience\n',
      'Digital operational resilience for the financial sector',
    ],
    [
      'press release headline',
      '## MEPs: Georgia’s self-proclaimed authorities have no legitimacy\n13-02-2025 - 12:47\n',
      'MEPs: Georgia’s self-proclaimed authorities have no legitimacy',
    ],
    [
      'kind line written with no-break spaces',
      '6.7.2020\nMOTION\u00A0FOR A\u00A0RESOLUTION\non Kazakhstan\n',
      'MOTION\u00A0FOR A\u00A0RESOLUTION on Kazakhstan',
    ],
    [
      'old Mac line ends (CR only)',
      '6.7.2020\rMOTION FOR A RESOLUTION\ron Kazakhstan\rCharles Tannock\r',
      'MOTION FOR A RESOLUTION on Kazakhstan',
    ],
    [
      'a bracket with words stays',
      'AMENDMENTS 1 - 119 (PE-491.146)\nAmendment 1\n',
      'AMENDMENTS 1 - 119 (PE-491.146)',
    ],
  ])('%s', (_label, text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  test.each([
    [
      'adopted text: the resolution line, not the page heading, and no procedure reference',
      'European Parliament\n2019-2024\nTEXTS ADOPTED\nP9_TA(2020)0205\nEU’s public health strategy post-COVID-19\nEuropean Parliament resolution of 10 July 2020 on the EU’s public health strategy post-COVID-19 (2020/2691(RSP))\nThe European Parliament,\n– having regard to Article 3 TEU,\n',
      'European Parliament resolution of 10 July 2020 on the EU’s public health strategy post-COVID-19',
    ],
    [
      'joint motion with the motions it replaces',
      'European Parliament\n2019-2024\nPlenary sitting\nRC-B9-0216/2020 }\nB9-0216/2020 }\nB9-0220/2020 } RC1\n8.7.2020\nJOINT MOTION FOR A RESOLUTION\npursuant to Rule 132(2) and (4) of the Rules of Procedure\nreplacing the following motions:\nB9‑0216/2020 (PPE)\nB9‑0220/2020 (Verts/ALE)\non the EU’s public health strategy post-COVID-19\n(2020/2691(RSP))\nEsther de Lange, Peter Liese\non behalf of the PPE Group\n',
      'JOINT MOTION FOR A RESOLUTION on the EU’s public health strategy post-COVID-19',
    ],
  ])('motions and resolutions: %s', (_label, text, title) => {
    expect(resolutionTitleOf(text)).toBe(title);
  });

  test.each([
    ['Resolution on X (2020/2691(RSP))', 'Resolution on X'],
    [
      'Legislative resolution (COM(2022)0720 – C9-0401/2022 – 2022/0379(COD))',
      'Legislative resolution',
    ],
    ['Regulation (Interoperable Europe Act)', 'Regulation (Interoperable Europe Act)'],
    ['(2020/2691(RSP))', '(2020/2691(RSP))'],
    ['Unbalanced (2020/2691(RSP)', 'Unbalanced (2020/2691(RSP)'],
  ])('withoutTrailingReference: %s', (title, expected) => {
    expect(withoutTrailingReference(title)).toBe(expected);
  });

  test.each([
    [
      'prose first',
      'The European Parliament adopted a resolution on Kazakhstan.\nIt expresses concern.',
    ],
    ['a citation block first', 'The European Parliament,\n– having regard to Article 3 TEU,\n'],
    ['dates and references only', '6.7.2020\nB9‑0220/2020\n'],
    ['a 1 MB line', 'x'.repeat(1_000_000)],
    ['nothing', ''],
  ])('%s: no title', (_label, text) => {
    expect(titleOf(text)).toBeNull();
  });
});

describe('parseTitleBlock: where the body starts', () => {
  test.each([
    [
      'motion: at the first procedural line, so that its Rule and authors are body text',
      '6.7.2020\nMOTION FOR A RESOLUTION\npursuant to Rule 132(2) of the Rules of Procedure\non health\n',
      'pursuant to Rule',
    ],
    [
      'report: after the title and its date line',
      'REPORT on amendments\n4.4.2024 - (2024/2006(REG))\nCommittee on Constitutional Affairs\n',
      'Committee on',
    ],
    [
      'act: after the title lines and the EEA note',
      'Directive 2014/92/EU of the European Parliament and of the Council\nof 23 July 2014\non fees\n(Text with EEA relevance)\nTHE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n',
      'THE EUROPEAN PARLIAMENT AND',
    ],
    [
      'prose: at the prose, after leading dates',
      '6.7.2020\nParliament adopted a resolution on Kazakhstan today.\n',
      'Parliament adopted',
    ],
  ])('%s', (_label, text, bodyOpens) => {
    const block = parseTitleBlock(text, readLines(text));
    expect(text.slice(block.bodyStart).startsWith(bodyOpens)).toBe(true);
  });
});
