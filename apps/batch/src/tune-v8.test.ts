import { describe, expect, test } from 'vitest';
import { busyCores, V8_FLAGS } from './tune-v8';

describe('busyCores: a batch sets V8_FLAGS when its workers leave no core idle', () => {
  test.each([
    // [workers, cores, set]
    [1, 2, false], // the compiler runs on the idle core for free; inlining less only slows the code
    [2, 2, true],
    [3, 2, true],
    [1, 1, true],
    [4, 8, false],
    [8, 8, true],
  ])('%i workers on %i cores → %s', (workers, cores, set) => {
    expect(busyCores(workers, cores)).toBe(set);
  });

  test('the flags are V8 options with a value', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    for (const flag of V8_FLAGS) expect(flag).toMatch(/^--[a-z0-9-]+=\d+$/);
  });
});
