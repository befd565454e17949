import { availableParallelism } from 'node:os';

/**
 * Input that makes one more worker thread worth starting. Each thread loads the engine and warms
 * it up on its own (V8 compiles the hot functions again in every thread), while a single worker
 * has that done on an idle core. Measured with the CLI on prefixes of the 50 MB bench corpus, 2
 * cores, 5 paired runs each, 2 workers against 1: 1.03× the time on 3.2 MB, 0.94× on 7.6 MB,
 * 0.85× on 11 MB (and 55 to 70 MiB more at the peak).
 */
export const BYTES_PER_WORKER = 4_000_000;

/**
 * How many worker threads a batch of `totalBytes` of input gets when `--workers` is not given:
 * one per 4 MB, at least one, at most one per core.
 */
export function defaultWorkers(totalBytes: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.round(totalBytes / BYTES_PER_WORKER)));
}
