import { describe, expect, test } from 'vitest';
import { PhraseTrie } from './phrase-trie';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  test.each([
    { input: 'the OSCE’s Office', tokens: ['the', 'OSCE', '’', 's', 'Office'] },
    { input: 'Verts/ALE and S&D', tokens: ['Verts', '/', 'ALE', 'and', 'S', '&', 'D'] },
    { input: 'Directive 2001/83/EC', tokens: ['Directive', '2001', '/', '83', '/', 'EC'] },
    { input: 'Isabel Wiseler‑Lima', tokens: ['Isabel', 'Wiseler', '‑', 'Lima'] },
    { input: 'Záborská 😀 Nienaß', tokens: ['Záborská', '😀', 'Nienaß'] },
  ])('$input', ({ input, tokens }) => {
    const out = tokenize(input, 0, input.length);
    expect(out.map((t) => t.text)).toEqual(tokens);
    for (const t of out) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  test('flags: capitalised, upper case, numbers, spacing', () => {
    const [a, b, c, d] = tokenize('GOERENS Charles 2012 (x', 0, 23);
    expect(a).toMatchObject({ cap: true, upper: true, num: false, spaceBefore: true });
    expect(b).toMatchObject({ cap: true, upper: false });
    expect(c).toMatchObject({ num: true, cap: false });
    expect(d).toMatchObject({ word: false, key: '(' });
  });

  test('offsets are those of the whole text when reading a slice of it', () => {
    const text = 'Intro. The EEAS acts.';
    const out = tokenize(text, 7, text.length);
    expect(out[1]).toMatchObject({ text: 'EEAS', start: 11, end: 15 });
  });
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('UN', 'un');
  trie.add('UN Convention on the Rights of Persons with Disabilities', 'crpd');
  trie.add('Verts/ALE', 'greens');
  trie.add("People's Republic of China", 'cn');
  const tokens = (s: string) => tokenize(s, 0, s.length);

  test('the longest phrase wins', () => {
    const t = tokens('the UN Convention on the Rights of Persons with Disabilities (UNCRPD)');
    expect(trie.match(t, 1)).toMatchObject({ end: 10, values: ['crpd'] });
    expect(trie.matchAll(t, 1).map((m) => m.values[0])).toEqual(['un', 'crpd']);
  });

  test('curly quotes and dashes match their ASCII forms; spacing must match', () => {
    expect(trie.match(tokens('Verts/ALE'), 0)?.values).toEqual(['greens']);
    expect(trie.match(tokens('People’s Republic of China'), 0)?.values).toEqual(['cn']);
    expect(trie.match(tokens('Verts / ALE'), 0)).toBeNull();
  });
});
