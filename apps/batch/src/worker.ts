// The worker thread's entry point: piscina calls the default export once per file.
import type { FileResult, FileTask } from './engine';
import { loadEngine } from './load-engine';

// A worker runs long: it compiles the engine rather than hold the code cache (see loadEngine).
const { processFile } = loadEngine({ codeCache: false });

/** A file to process, or 'ready': does this thread start (load the engine) at all? */
export type ThreadTask = FileTask | 'ready';

export default function runTask(task: ThreadTask): Promise<FileResult | 'ready'> {
  return task === 'ready' ? Promise.resolve('ready') : processFile(task);
}
