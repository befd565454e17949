import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface RunFigures {
  documents: number;
  bytes: number;
  seconds: number;
  /** CPU time of the process (every thread: V8's compiler and garbage collector too). */
  cpuSeconds: number;
  maxRssBytes: number;
}

/**
 * The libraries' bare parse over a corpus folder, in this process: compromise's full parse
 * (`nlp(text)`) or wink-nlp's `readDoc` with sentences and entities. Stops after `budgetSeconds`.
 */
export function measureLibrary(
  library: 'compromise' | 'wink',
  dir: string,
  budgetSeconds: number,
): RunFigures {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const wink = library === 'wink' ? winkNLP(model) : null;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let bytes = 0;
  let documents = 0;
  let sink = 0;
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (wink) {
      const doc = wink.readDoc(text);
      sink += doc.sentences().out().length + doc.entities().out().length;
    } else {
      sink += nlp(text).length;
    }
    bytes += Buffer.byteLength(text);
    documents++;
    if ((performance.now() - started) / 1000 > budgetSeconds) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  if (sink < 0) throw new Error('unreachable');
  return {
    documents,
    bytes,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
