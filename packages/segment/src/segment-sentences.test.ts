import { describe, expect, test } from 'vitest';
import { segmentSentences } from './segment-sentences';

const texts = (input: string, bodyStart = 0): string[] =>
  segmentSentences(input, bodyStart).map((s) => s.text);

interface HardCase {
  label: string;
  input: string;
  expected: string[];
}

/**
 * Hard cases from real EP texts (/work/shared/corpus and corpus/): the input as it stands in the
 * source, the sentences a reader sees. "adapted" marks a real sentence with an abbreviation
 * written in, for abbreviations the corpus does not happen to contain.
 */
const HARD_CASES: HardCase[] = [
  {
    label: 'S&D and Greens/EFA inside a sentence (2012-2553-RSP)',
    input:
      'The European Parliament adopted a resolution on Kazakhstan. The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups.',
    expected: [
      'The European Parliament adopted a resolution on Kazakhstan.',
      'The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups.',
    ],
  },
  {
    label: 'OSCE/ODHIR inside a sentence (2012-2553-RSP)',
    input:
      'Members also call on the Kazakh authorities to address the OSCE/ODHIR findings as a matter of priority. Parliament wants the High Representative to monitor developments closely.',
    expected: [
      'Members also call on the Kazakh authorities to address the OSCE/ODHIR findings as a matter of priority.',
      'Parliament wants the High Representative to monitor developments closely.',
    ],
  },
  {
    label: 'initials and country code in a name: Charles GOERENS (ALDE, LU) (A7-0234/2012)',
    input:
      'The Committee on Development adopted the own-initiative report by Charles GOERENS (ALDE, LU) on an Agenda for Change: the future of EU development policy in response to the Commission Communication on the subject.',
    expected: [
      'The Committee on Development adopted the own-initiative report by Charles GOERENS (ALDE, LU) on an Agenda for Change: the future of EU development policy in response to the Commission Communication on the subject.',
    ],
  },
  {
    label: 'numbered paragraphs: the number starts the sentence (B9-0220/2020)',
    input:
      '1. Believes that the time has come to strengthen public health competences at EU level;\n2. Calls on the Commission to support a ‘health in all policies’ approach;\n12. Calls for the EU to develop specific plans;',
    expected: [
      '1. Believes that the time has come to strengthen public health competences at EU level;',
      '2. Calls on the Commission to support a ‘health in all policies’ approach;',
      '12. Calls for the EU to develop specific plans;',
    ],
  },
  {
    label: 'recital letters A., Z., AA. (B9-0220/2020)',
    input:
      'Z. whereas the mental health implications of a virus outbreak have been largely overlooked by Member States during the COVID-19-crisis;\nAA. whereas the COVID-19 crisis and other health challenges within the EU’s borders do not mean that the EU can ignore its health responsibilities;',
    expected: [
      'Z. whereas the mental health implications of a virus outbreak have been largely overlooked by Member States during the COVID-19-crisis;',
      'AA. whereas the COVID-19 crisis and other health challenges within the EU’s borders do not mean that the EU can ignore its health responsibilities;',
    ],
  },
  {
    label: 'citation dashes: each citation is its own sentence (B9-0220/2020)',
    input:
      'The European Parliament,\n– having regard to Article 3 of the Treaty on European Union (TEU),\n– having regard to Rule 132(2) of its Rules of Procedure,\nA. whereas COVID-19 has demonstrated the interdependencies between human health and the health of our planet;',
    expected: [
      'The European Parliament,',
      '– having regard to Article 3 of the Treaty on European Union (TEU),',
      '– having regard to Rule 132(2) of its Rules of Procedure,',
      'A. whereas COVID-19 has demonstrated the interdependencies between human health and the health of our planet;',
    ],
  },
  {
    label:
      'numbered recitals (1), (2) after "Whereas:" (2022/0055(NLE)), one without its full stop',
    input:
      'Whereas:\n(1) On XX February 2022, the Council adopted Decision (CFSP) 2022/XXX [new title]\n(2) Decision (CFSP) 2022/XXX imposes restrictions on goods originating in the specified territories.\n(6) Member States should lay down rules on penalties. Those penalties should be effective, proportionate and dissuasive.',
    expected: [
      'Whereas:',
      '(1) On XX February 2022, the Council adopted Decision (CFSP) 2022/XXX [new title]',
      '(2) Decision (CFSP) 2022/XXX imposes restrictions on goods originating in the specified territories.',
      '(6) Member States should lay down rules on penalties.',
      'Those penalties should be effective, proportionate and dissuasive.',
    ],
  },
  {
    label: 'a list after a colon stays in the sentence of its lead-in (A7-0234/2012)',
    input:
      'Members call on the Commission, EEAS and the EU as appropriate to:\n- negotiate a roadmap for the gradual reduction of Official Development Assistance (ODA) in the case of middle-income countries;\n- ensure this gradual reduction be carried out in line with each country’s development strategy.\nThe committee encourages the Council to take action.',
    expected: [
      'Members call on the Commission, EEAS and the EU as appropriate to:\n- negotiate a roadmap for the gradual reduction of Official Development Assistance (ODA) in the case of middle-income countries;\n- ensure this gradual reduction be carried out in line with each country’s development strategy.',
      'The committee encourages the Council to take action.',
    ],
  },
  {
    label: 'an inline list after a colon is one sentence (spec 2.4)',
    input:
      'Parliament urged the Commission to: - propose a framework for the use of blending; - assess, and if necessary revise, the action plan. It regrets the delay.',
    expected: [
      'Parliament urged the Commission to: - propose a framework for the use of blending; - assess, and if necessary revise, the action plan.',
      'It regrets the delay.',
    ],
  },
  {
    label: 'a lettered list after a colon ends where the next recital starts (B9-0220/2020)',
    input:
      'B. whereas the WHO manifesto sets out six prescriptions for a healthy and green recovery:\na. Protect and preserve the source of human health: Nature;\nb. Invest in essential services;\nf. Stop using taxpayers money to fund pollution;\nC. whereas this resolution will focus on the more narrow scope of public health policies;',
    expected: [
      'B. whereas the WHO manifesto sets out six prescriptions for a healthy and green recovery:\na. Protect and preserve the source of human health: Nature;\nb. Invest in essential services;\nf. Stop using taxpayers money to fund pollution;',
      'C. whereas this resolution will focus on the more narrow scope of public health policies;',
    ],
  },
  {
    label: 'bullets "·" after a colon (COM(2011) 637 summary)',
    input:
      'In particular, the EU must seek to focus its offer to partner countries where it can have the greatest impact and this should be accompanied by:\n· differentiated development partnerships;\n· coordinated EU action;\n· improved coherence among EU policies.\nThe Commission proposes an Agenda for Change.',
    expected: [
      'In particular, the EU must seek to focus its offer to partner countries where it can have the greatest impact and this should be accompanied by:\n· differentiated development partnerships;\n· coordinated EU action;\n· improved coherence among EU policies.',
      'The Commission proposes an Agenda for Change.',
    ],
  },
  {
    label: 'capitalised heading labels PURPOSE:, BACKGROUND: are their own sentence (OEIL summary)',
    input:
      'PURPOSE: to equip the EU with high-impact development policy up to 2015 and bring about faster progress towards poverty reduction.\nBACKGROUND: as specified in the Lisbon Treaty, supporting developing countries’ efforts to eradicate poverty is the primary objective of development policy. Development policy also helps address the MDGs.',
    expected: [
      'PURPOSE:',
      'to equip the EU with high-impact development policy up to 2015 and bring about faster progress towards poverty reduction.',
      'BACKGROUND:',
      'as specified in the Lisbon Treaty, supporting developing countries’ efforts to eradicate poverty is the primary objective of development policy.',
      'Development policy also helps address the MDGs.',
    ],
  },
  {
    label: 'heading lines without final punctuation (press release, DORA summary)',
    input:
      'They reiterate their full support “for legitimate interim president Juan Guaidó”.\nAdditional sanctions\nMEPs call on the Council to adopt additional sanctions.\nKEY POINTS\nScope\nThe regulation covers:\n- credit institutions;\n- insurance businesses.',
    expected: [
      'They reiterate their full support “for legitimate interim president Juan Guaidó”.',
      'Additional sanctions',
      'MEPs call on the Council to adopt additional sanctions.',
      'KEY POINTS',
      'Scope',
      'The regulation covers:\n- credit institutions;\n- insurance businesses.',
    ],
  },
  {
    label:
      'a line without final stop before a capital is a sentence (press release 20190712IPR56948)',
    input:
      'For the third time this year, the European Parliament adopted a resolution on the situation in Venezuela, expressing its deep concern at the severe state of emergency\nIn accordance with the latest report of the UN High Commissioner for Human Rights, MEPs hold Nicolás Maduro directly responsible.',
    expected: [
      'For the third time this year, the European Parliament adopted a resolution on the situation in Venezuela, expressing its deep concern at the severe state of emergency',
      'In accordance with the latest report of the UN High Commissioner for Human Rights, MEPs hold Nicolás Maduro directly responsible.',
    ],
  },
  {
    label: 'a sentence ending inside a closing quote “...” (press release 20190712IPR56948)',
    input:
      'MEPs hold Nicolás Maduro directly responsible, “as well as the armed and intelligence forces in the service of his illegitimate regime, for the indiscriminate use of violence in Venezuela.” In the resolution, adopted with 455 votes to 85 and 105 abstentions, they reiterate their full support.',
    expected: [
      'MEPs hold Nicolás Maduro directly responsible, “as well as the armed and intelligence forces in the service of his illegitimate regime, for the indiscriminate use of violence in Venezuela.”',
      'In the resolution, adopted with 455 votes to 85 and 105 abstentions, they reiterate their full support.',
    ],
  },
  {
    label: 'closing ‘...’ and a bracket after the stop (adapted from B9-0220/2020)',
    input:
      'Article 168 of the TFEU stipulates that ‘a high level of human health protection shall be ensured.’ The Court has ruled on numerous occasions (see its case law.) The EU can act.',
    expected: [
      'Article 168 of the TFEU stipulates that ‘a high level of human health protection shall be ensured.’',
      'The Court has ruled on numerous occasions (see its case law.)',
      'The EU can act.',
    ],
  },
  {
    label: 'decimals: 3.4 million, 0.7 %, EUR 1.5 billion (press release, DEVE amendments)',
    input:
      'To date, more than 3.4 million Venezuelans have had to flee the country. Parliament praises the efforts of neighbouring countries. The EU must meet its target of 0.7 % by 2015 and mobilise EUR 1.5 billion.',
    expected: [
      'To date, more than 3.4 million Venezuelans have had to flee the country.',
      'Parliament praises the efforts of neighbouring countries.',
      'The EU must meet its target of 0.7 % by 2015 and mobilise EUR 1.5 billion.',
    ],
  },
  {
    label:
      '"(EU) 2022/2555." ends a sentence, "No 1137/2008" does not (DORA, Regulation 1137/2008)',
    input:
      'This constitutes an increased harmonisation in comparison with the requirements laid down in Directive (EU) 2022/2555. Consequently, this Regulation constitutes lex specialis. Regulation (EC) No 1137/2008 of the European Parliament and of the Council adapts a number of instruments.',
    expected: [
      'This constitutes an increased harmonisation in comparison with the requirements laid down in Directive (EU) 2022/2555.',
      'Consequently, this Regulation constitutes lex specialis.',
      'Regulation (EC) No 1137/2008 of the European Parliament and of the Council adapts a number of instruments.',
    ],
  },
  {
    label: 'e.g. and i.e. in brackets (DORA recitals, Basel COP17 proposal)',
    input:
      'Those acts covered the main categories of financial risk (e.g. credit risk, market risk and liquidity risk). Financial entities should comply with a single set of advanced testing requirements (i.e. TLPT) in their home Member State. Amendments require ratification by three quarters of the Parties (i.e. 144 Parties) to enter into force.',
    expected: [
      'Those acts covered the main categories of financial risk (e.g. credit risk, market risk and liquidity risk).',
      'Financial entities should comply with a single set of advanced testing requirements (i.e. TLPT) in their home Member State.',
      'Amendments require ratification by three quarters of the Parties (i.e. 144 Parties) to enter into force.',
    ],
  },
  {
    label:
      'vol., No., p. and pp. in references (CND proposal, Interoperable Europe Act, DORA summary)',
    input:
      '(1) United Nations Treaty Series, vol. 978, No. 14152.\n(6) OJ C 23, 23.1.2023, p. 1.\nRegulation (EU) No 596/2014 (OJ L 171, 29.6.2016 , pp. 1–65 ).',
    expected: [
      '(1) United Nations Treaty Series, vol. 978, No. 14152.',
      '(6) OJ C 23, 23.1.2023, p. 1.',
      'Regulation (EU) No 596/2014 (OJ L 171, 29.6.2016 , pp. 1–65 ).',
    ],
  },
  {
    label: 'Vol. before a Roman numeral (Regulation 1137/2008)',
    input:
      'The facility is approved (reference FAO/WHO/CAC, Vol. XV, edition 1), and any supplementary requirement applies.',
    expected: [
      'The facility is approved (reference FAO/WHO/CAC, Vol. XV, edition 1), and any supplementary requirement applies.',
    ],
  },
  {
    label: 'cf., Art. and No. 5 (adapted from B9-0220/2020)',
    input:
      'The EU has significant competence in public health (cf. Art. 168 TFEU) and under Regulation (EC) No. 5 of the Council. Healthcare systems remain the responsibility of Member States.',
    expected: [
      'The EU has significant competence in public health (cf. Art. 168 TFEU) and under Regulation (EC) No. 5 of the Council.',
      'Healthcare systems remain the responsibility of Member States.',
    ],
  },
  {
    label: 'para., Nos., Regs., approx., incl. (adapted from the Payment Accounts Directive)',
    input:
      'As set out in para. 3 of Regs. (EU) Nos. 1093/2010 and 1095/2010, approx. 30 million consumers, incl. 1 million in the Union, lack an account. Member States should act.',
    expected: [
      'As set out in para. 3 of Regs. (EU) Nos. 1093/2010 and 1095/2010, approx. 30 million consumers, incl. 1 million in the Union, lack an account.',
      'Member States should act.',
    ],
  },
  {
    label: 'Mr, Dr, Prof. before names; St. in a place name (adapted from a press release)',
    input:
      'Mr. Costa met Dr. Zourabichvili and Prof. Ivanishvili in St. Petersburg. They discussed the elections.',
    expected: [
      'Mr. Costa met Dr. Zourabichvili and Prof. Ivanishvili in St. Petersburg.',
      'They discussed the elections.',
    ],
  },
  {
    label: 'etc. ends a sentence before "The", not before lower case (adapted from COM(2011) 637)',
    input:
      'Global challenges include conflict prevention, security, climate change, etc. The EU has already done much. Food, water, energy etc. are public goods.',
    expected: [
      'Global challenges include conflict prevention, security, climate change, etc.',
      'The EU has already done much.',
      'Food, water, energy etc. are public goods.',
    ],
  },
  {
    label: 'et al., Co., Ltd., Inc., a.m., p.m., U.S. (adapted from a press release)',
    input:
      'The study by Smith et al. was cited by Acme Co. Ltd. and Example Inc. at 10 a.m. on Friday, and by the U.S. Congress at 4 p.m. The vote took place later.',
    expected: [
      'The study by Smith et al. was cited by Acme Co. Ltd. and Example Inc. at 10 a.m. on Friday, and by the U.S. Congress at 4 p.m.',
      'The vote took place later.',
    ],
  },
  {
    label: 'month abbreviations (adapted from the DORA summary)',
    input:
      'The regulation was published on 27 Dec. 2022 and applies from Jan. 2025. It covers banks.',
    expected: [
      'The regulation was published on 27 Dec. 2022 and applies from Jan. 2025.',
      'It covers banks.',
    ],
  },
  {
    label: 'initials: J. Smith stays, Annex I. ends (Donetsk/Luhansk draft, Regulation 1137/2008)',
    input:
      'The report by J. Smith lists the websites in Annex I. Member States shall notify the Commission. The measures are set out in Annex V. Those measures are of general scope.',
    expected: [
      'The report by J. Smith lists the websites in Annex I.',
      'Member States shall notify the Commission.',
      'The measures are set out in Annex V.',
      'Those measures are of general scope.',
    ],
  },
  {
    label: 'hyphenated initials in a signature (Regulation 1137/2008)',
    input:
      'For the European Parliament\nThe President\nH.-G. Pöttering\nFor the Council\nThe President\nJ.-P. Jouyet',
    expected: [
      'For the European Parliament',
      'The President',
      'H.-G. Pöttering',
      'For the Council',
      'The President',
      'J.-P. Jouyet',
    ],
  },
  {
    label: 'a paragraph number after a label, and "Or. fr" (DEVE amendments PE-491.146)',
    input:
      'Amendment: 1. Considers that the Agenda for Change should lead to a real policy shift;\nOr. fr\nAmendment: 9b. Requests the Commission to clarify the development-migration nexus;\nOr. en',
    expected: [
      'Amendment: 1. Considers that the Agenda for Change should lead to a real policy shift;',
      'Or. fr',
      'Amendment: 9b. Requests the Commission to clarify the development-migration nexus;',
      'Or. en',
    ],
  },
  {
    label: 'a sentence runs on over a line break into lower case (B9-0220/2020 header)',
    input:
      'MOTION FOR A RESOLUTION\nto wind up the debate on the statements by the Council and the Commission\npursuant to Rule 132(2) of the Rules of Procedure\nPetra De Sutter\non behalf of the Verts/ALE Group',
    expected: [
      'MOTION FOR A RESOLUTION',
      'to wind up the debate on the statements by the Council and the Commission\npursuant to Rule 132(2) of the Rules of Procedure',
      'Petra De Sutter\non behalf of the Verts/ALE Group',
    ],
  },
  {
    label: 'a line ending in "the" runs on before a capital (adapted from 2012-2553-RSP)',
    input:
      'It encourages Kazakhstan to maintain its declared commitment to reforms in line with the\nPartnership and Cooperation Agreement.\nParliament regrets the deterioration.',
    expected: [
      'It encourages Kazakhstan to maintain its declared commitment to reforms in line with the\nPartnership and Cooperation Agreement.',
      'Parliament regrets the deterioration.',
    ],
  },
  {
    label: 'a full stop at a line end breaks even before lower case; a blank line always breaks',
    input:
      'Members condemn the violent crackdown.\nthe police acted against demonstrators\n\nin Zhanaozen the workers were on strike',
    expected: [
      'Members condemn the violent crackdown.',
      'the police acted against demonstrators',
      'in Zhanaozen the workers were on strike',
    ],
  },
  {
    label: 'question and exclamation marks; "?" before lower case goes on (DORA summary, adapted)',
    input:
      'WHAT IS THE AIM OF THE REGULATION?\nWhy act now? asked the rapporteur. Because attacks grow! The ESAs agree.',
    expected: [
      'WHAT IS THE AIM OF THE REGULATION?',
      'Why act now? asked the rapporteur.',
      'Because attacks grow!',
      'The ESAs agree.',
    ],
  },
  {
    label: 'ellipsis: a bracketed omission goes on, "..." before a capital ends (AKN4EU proposal)',
    input:
      'For the European Parliament The President [...]\nThe provision [...] shall apply. The debate went on... The vote followed.',
    expected: [
      'For the European Parliament The President [...]',
      'The provision [...] shall apply.',
      'The debate went on...',
      'The vote followed.',
    ],
  },
  {
    label: 'a footnote call after the stop (B9-0220/2020)',
    input: 'Discussions on health technology assessments are ongoing.[3] The Union acts.',
    expected: ['Discussions on health technology assessments are ongoing.[3]', 'The Union acts.'],
  },
  {
    label: 'a paragraph number alone on its line joins its text',
    input: '1.\nCalls on the Commission to act;\n2.\nStresses the need for coherence;',
    expected: ['1.\nCalls on the Commission to act;', '2.\nStresses the need for coherence;'],
  },
  {
    label: 'Roman-numbered heading and a decimal-numbered sub-heading (Regulation 1137/2008)',
    input:
      '5. EUROSTAT\n5.1. Council Regulation (EEC) No 696/93 of 15 March 1993 on the statistical units\nAs regards Regulation (EEC) No 696/93, the Commission should be empowered to adapt the Annex. Since those measures are of general scope, they must be adopted.',
    expected: [
      '5. EUROSTAT',
      '5.1. Council Regulation (EEC) No 696/93 of 15 March 1993 on the statistical units',
      'As regards Regulation (EEC) No 696/93, the Commission should be empowered to adapt the Annex.',
      'Since those measures are of general scope, they must be adopted.',
    ],
  },
  {
    label: 'a stray stop after a dropped footnote stays in its sentence (COM(2025) 1)',
    input:
      'The criteria require the cessation of activity of at least 200 displaced workers, including workers displaced in suppliers and downstream producers. .\n7. The reference period runs from 8 April 2024.',
    expected: [
      'The criteria require the cessation of activity of at least 200 displaced workers, including workers displaced in suppliers and downstream producers. .',
      '7. The reference period runs from 8 April 2024.',
    ],
  },
  {
    label: 'a paragraph number inside an opening quote (DORA amending provisions)',
    input:
      'In Article 78, the following paragraph is inserted:\n‘3. A CCP shall include in its business continuity policy the identification of critical functions. It shall keep records.’;',
    expected: [
      'In Article 78, the following paragraph is inserted:',
      '‘3. A CCP shall include in its business continuity policy the identification of critical functions.',
      'It shall keep records.’;',
    ],
  },
  {
    label: 'a word that is also an abbreviation ends a sentence when no number follows (adapted)',
    input:
      'Member States may introduce a price cap. Member States shall notify it under Art. 5 and Dec. 2019/2 on 3 Dec. The notification is published.',
    expected: [
      'Member States may introduce a price cap.',
      'Member States shall notify it under Art. 5 and Dec. 2019/2 on 3 Dec.',
      'The notification is published.',
    ],
  },
  {
    label: 'an abbreviation at a line end runs on into lower case or a number',
    input:
      'It refers to the report, cf.\nthe annex, and to Regulation No.\n5 of the Council.\nIt was adopted.',
    expected: [
      'It refers to the report, cf.\nthe annex, and to Regulation No.\n5 of the Council.',
      'It was adopted.',
    ],
  },
  {
    label:
      'a list of full sentences after a colon is split per line (adapted from a press release)',
    input:
      'Next steps:\n- The Council has to adopt the temporary rules.\n- They will enter into force after publication.',
    expected: [
      'Next steps:',
      '- The Council has to adopt the temporary rules.',
      '- They will enter into force after publication.',
    ],
  },
];

