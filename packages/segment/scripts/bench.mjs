// Throughput of segmentSentences on the EP corpus texts (and of wink-nlp / compromise for scale).
// Usage, from packages/segment: node scripts/bench.mjs [--libs]
// Bundles src/ with esbuild (a root dev dependency) into a temporary file, then times it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(pkg, '../..');
const shared = process.env.HEMICYCLE_SHARED ?? resolve(repo, '../shared');
const out = join(mkdtempSync(join(tmpdir(), 'segment-bench-')), 'segment.mjs');
execFileSync(
  join(repo, 'node_modules/.bin/esbuild'),
  [
    join(pkg, 'src/index.ts'),
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--conditions=source',
    `--outfile=${out}`,
    '--log-level=warning',
  ],
  { stdio: 'inherit' },
);
const { segmentSentences } = await import(pathToFileURL(out).href);

const dirs = [join(shared, 'corpus'), join(repo, 'corpus')].filter(existsSync);
const texts = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(d, f), 'utf8')),
);
const corpus = texts.join('\n\n');
const mb = (s) => s.length / 1e6;

function rate(fn, input, minMs = 2000) {
  fn(input); // warm up
  let runs = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn(input);
    runs++;
    t = performance.now();
  }
  return (mb(input) * runs) / ((t - t0) / 1000);
}

console.log(`corpus: ${texts.length} texts, ${mb(corpus).toFixed(2)} M chars`);
console.log(
  `segmentSentences, per text:  ${rate((all) => {
    for (const t of all.split('\u0000')) segmentSentences(t);
  }, texts.join('\u0000')).toFixed(1)} MB/s`,
);
const big = corpus.repeat(Math.ceil(50e6 / corpus.length));
const t0 = performance.now();
const n = segmentSentences(big).length;
const s = (performance.now() - t0) / 1000;
console.log(
  `segmentSentences, one ${mb(big).toFixed(0)} M-char document: ${n} sentences in ${s.toFixed(2)} s = ${(mb(big) / s).toFixed(1)} MB/s`,
);

if (process.argv.includes('--libs')) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const { default: nlp } = await import('compromise');
  const wink = winkNLP(model);
  console.log(
    `wink-nlp readDoc().sentences(): ${rate((t) => wink.readDoc(t).sentences().out(), corpus, 3000).toFixed(2)} MB/s`,
  );
  console.log(
    `compromise sentences():        ${rate((t) => nlp(t).sentences().out('array'), texts[0], 3000).toFixed(2)} MB/s (one text)`,
  );
}
