import { describe, expect, test } from 'vitest';
import { HAS_SHARED_CORPUS, MAIN_CORPUS, readCorpus, SHARED_CORPUS } from '../test/corpus';
import { segmentSentences } from './segment-sentences';

const SPACE = /\s/;

/**
 * The contract of segmentSentences, checked on one text: spans in order, non-overlapping,
 * exact (text is the slice), trimmed, never empty, and every non-space character from
 * bodyStart on lies in exactly one of them.
 */
function checkCoverage(text: string, bodyStart = 0): string[] {
  const problems: string[] = [];
  const spans = segmentSentences(text, bodyStart);
  const owner = new Int32Array(text.length).fill(-1);
  let previousEnd = bodyStart;
  spans.forEach((span, index) => {
    if (span.text !== text.slice(span.start, span.end))
      problems.push(`span ${index}: text is not the slice`);
    if (span.start < previousEnd) problems.push(`span ${index}: overlaps or is out of order`);
    if (span.end <= span.start) problems.push(`span ${index}: empty`);
    if (SPACE.test(span.text.charAt(0)) || SPACE.test(span.text.charAt(span.text.length - 1))) {
      problems.push(`span ${index}: not trimmed`);
    }
    for (let i = span.start; i < span.end; i++) owner[i] = index;
    previousEnd = span.end;
  });
  for (let i = 0; i < text.length; i++) {
    const inBody = i >= bodyStart;
    if (inBody && owner[i] === -1 && !SPACE.test(text.charAt(i))) {
      problems.push(
        `char ${i} ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))} is in no sentence`,
      );
      break;
    }
    if (!inBody && owner[i] !== -1) {
      problems.push(`char ${i} before bodyStart is in a sentence`);
      break;
    }
  }
  return problems;
}

const shared = readCorpus(SHARED_CORPUS);
const main = readCorpus(MAIN_CORPUS);

describe.skipIf(!HAS_SHARED_CORPUS)(
  `coverage property on ${SHARED_CORPUS} (skipped when absent)`,
  () => {
    test.each(shared)('%s', (_name, text) => {
      expect(checkCoverage(text)).toEqual([]);
      const secondLine = text.indexOf('\n') + 1;
      expect(checkCoverage(text, secondLine)).toEqual([]);
      expect(checkCoverage(text.replace(/\n/g, '\r\n'))).toEqual([]);
    });
  },
);

describe.skipIf(main.length === 0)('coverage property on the project corpus', () => {
  test.each(main)('%s', (_name, text) => {
    expect(checkCoverage(text)).toEqual([]);
    expect(checkCoverage(text, text.indexOf('\n\n') + 2)).toEqual([]);
  });
});

describe('coverage property on constructed texts', () => {
  const pieces = [
    'No. 5',
    ' \u00a0',
    '\n',
    '\r\n',
    '\n\n',
    '.',
    '...',
    '“Yes.” ',
    '(a) ',
    '- ',
    'A. ',
    'cf. ',
    'word ',
    'Word ',
    ':',
    ';',
    '\u200b',
    '\u00ad',
    '?',
    'PURPOSE: ',
    '1. ',
    '[3] ',
    'H.-G. ',
  ];
  test('random mixtures of the hard pieces keep the contract', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = 1 + random(60);
      for (let k = 0; k < length; k++) text += pieces[random(pieces.length)];
      expect(checkCoverage(text, random(4)), JSON.stringify(text)).toEqual([]);
    }
  });
});
