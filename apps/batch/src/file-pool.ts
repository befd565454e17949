import { fileURLToPath } from 'node:url';
import { documentId } from '@hemicycle/ingest/discover';
import type { Piscina } from 'piscina';
import type { FileResult, FileTask } from './engine';
import { busyCores, tuneV8 } from './tune-v8';
import type { ThreadTask } from './worker';

/** Runs file tasks on worker threads. */
export interface FilePool {
  run(task: FileTask): Promise<FileResult>;
  close(): Promise<void>;
  /** The V8 flags set for this pool's threads (see tune-v8.ts). */
  readonly v8Flags: readonly string[];
}

/**
 * The old-generation heap each thread may use: enough for the largest document (48 bytes
 * of heap per byte of text at the peak of its extraction (measured: 32–40), and 4 more for the
 * next file, read meanwhile) and never under 192 MB. A bound makes
 * V8 collect early instead of letting the heap grow with the corpus, which keeps memory flat.
 */
export function heapLimitMb(largestDocumentBytes: number): number {
  return Math.max(192, Math.ceil((largestDocumentBytes * 52) / 1e6));
}

/**
 * The young generation of each thread, in MB (V8's default here is 48, three times a 16 MB
 * semi-space; 24 makes the semi-spaces 8 MB, so young collections come twice as often). Measured
 * on the 50 MB benchmark corpus with 2 workers, 4 paired runs: peak RSS 327 MiB against 364 with
 * the default, time 2% longer; 16 was no smaller. 12 takes the peak to 284 MiB but costs 9% of the
 * time with 2 workers and 12% with 1: not worth it.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * A pool of `workers` threads (also for one worker: the thread's heap is bounded, see above),
 * or, for a single document with no heap bound asked for, this thread: no thread to start, the
 * quickest cold start. `heapMb` bounds each thread's old-generation heap (default: heapLimitMb).
 */
export function createFilePool(
  workers: number,
  largestDocumentBytes: number,
  documents: number,
  heapMb?: number,
): FilePool {
  if (documents <= 1 && heapMb === undefined) {
    const processFile = import('./load-engine').then(
      (m) => m.loadEngine({ codeCache: true }).processFile,
    );
    return { run: async (task) => (await processFile)(task), close: async () => {}, v8Flags: [] };
  }
  // With a worker on every core, V8's compiler threads take their time from the workers.
  const v8Flags = busyCores(workers) ? tuneV8() : [];
  const threads = {
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    idleTimeout: 60_000,
    resourceLimits: {
      maxOldGenerationSizeMb: heapMb ?? heapLimitMb(largestDocumentBytes),
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  };
  type Pool = Piscina<ThreadTask, FileResult | 'ready'>;
  // piscina is loaded here, not with this module: a one-document run never needs it.
  const opened = import('piscina').then(({ Piscina }) => {
    const pool: Pool = new Piscina({
      ...threads,
      minThreads: workers,
      maxThreads: workers,
      // Two files per thread: the next one is already at the thread when it finishes one. It was
      // worth 7% of the time with 2 workers (26 MB) when a thread read its files asynchronously,
      // the next one while it extracted this one; with blocking reads (process-file.ts), one file
      // per thread measured 1.01× (5 pairs, 50 MB), within the drift.
      concurrentTasksPerWorker: 2,
    });
    // A thread that cannot start (or dies between tasks) is reported through its tasks; the
    // pool's own error event must not end the process.
    pool.on('error', () => {});
    // piscina 5 rejects the tasks a thread that cannot start was given, but leaves the others
    // queued for ever. So one task first asks whether a thread starts at all; when none does,
    // every file fails with the reason, without being queued.
    const started: Promise<Error | null> = pool.run('ready').then(
      () => null,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
    // The file read beside one whose thread died dies with it: each file of a dead thread is
    // tried again alone, in a thread that holds one file at a time, so a crash costs only the
    // file that caused it.
    let alone: Pool | undefined;
    const runAlone = (task: FileTask): Promise<FileResult | 'ready'> => {
      if (!alone) {
        alone = new Piscina({
          ...threads,
          // one thread from the start: with none, piscina 5 never settles a task whose thread
          // cannot start
          minThreads: 1,
          maxThreads: 1,
          concurrentTasksPerWorker: 1,
        });
        alone.on('error', () => {});
      }
      return alone.run(task);
    };
    const close = async () => {
      await pool.destroy();
      await alone?.destroy();
    };
    return { pool, started, runAlone, close };
  });
  const crashed = (task: FileTask, error: unknown): FileResult => ({
    kind: 'failure',
    doc: documentId(task.path),
    file: task.path,
    code: 'worker-crashed',
    reason: `the worker processing this file stopped: ${error instanceof Error ? error.message : String(error)}`,
    bytes: 0,
  });
  return {
    // A worker that dies (out of memory, a crash) costs its document, never the batch.
    run: async (task) => {
      const { pool, started, runAlone } = await opened;
      const startError = await started;
      if (startError) return crashed(task, startError);
      const result = await pool
        .run(task)
        .catch(() => runAlone(task))
        .catch((error: unknown) => crashed(task, error));
      if (result === 'ready') throw new Error('a worker thread answered a file with "ready"');
      return result;
    },
    close: async () => (await opened).close(),
    v8Flags,
  };
}
