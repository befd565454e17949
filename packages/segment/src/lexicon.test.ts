import { describe, expect, test } from 'vitest';
import abbreviations from './data/abbreviations.json' with { type: 'json' };
import starters from './data/sentence-starters.json' with { type: 'json' };
import {
  CONTINUATION_WORDS,
  classifyAbbreviation,
  REFERENCE_NOUNS,
  SENTENCE_STARTERS,
} from './lexicon';

describe('abbreviation data', () => {
  test('no form is in two classes, none is written with its full stop', () => {
    const all = [...abbreviations.never, ...abbreviations.beforeNumber, ...abbreviations.maybe];
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const form of all) {
      if (seen.has(form)) duplicates.push(form);
      seen.add(form);
    }
    expect(duplicates).toEqual([]);
    expect(all.filter((form) => form.endsWith('.'))).toEqual([]);
  });

  test.each([
    ['Mr', '', 'never'],
    ['cf', '', 'never'],
    ['Cf', '', 'never'],
    ['e.g', '', 'never'],
    ['No', '', 'beforeNumber'],
    ['Art', '', 'beforeNumber'],
    ['cap', '', 'beforeNumber'],
    ['pp', '', 'never'],
    ['etc', '', 'maybe'],
    ['U.S', '', 'maybe'],
    ['al', 'et', 'maybe'],
  ] as const)('%s (after "%s") is %s', (token, previous, cls) => {
    expect(classifyAbbreviation(token, previous)).toBe(cls);
  });

  test.each([
    ['art', 'a common noun in lower case is not "Art."'],
    ['Union', 'a word'],
    ['al', 'al without et'],
    ['ETC', 'capitals are not folded'],
  ])('%s is not an abbreviation (%s)', (token) => {
    expect(classifyAbbreviation(token, 'modern')).toBeUndefined();
  });
});

describe('word lists', () => {
  test('sentence starters are capitalised words', () => {
    expect(starters.words.filter((w) => !/^\p{Lu}/u.test(w))).toEqual([]);
    expect(SENTENCE_STARTERS.has('The')).toBe(true);
    expect(SENTENCE_STARTERS.has('Congress')).toBe(false);
  });

  test('reference nouns and continuation words load', () => {
    expect(REFERENCE_NOUNS.has('Annex')).toBe(true);
    expect(REFERENCE_NOUNS.has('Smith')).toBe(false);
    expect(CONTINUATION_WORDS.has('the')).toBe(true);
    expect(CONTINUATION_WORDS.has('The')).toBe(false);
  });
});
