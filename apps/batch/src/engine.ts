// The extraction engine: everything a worker needs to turn a file into a record line. It is
// bundled on its own as CommonJS (dist/engine.cjs) so that `loadEngine` can compile it with
// V8's code cache (see load-engine.ts).
export { type FileResult, type FileTask, processFile } from './process-file';
