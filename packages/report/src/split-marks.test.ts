import { describe, expect, test } from 'vitest';
import { type Mark, splitMarks } from './split-marks';

const mark = (start: number, end: number, name: string): Mark => ({
  start,
  end,
  classes: [name],
  label: name,
});

/** Segments as `[start,end):names` for compact comparison. */
function show(length: number, marks: Mark[]): string[] {
  return splitMarks(length, marks).map(
    (s) => `[${s.start},${s.end}):${s.marks.map((m) => m.label).join('+')}`,
  );
}

describe('splitMarks', () => {
  test('no marks: one plain segment', () => {
    expect(show(5, [])).toEqual(['[0,5):']);
  });
  test('nested: an entity inside a statement content', () => {
    expect(show(10, [mark(0, 10, 'content'), mark(3, 6, 'entity')])).toEqual([
      '[0,3):content',
      '[3,6):content+entity',
      '[6,10):content',
    ]);
  });
  test('overlapping, neither inside the other', () => {
    expect(show(8, [mark(1, 5, 'a'), mark(3, 7, 'b')])).toEqual([
      '[0,1):',
      '[1,3):a',
      '[3,5):a+b',
      '[5,7):b',
      '[7,8):',
    ]);
  });
  test('adjacent marks do not share a segment', () => {
    expect(show(4, [mark(0, 2, 'a'), mark(2, 4, 'b')])).toEqual(['[0,2):a', '[2,4):b']);
  });
  test('same range twice keeps both, in the order given', () => {
    expect(show(3, [mark(0, 3, 'b'), mark(0, 3, 'a')])).toEqual(['[0,3):b+a']);
  });
  test('empty and out-of-range marks are dropped or clamped', () => {
    expect(show(4, [mark(2, 2, 'empty'), mark(3, 9, 'tail'), mark(-2, 1, 'head')])).toEqual([
      '[0,1):head',
      '[1,3):',
      '[3,4):tail',
    ]);
  });
  test('segments cover the text exactly, in order', () => {
    const marks = [
      mark(5, 40, 'a'),
      mark(10, 20, 'b'),
      mark(15, 45, 'c'),
      mark(0, 50, 'd'),
      mark(20, 21, 'e'),
    ];
    const segs = splitMarks(50, marks);
    expect(segs[0]!.start).toBe(0);
    expect(segs.at(-1)!.end).toBe(50);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
    for (const s of segs) {
      for (const m of marks) {
        const covers = m.start <= s.start && s.end <= m.end;
        expect(s.marks.includes(m)).toBe(covers);
      }
    }
  });
});
