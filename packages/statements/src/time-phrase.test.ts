import { describe, expect, test } from 'vitest';
import { timePhraseAt } from './time-phrase';
import { tokenize } from './tokens';

const cases: { text: string; words: string }[] = [
  { text: 'today called', words: 'today' },
  { text: 'on Thursday demanded', words: 'on Thursday' },
  { text: 'on Thursday evening demanded', words: 'on Thursday evening' },
  { text: 'on 16 March 2024 called', words: 'on 16 March 2024' },
  { text: 'on 16 March called', words: 'on 16 March' },
  { text: 'on March 16, 2024 called', words: 'on March 16, 2024' },
  { text: 'last week condemned', words: 'last week' },
  { text: 'this morning adopted', words: 'this morning' },
  { text: 'on the report', words: '' },
  { text: 'on 16 amendments', words: '' },
  { text: 'on May Day', words: '' },
  { text: 'this report', words: '' },
];

describe('timePhraseAt', () => {
  test.each(cases)('"$text" → "$words"', ({ text, words }) => {
    const tokens = tokenize(text, 0, text.length);
    const n = timePhraseAt(tokens, 0);
    expect(n === 0 ? '' : text.slice(0, tokens[n - 1]!.end)).toBe(words);
  });
});
