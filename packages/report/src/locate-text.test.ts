import { describe, expect, test } from 'vitest';
import { locateText } from './locate-text';

function found(text: string, needle: string): string[] {
  return locateText(text, needle).map((r) => text.slice(r.start, r.end));
}

describe('locateText finds gold items (no offsets) in the text', () => {
  test('a content across a line break and double spaces', () => {
    const text = 'They call on the EEAS to undertake close\nmonitoring of  the trial.';
    expect(found(text, 'undertake close monitoring of the trial')).toEqual([
      'undertake close\nmonitoring of  the trial',
    ]);
  });
  test('case and curly quotes folded: "the OSCE\'s Office"', () => {
    expect(
      found('Director of the OSCE’s Office for Democratic Institutions', "the osce's office"),
    ).toEqual(['the OSCE’s Office']);
  });
  test('whole words only: "EU" is not found inside "EUR" or "EU-2020"s letters', () => {
    expect(found('EUR 5 million from the EU budget; EUROJUST', 'EU')).toEqual(['EU']);
  });
  test('every occurrence, in order', () => {
    expect(locateText('Parliament asks; Parliament wants', 'Parliament')).toEqual([
      { start: 0, end: 10 },
      { start: 17, end: 27 },
    ]);
  });
  test('a needle ending in punctuation: "S&D"', () => {
    expect(found('the EPP, S&D, and Greens/EFA groups', 'S&D')).toEqual(['S&D']);
  });
  test('not in the text: nothing', () => {
    expect(locateText('Parliament regrets the deterioration', 'OSCE Permanent Council')).toEqual(
      [],
    );
  });
  test('empty needle: nothing', () => {
    expect(locateText('some text', '  ')).toEqual([]);
  });
});
