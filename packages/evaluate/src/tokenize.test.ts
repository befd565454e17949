import { describe, expect, test } from 'vitest';
import { countSharedTokens, foldSpaces, foldText, tokenF1, tokenize } from './tokenize';

describe('tokenize: words and runs of punctuation, case folded, quotes folded', () => {
  test.each([
    ["Director of the OSCE's Office", ['director', 'of', 'the', 'osce', "'", 's', 'office']],
    ['Greens/EFA', ['greens', '/', 'efa']],
    ['Article 7(1) TEU', ['article', '7', '(', '1', ')', 'teu']],
    ['Parliament’s', ['parliament', "'", 's']],
    ['“urgent”, “binding”', ["'", 'urgent', "',", "'", 'binding', "'"]],
    ['  ', []],
  ])('%s', (input, tokens) => {
    expect(tokenize(input)).toEqual(tokens);
  });
});

describe('countSharedTokens counts a multiset intersection', () => {
  test('["a","a","b"] and ["a","c","a","a"] share two "a"', () => {
    expect(countSharedTokens(['a', 'a', 'b'], ['a', 'c', 'a', 'a'])).toBe(2);
  });
  test('nothing shared', () => {
    expect(countSharedTokens(['a'], ['b'])).toBe(0);
  });
});

describe('tokenF1', () => {
  test('"report back regularly" vs "report": 2·1/(3+1) = 0.5', () => {
    expect(tokenF1(tokenize('report back regularly'), tokenize('report'))).toBe(0.5);
  });
  test('two empty texts agree', () => {
    expect(tokenF1([], [])).toBe(1);
  });
  test('one empty text scores 0', () => {
    expect(tokenF1([], ['a'])).toBe(0);
  });
});

describe('folding', () => {
  test('foldSpaces folds line breaks and no-break spaces, keeps case and quotes', () => {
    expect(foldSpaces('MOTION FOR A RESOLUTION\non the EU’s\u00a0 public')).toBe(
      'MOTION FOR A RESOLUTION on the EU’s public',
    );
  });
  test('foldText folds case, quotes and spaces, and trims', () => {
    expect(foldText(' The  Commission’s “plan” ')).toBe(foldText("the commission's 'plan'"));
  });
});
