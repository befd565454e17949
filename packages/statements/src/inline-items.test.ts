import { describe, expect, test } from 'vitest';
import { inlineItems } from './inline-items';

/** The items of what follows `prefix` in `text`, as strings. */
function items(text: string, prefix: string): string[] {
  const from = text.indexOf(prefix) + prefix.length;
  return inlineItems(text, from, text.length).map((r) => text.slice(r.start, r.end));
}

describe('inlineItems: a list written on the line of the act that opens it', () => {
  test.each([
    [
      'dashes, semicolons',
      'urged the Commission to: - propose a framework; - assess its impact.',
      ['propose a framework', 'assess its impact'],
    ],
    [
      'letters, "; and" before the last item',
      'called on the Council to: (a) adopt sanctions; (b) support the media; and (c) report back.',
      ['adopt sanctions', 'support the media', 'report back'],
    ],
    [
      'letters with a closing parenthesis only',
      'asks the Commission to: a) publish the data; b) consult the social partners',
      ['publish the data', 'consult the social partners'],
    ],
    [
      'roman numerals cut at commas when there is no semicolon',
      'calls on the Member States (i) to ratify it, (ii) to implement it and (iii) to report.',
      ['to ratify it,', 'to implement it and', 'to report'],
    ],
    [
      "a resolution paragraph's closing semicolon separates no items",
      'Urges the Member States (i) to share data, (ii) to coordinate testing;',
      ['to share data,', 'to coordinate testing'],
    ],
    [
      'a parenthesis inside an item does not cut it',
      'calls for: (1) a review of Regulation (EU) 2019/1020; (2) more inspections.',
      ['a review of Regulation (EU) 2019/1020', 'more inspections'],
    ],
    [
      'text after the colon that is no list is one item',
      'urges the Commission to: present a proposal by the end of the year.',
      ['present a proposal by the end of the year'],
    ],
    [
      'a lone parenthesised word is not cut at without a leading marker',
      'calls on the authorities to: release the activists (all of them) at once.',
      ['release the activists (all of them) at once'],
    ],
  ])('%s', (_label, text, expected) => {
    const prefix = text.includes(':') ? ':' : 'States ';
    expect(items(text, prefix)).toEqual(expected);
  });

  test.each([
    ['nothing after the colon: the list is on the lines below', 'calls on the Commission to:'],
    ['only white space and marks', 'calls on the Commission to:  - ; '],
  ])('%s → no items', (_label, text) => {
    expect(items(text, ':')).toEqual([]);
  });
});
