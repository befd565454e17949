// The worker thread's entry point: piscina calls the default export once per file.
import { type FileResult, type FileTask, processFile } from './process-file';

export default function runTask(task: FileTask): Promise<FileResult> {
  return processFile(task);
}
