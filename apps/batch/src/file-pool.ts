import { fileURLToPath } from 'node:url';
import { documentId } from '@hemicycle/ingest';
import { Piscina } from 'piscina';
import type { FileResult, FileTask } from './process-file';

/** Runs file tasks in this thread (1 worker) or on a pool of worker threads. */
export interface FilePool {
  run(task: FileTask): Promise<FileResult>;
  close(): Promise<void>;
}

export function createFilePool(workers: number): FilePool {
  if (workers <= 1) {
    // In this thread: the pipeline is loaded on the first document, not at start.
    const processFile = import('./process-file').then((m) => m.processFile);
    return { run: async (task) => (await processFile)(task), close: async () => {} };
  }
  const pool = new Piscina<FileTask, FileResult>({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
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
