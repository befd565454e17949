import { fileURLToPath } from 'node:url';
import { documentId } from '@hemicycle/ingest';
import { Piscina } from 'piscina';
import type { FileResult, FileTask } from './process-file';

/** Runs file tasks on worker threads. */
export interface FilePool {
  run(task: FileTask): Promise<FileResult>;
  close(): Promise<void>;
}

/**
 * The old-generation heap each thread may use: enough for the largest document (48 bytes
 * of heap per byte of text at the peak of its extraction (measured: 32–40)) and never under 192 MB. A bound makes
 * V8 collect early instead of letting the heap grow with the corpus, which keeps memory flat.
 */
export function heapLimitMb(largestDocumentBytes: number): number {
  return Math.max(192, Math.ceil((largestDocumentBytes * 48) / 1e6));
}

/**
 * A pool of `workers` threads (also for one worker: the thread's heap is bounded, see above),
 * or, for a single document, this thread: no thread to start, the quickest cold start.
 */
export function createFilePool(
  workers: number,
  largestDocumentBytes: number,
  documents: number,
): FilePool {
  if (documents <= 1) {
    const processFile = import('./process-file').then((m) => m.processFile);
    return { run: async (task) => (await processFile)(task), close: async () => {} };
  }
  const pool = new Piscina<FileTask, FileResult>({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb(largestDocumentBytes) },
  });
  // A thread that cannot start (or dies between tasks) is reported through its tasks; the
  // pool's own error event must not end the process.
  pool.on('error', () => {});
  return {
    // A worker that dies (out of memory, a crash) costs its document, never the batch.
    run: (task) =>
      pool.run(task).catch(
        (error: unknown): FileResult => ({
          kind: 'failure',
          doc: documentId(task.path),
          file: task.path,
          code: 'worker-crashed',
          reason: `the worker processing this file stopped: ${error instanceof Error ? error.message : String(error)}`,
          bytes: 0,
        }),
      ),
    close: () => pool.destroy(),
  };
}