describe('segmentSentences: hard cases from EP texts', () => {
  test.each(HARD_CASES)('$label', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('segmentSentences: spans', () => {
  test('offsets are exact: every span text is the slice it names', () => {
    const input =
      '  PURPOSE: to act.\r\n\r\n1. Calls on the Commission;  \n– having regard to it,\n';
    const spans = segmentSentences(input);
    expect(spans.length).toBe(4);
    for (const s of spans) expect(s.text).toBe(input.slice(s.start, s.end));
  });

  test('bodyStart: nothing before it is a sentence, offsets stay document offsets', () => {
    const input =
      '## Resolution on Kazakhstan\n\nThe resolution was adopted. It expresses concern.';
    const bodyStart = input.indexOf('The');
    const spans = segmentSentences(input, bodyStart);
    expect(spans.map((s) => s.text)).toEqual([
      'The resolution was adopted.',
      'It expresses concern.',
    ]);
    expect(spans[0]!.start).toBe(bodyStart);
  });

  test('bodyStart in the middle of a line, past the end, negative', () => {
    expect(texts('Title. Body text here.', 7)).toEqual(['Body text here.']);
    expect(texts('Some text.', 99)).toEqual([]);
    expect(texts('Some text.', -5)).toEqual(['Some text.']);
  });

  test('CRLF line ends: a CRLF is one break, CRLF CRLF a blank line', () => {
    const input =
      'Members condemn the crackdown\r\nby the police.\r\n\r\nAdditional sanctions\r\nMEPs call for sanctions.';
    expect(texts(input)).toEqual([
      'Members condemn the crackdown\r\nby the police.',
      'Additional sanctions',
      'MEPs call for sanctions.',
    ]);
  });

  test('a lone CR and U+2028 are line breaks', () => {
    expect(texts('Scope\rThe regulation applies.\u2028Background\u2029It was adopted.')).toEqual([
      'Scope',
      'The regulation applies.',
      'Background',
      'It was adopted.',
    ]);
  });

  test('no-break spaces: "No.\\u00a05" stays, a stop before a no-break space ends', () => {
    const input = 'Regulation (EC) No.\u00a05 applies.\u00a0The Council\u202fagrees.\u00a0';
    const spans = segmentSentences(input);
    expect(spans.map((s) => s.text)).toEqual([
      'Regulation (EC) No.\u00a05 applies.',
      'The Council\u202fagrees.',
    ]);
  });

  test('soft hyphens: inside a word and at a line end that the word runs over', () => {
    const input = 'The regu\u00adlation applies to all trans\u00ad\nactions. It was adopted.';
    expect(texts(input)).toEqual([
      'The regu\u00adlation applies to all trans\u00ad\nactions.',
      'It was adopted.',
    ]);
  });

  test('zero-width spaces: transparent after a stop, covered where they stand alone', () => {
    const input = 'The Council acts.\u200b The Commission\u200b proposes.\n\n\u200b\n\nEnd.';
    const spans = segmentSentences(input);
    expect(spans.map((s) => s.text)).toEqual([
      'The Council acts.\u200b',
      'The Commission\u200b proposes.',
      '\u200b',
      'End.',
    ]);
  });

  test('tabs and leading/trailing white space are trimmed', () => {
    expect(texts('\t  It believes that.\t\n\n   ')).toEqual(['It believes that.']);
  });
});

// Hang guards: each test's timeout (20 s) fails a super-linear blow-up. Speed is measured by the
// benchmark, never asserted here.
describe('segmentSentences: hostile input returns in bounded time', { timeout: 20_000 }, () => {
  const timed = (input: string): { count: number } => ({ count: segmentSentences(input).length });

  test('empty string and only spaces give no sentence', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('   \n\t\r\n \u00a0 ')).toEqual([]);
  });

  test('1 MB line without punctuation: one sentence, fast', () => {
    const { count } = timed('word '.repeat(200_000));
    expect(count).toBe(1);
  });

  test('2 MB string of dots: one sentence, fast', () => {
    const { count } = timed('.'.repeat(2_000_000));
    expect(count).toBe(1);
  });

  test('1 MB of "a. " and of "1. " (every stop a candidate), and 1 MB of spaces after a stop', () => {
    expect(timed('a. '.repeat(350_000)).count).toBeGreaterThan(0);
    expect(timed('1. '.repeat(350_000)).count).toBeGreaterThan(0);
    expect(timed(`End.${' '.repeat(1_000_000)}Next.`).count).toBe(2);
  });

  test('1 MB of lines with one character, of colons and of list markers', () => {
    expect(timed('x\n'.repeat(500_000)).count).toBeGreaterThan(0);
    expect(timed('to:\n- a;\n'.repeat(100_000)).count).toBe(1);
    expect(timed('A\n\n'.repeat(300_000)).count).toBe(300_000);
  });
});
