import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { segmentSentences } from './segment-sentences';

/**
 * WHY OUR OWN RULES: the sentence splits of wink-nlp (`readDoc(text).sentences().out()`, with
 * wink-eng-lite-web-model) and compromise (`nlp(text).sentences().out('array')`) on EP
 * constructions, next to ours. Each row states which library is wrong and which is right, and the
 * test checks both ways, so a library upgrade that fixes a class shows up here.
 * Sentences are compared with white space folded, since the libraries re-space their output.
 */
type Verdict = 'right' | 'wrong';
interface Comparison {
  label: string;
  input: string;
  expected: string[];
  wink: Verdict;
  compromise: Verdict;
}

const COMPARISONS: Comparison[] = [
  {
    label: 'cf. before lower case',
    input:
      'The EU has significant competence in public health (cf. the Treaty) and acts. Member States remain responsible.',
    expected: [
      'The EU has significant competence in public health (cf. the Treaty) and acts.',
      'Member States remain responsible.',
    ],
    wink: 'wrong',
    compromise: 'right',
  },
  {
    label: 'Art. before a number',
    input: 'The EU has competence under Art. 168 TFEU. Member States remain responsible.',
    expected: ['The EU has competence under Art. 168 TFEU.', 'Member States remain responsible.'],
    wink: 'wrong',
    compromise: 'wrong',
  },
  {
    label: 'No. 5',
    input: 'It acts under Regulation (EC) No. 5 of the Council. Member States remain responsible.',
    expected: [
      'It acts under Regulation (EC) No. 5 of the Council.',
      'Member States remain responsible.',
    ],
    wink: 'right',
    compromise: 'wrong',
  },
  {
    label: 'para. before a number',
    input: 'As set out in para. 3 of the Regulation, approx. 30 million consumers lack an account.',
    expected: [
      'As set out in para. 3 of the Regulation, approx. 30 million consumers lack an account.',
    ],
    wink: 'wrong',
    compromise: 'wrong',
  },
  {
    label: 'Vol. before a Roman numeral',
    input:
      'The facility is approved (reference FAO/WHO/CAC, Vol. XV, edition 1), and any requirement applies.',
    expected: [
      'The facility is approved (reference FAO/WHO/CAC, Vol. XV, edition 1), and any requirement applies.',
    ],
    wink: 'wrong',
    compromise: 'right',
  },
  {
    label: 'numbered paragraphs "1." "2."',
    input: '1. Believes that the time has come to act;\n2. Calls on the Commission to support it;',
    expected: [
      '1. Believes that the time has come to act;',
      '2. Calls on the Commission to support it;',
    ],
    wink: 'wrong',
    compromise: 'right',
  },
  {
    label: 'a paragraph number after a label, and "Or. fr"',
    input: 'Amendment: 1. Considers that the Agenda should lead to a shift;\nOr. fr',
    expected: ['Amendment: 1. Considers that the Agenda should lead to a shift;', 'Or. fr'],
    wink: 'wrong',
    compromise: 'wrong',
  },
  {
    label: 'recital letters on their own lines',
    input: 'A. whereas the situation is dire;\nB. whereas it worsened;',
    expected: ['A. whereas the situation is dire;', 'B. whereas it worsened;'],
    wink: 'wrong',
    compromise: 'right',
  },
  {
    label: 'a sentence ending inside a closing quote',
    input:
      'MEPs hold him responsible, “for the indiscriminate use of violence in Venezuela.” In the resolution, they reiterate their support.',
    expected: [
      'MEPs hold him responsible, “for the indiscriminate use of violence in Venezuela.”',
      'In the resolution, they reiterate their support.',
    ],
    wink: 'right',
    compromise: 'wrong',
  },
  {
    label: 'Annex I. is a label, not an initial',
    input: 'The report lists the websites in Annex I. Member States shall notify the Commission.',
    expected: [
      'The report lists the websites in Annex I.',
      'Member States shall notify the Commission.',
    ],
    wink: 'wrong',
    compromise: 'wrong',
  },
  {
    label: 'a list after a colon is one sentence',
    input:
      'Members call on the Commission to:\n- negotiate a roadmap;\n- ensure this reduction.\nThe committee encourages the Council.',
    expected: [
      'Members call on the Commission to: - negotiate a roadmap; - ensure this reduction.',
      'The committee encourages the Council.',
    ],
    wink: 'right',
    compromise: 'wrong',
  },
  {
    label: 'a heading line without final punctuation',
    input:
      'They reiterate their support.\nAdditional sanctions\nMEPs call on the Council to adopt sanctions.',
    expected: [
      'They reiterate their support.',
      'Additional sanctions',
      'MEPs call on the Council to adopt sanctions.',
    ],
    wink: 'wrong',
    compromise: 'right',
  },
  {
    label: 'a sentence running over a line break into lower case',
    input: 'Members condemn the crackdown\nby the police against demonstrators.',
    expected: ['Members condemn the crackdown by the police against demonstrators.'],
    wink: 'right',
    compromise: 'wrong',
  },
  {
    label: 'hyphenated initials in a signature',
    input: 'The President\nH.-G. Pöttering\nFor the Council',
    expected: ['The President', 'H.-G. Pöttering', 'For the Council'],
    wink: 'wrong',
    compromise: 'wrong',
  },
  {
    label: 'et al. before lower case',
    input: 'The study by Smith et al. was cited. The vote took place later.',
    expected: ['The study by Smith et al. was cited.', 'The vote took place later.'],
    wink: 'wrong',
    compromise: 'right',
  },
  {
    label: 'etc. ending a sentence',
    input: 'Global challenges include security, climate change, etc. The EU has already done much.',
    expected: [
      'Global challenges include security, climate change, etc.',
      'The EU has already done much.',
    ],
    wink: 'right',
    compromise: 'wrong',
  },
  {
    label: 'e.g. and i.e. (both libraries right: shown for balance)',
    input:
      'Those acts covered financial risk (e.g. credit risk, market risk). Financial entities comply with testing requirements (i.e. TLPT) at home.',
    expected: [
      'Those acts covered financial risk (e.g. credit risk, market risk).',
      'Financial entities comply with testing requirements (i.e. TLPT) at home.',
    ],
    wink: 'right',
    compromise: 'right',
  },
  {
    label: 'decimals and OJ references (both libraries right: shown for balance)',
    input:
      'More than 3.4 million Venezuelans have had to flee (OJ C 23, 23.1.2023, p. 1). Parliament praises the efforts.',
    expected: [
      'More than 3.4 million Venezuelans have had to flee (OJ C 23, 23.1.2023, p. 1).',
      'Parliament praises the efforts.',
    ],
    wink: 'right',
    compromise: 'right',
  },
];

const fold = (sentences: string[]): string[] =>
  sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);

const wink = winkNLP(model);
const splitters = {
  ours: (text: string): string[] => segmentSentences(text).map((s) => s.text),
  wink: (text: string): string[] => wink.readDoc(text).sentences().out(),
  compromise: (text: string): string[] => nlp(text).sentences().out('array') as string[],
};

describe('sentence splits compared: ours, wink-nlp, compromise (why we use our own rules)', () => {
  test.each(COMPARISONS)('$label: wink $wink, compromise $compromise, ours right', (row) => {
    const expected = fold(row.expected);
    expect(fold(splitters.ours(row.input))).toEqual(expected);
    const winkRight = JSON.stringify(fold(splitters.wink(row.input))) === JSON.stringify(expected);
    const compromiseRight =
      JSON.stringify(fold(splitters.compromise(row.input))) === JSON.stringify(expected);
    expect({ wink: winkRight, compromise: compromiseRight }).toEqual({
      wink: row.wink === 'right',
      compromise: row.compromise === 'right',
    });
  });
});
