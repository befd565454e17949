import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import model from 'wink-eng-lite-web-model';
import modelPackage from 'wink-eng-lite-web-model/package.json' with { type: 'json' };
import winkNLP from 'wink-nlp';
import { inVocabulary, isKnownWord, vocabulary } from './is-known-word';
import { tokenize } from './tokenize';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const shared = join(process.env.HEMICYCLE_SHARED ?? join(repo, '..', 'shared'), 'corpus');

// What the entity stage asked of wink-nlp before it read the vocabulary as a list: the id of the
// first token wink-nlp reads of the word, below the ids it gives to words it has not seen.
const nlp = winkNLP(model, []);
const idOf = (word: string): number =>
  (nlp.readDoc(word).tokens().out(nlp.its.uniqueId) as unknown as number[])[0] ??
  Number.POSITIVE_INFINITY;
const firstNewId = idOf('qzxjvkqzxjvk');
const winkKnows = (lower: string): boolean => lower.length <= 64 && idOf(lower) < firstNewId;

interface Lexicon {
  features: { lexeme: { list: string[]; intrinsicSize: number } };
}

describe('the vocabulary file', () => {
  test('is the installed wink-eng-lite-web-model vocabulary (else run scripts/extract-vocabulary.mjs)', () => {
    const lexeme = (model as unknown as { core(): Lexicon }).core().features.lexeme;
    expect(vocabulary.source).toBe(`wink-eng-lite-web-model@${modelPackage.version}`);
    expect(vocabulary.words).toEqual(lexeme.list.slice(0, lexeme.intrinsicSize));
  });
});

describe('inVocabulary answers as wink-nlp does', () => {
  test.each([
    ['the', true],
    ['kazakhstan', true],
    ['parliament', true],
    ['zhanaozen', false],
    ['bialiatski', false],
    ['2012', false], // wink-nlp lists no years
    ['2nd', true], // listed whole
    ['1990s', true],
    ['15e', true], // read as "15" "e": point 15e of a list
    ['500m', false], // "500" is not listed
    ['km²', true], // read as "km" "²"
    ['h₂o', false], // "h"
    ['a4', false],
    ['ελλάδα', false],
    ['naïve', true],
    ['x'.repeat(65), false],
  ])('%s → %s', (word, known) => {
    expect(inVocabulary(word)).toBe(known);
    expect(winkKnows(word)).toBe(known);
  });

  test('on every word of the bundled corpus and of ../shared/corpus (when present)', () => {
    const dirs = [join(repo, 'corpus'), shared].filter((d) => existsSync(d));
    const words = new Set<string>();
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.txt')) continue;
        const text = readFileSync(join(dir, name), 'utf8');
        for (const t of tokenize(text, 0, text.length)) if (t.word) words.add(t.text.toLowerCase());
      }
    }
    expect(words.size).toBeGreaterThan(200); // the Kazakhstan summary alone has 255
    const differ = [...words].filter((w) => inVocabulary(w) !== winkKnows(w));
    expect(differ).toEqual([]);
  });
});

describe('isKnownWord: a capitalised word it does not know is likely a name', () => {
  test.each([
    ['Zhanaozen', false],
    ['Bialiatski', false],
    ['Kazakhstan', true],
    ['Parliament', true],
    ['Secretariat', true], // not listed, but ends like a common noun
  ])('%s → %s', (word, known) => {
    expect(isKnownWord(word)).toBe(known);
  });
});
