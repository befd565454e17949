// The worker thread's entry point: piscina calls the default export once per file.
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { FileResult, FileTask } from './engine';
import { loadEngine } from './load-engine';

// A worker runs long: it compiles the engine rather than hold the code cache (see loadEngine).
const { processFile } = loadEngine({ codeCache: false });

/** A file to process, or 'ready': does this thread start (load the engine) at all? */
export type ThreadTask = FileTask | 'ready';

export default async function runTask(task: ThreadTask): Promise<FileResult | 'ready'> {
  if (task === 'ready') return 'ready';
  // A turn of the event loop before each file. The thread reads its files blocking (see
  // process-file.ts) and may hold the next one's task already, so without it two files can run
  // back to back with no turn: V8's foreground tasks wait (finishing a collection's marking
  // among them) and the heap grows. Measured on the 200 MB benchmark corpus with 2 workers:
  // peak 284 MiB without it against 268 MiB with the old asynchronous reads; 268 with it.
  await new Promise((resolve) => setImmediate(resolve));
  const result = await processFile(task);
  if (result.kind !== 'record') return result;
  // The record's bytes are moved to the main thread, not copied: it never holds the lines as
  // strings, which kept its heap at about 100 MB in a 2-worker run of the 50 MB benchmark corpus.
  const moved = { [transferableSymbol]: [result.line.buffer], [valueSymbol]: result };
  return move(moved) as unknown as FileResult;
}
