import { describe, expect, test } from 'vitest';
import { findActWord } from './find-act-word';

function word(text: string, act: string): string | null {
  const r = findActWord(text, act, 0, text.length);
  return r ? text.slice(r.start, r.end) : null;
}

describe('findActWord places the act verb of a statement', () => {
  test.each([
    ['They call on the EEAS to undertake close monitoring', 'call on', 'call'],
    ['The Commission and the Member States are urged to act', 'urge', 'urged'],
    ['Parliament regrets that the past few months', 'regret', 'regrets'],
    ['It expresses its deep concern and its condolences', 'express condolences', 'expresses'],
    ['Members asked the Commission to report', 'request', 'asked'],
    ['MEPs praised the work of the rapporteur', 'commend', 'praised'],
    ['It emphasizes that the report', 'emphasise', 'emphasizes'],
    ['Members declare their intention to continue', 'declare intention', 'declare'],
    ['the Committee deplored the lack', 'other:deplore', 'deplored'],
  ])('%s (%s)', (text, act, expected) => {
    expect(word(text, act)).toBe(expected);
  });
  test('negative: "note" is not found in "not"', () => {
    expect(word('This is not a statement', 'note')).toBeNull();
  });
  test('the last occurrence before the limit', () => {
    const text = 'It calls for dialogue and calls on the EEAS to act';
    const r = findActWord(text, 'call on', 0, text.indexOf('the EEAS'));
    expect(r?.start).toBe(text.lastIndexOf('calls'));
  });
});
