import { describe, expect, test } from 'vitest';
import { defaultWorkers } from './default-workers';

describe('defaultWorkers: one worker per 4 MB of input, at least one, at most one per core', () => {
  test.each([
    // [bytes, cores, workers]
    [0, 2, 1], // an empty batch still gets its one worker
    [3_327, 2, 1], // the Kazakhstan summary
    [3_200_000, 2, 1], // where a second worker was 1.03× slower
    [6_000_000, 2, 2],
    [51_600_000, 2, 2], // the bench corpus: one per core
    [51_600_000, 16, 13],
    [1e9, 64, 64],
    [1e9, 1, 1],
  ])('%i bytes on %i cores → %i', (bytes, cores, workers) => {
    expect(defaultWorkers(bytes, cores)).toBe(workers);
  });
});
