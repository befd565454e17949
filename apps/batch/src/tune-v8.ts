import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/**
 * V8 flags for a batch whose worker threads keep every core busy.
 *
 * `--max-inlined-bytecode-size-cumulative=150` (V8's default: 920): TurboFan inlines less into
 * each function it optimises. Each worker thread is its own V8 isolate and optimises the
 * pipeline's few hundred hot functions for itself, on V8's helper threads. With a core to spare
 * that costs nothing; with every core running a worker, the compiler takes its time from them.
 * Measured on the 50 MB benchmark corpus (1,386 documents), paired runs against the default:
 * - TurboFan's compile time (1 worker, --trace-opt): 3.6 → 2.3 s;
 * - 2 workers on 2 cores: wall time 0.93× and 0.94× (two calls of 5 pairs, each pair 0.90–0.97);
 *   300 gave 0.94× too, 100 no better than 150, 60 6% slower than 150; on a 200 MB corpus 1.00×
 *   (3 pairs): what it saves is warm-up;
 * - 1 worker on 2 cores: 1.07× (6 pairs, 0.99–1.27): slower code, and no compile time to save.
 * Records are byte-identical either way.
 */
export const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=150'];

/** Whether a batch with `workers` threads sets V8_FLAGS: when the workers leave no core idle. */
export function busyCores(workers: number, cores: number = availableParallelism()): boolean {
  return workers >= cores;
}

let tuned = false;

/**
 * Sets V8_FLAGS, once, from the main thread. V8's flags belong to the whole process: they must
 * be set before the worker threads start. Not for a one-document run, which compiles the engine
 * on the main thread from V8's code cache: V8 refuses a cache made under other flags.
 */
export function tuneV8(): readonly string[] {
  if (!isMainThread) return [];
  if (!tuned) for (const flag of V8_FLAGS) setFlagsFromString(flag);
  tuned = true;
  return V8_FLAGS;
}
