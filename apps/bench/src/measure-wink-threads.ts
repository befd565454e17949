import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { RunFigures } from './measure-library';

/**
 * What each thread is given: the corpus, the index of the next file (shared by the threads) and
 * the start signal (0 until every thread has loaded the model, as measureLibrary loads it before
 * its clock starts).
 */
interface ThreadData {
  dir: string;
  files: string[];
  next: Int32Array;
  go: Int32Array;
}

/** One thread's share: wink-nlp's readDoc with sentences and entities on the files it takes. */
function readFiles({ dir, files, next, go }: ThreadData): { documents: number; bytes: number } {
  const nlp = winkNLP(model);
  parentPort?.postMessage('loaded');
  Atomics.wait(go, 0, 0);
  let documents = 0;
  let bytes = 0;
  let sink = 0;
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    const name = files[i];
    if (name === undefined) break;
    const text = readFileSync(join(dir, name), 'utf8');
    const doc = nlp.readDoc(text);
    sink += doc.sentences().out().length + doc.entities().out().length;
    bytes += Buffer.byteLength(text);
    documents++;
  }
  if (sink < 0) throw new Error('unreachable');
  return { documents, bytes };
}

// The threads run this very module (bundled as its own entry: dist/measure-wink-threads.js).
if (!isMainThread && parentPort) parentPort.postMessage(readFiles(workerData as ThreadData));

/**
 * wink-nlp's bare parse (readDoc + sentences + entities) over a corpus folder in `threads`
 * worker threads of this process, which take the files in turn from a shared counter: how well
 * the bare library scales over cores, the yardstick for the pipeline's workers. The clock starts
 * when every thread has loaded the model.
 */
export async function measureWinkThreads(dir: string, threads: number): Promise<RunFigures> {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const data: ThreadData = {
    dir,
    files,
    next: new Int32Array(new SharedArrayBuffer(4)),
    go: new Int32Array(new SharedArrayBuffer(4)),
  };
  const loaded: Promise<void>[] = [];
  const shares: Promise<{ documents: number; bytes: number }>[] = [];
  for (let t = 0; t < threads; t++) {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: data });
    // A thread that fails (before or after loading the model) rejects both, so nothing waits for ever.
    const failed = new Promise<never>((_resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`a wink-nlp thread exited with ${code}`));
      });
    });
    loaded.push(
      Promise.race([
        new Promise<void>((resolve) => worker.once('message', () => resolve())),
        failed,
      ]),
    );
    shares.push(
      Promise.race([
        new Promise<{ documents: number; bytes: number }>((resolve) => {
          worker.on('message', (m: unknown) => {
            if (m !== 'loaded') resolve(m as { documents: number; bytes: number });
          });
        }),
        failed,
      ]),
    );
  }
  await Promise.all(loaded);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  Atomics.store(data.go, 0, 1);
  Atomics.notify(data.go, 0);
  const done = await Promise.all(shares);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    documents: done.reduce((n, s) => n + s.documents, 0),
    bytes: done.reduce((n, s) => n + s.bytes, 0),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
