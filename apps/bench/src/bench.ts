import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './build-corpus';
import { measureLibrary, type RunFigures } from './measure-library';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const cli = join(root, 'apps', 'batch', 'dist', 'cli.js');

const HELP = `Usage: pnpm bench [--mb <size>] [--out <file.json>] [--compromise-seconds <s>] [--skip-libraries]

Builds (or reuses) a corpus of at least --mb MB (default 50) of EP-like text from corpus/ and
../shared/corpus under out/bench-corpus-<mb>mb/, then measures on it, each in its own process:
compromise's full parse (time-bounded: it is slow), wink-nlp's readDoc with sentences and entities,
the Hemicycle pipeline (the CLI) with 1 worker and with one worker per core; and the CLI's cold
start on one document. Prints a table with MB/s, documents/s, ratios and peak RSS, and writes JSON
(default bench-results/bench.json).`;

interface Row extends RunFigures {
  name: string;
  mbPerSecond: number;
  docsPerSecond: number;
}

function row(name: string, f: RunFigures): Row {
  return {
    name,
    ...f,
    mbPerSecond: f.bytes / 1e6 / f.seconds,
    docsPerSecond: f.documents / f.seconds,
  };
}

function child(args: string[]): RunFigures {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as RunFigures;
}

function runPipeline(dir: string, workers: number): RunFigures {
  const stats = join(tmpdir(), `hemicycle-bench-${process.pid}-${workers}.json`);
  const out = join(tmpdir(), `hemicycle-bench-${process.pid}-${workers}.jsonl`);
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'batch',
      '--input',
      dir,
      '--out',
      out,
      '--workers',
      String(workers),
      '--quiet',
      '--stats',
      stats,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`the pipeline exited with ${run.status} on ${dir}`);
  const s = JSON.parse(readFileSync(stats, 'utf8')) as {
    inputs: number;
    bytes: number;
    seconds: number;
    maxRssBytes: number;
  };
  return { documents: s.inputs, bytes: s.bytes, seconds: s.seconds, maxRssBytes: s.maxRssBytes };
}

function coldStartMs(runs: number): number {
  const doc = join(root, 'corpus', '2012-2553-RSP.txt');
  const out = join(tmpdir(), `hemicycle-bench-cold-${process.pid}.jsonl`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [cli, 'batch', '--input', doc, '--out', out, '--workers', '1', '--quiet'],
      {
        stdio: 'ignore',
      },
    );
    if (run.status !== 0) throw new Error(`the CLI exited with ${run.status} on ${doc}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: {
      mb: { type: 'string', default: '50' },
      out: { type: 'string', default: join(root, 'bench-results', 'bench.json') },
      'compromise-seconds': { type: 'string', default: '60' },
      'skip-libraries': { type: 'boolean' },
      child: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.child === 'compromise' || values.child === 'wink') {
    const figures = measureLibrary(
      values.child,
      positionals[0]!,
      Number(positionals[1] ?? Infinity),
    );
    process.stdout.write(JSON.stringify(figures));
    return;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const mb = Number(values.mb);
  const dir = join(root, 'out', `bench-corpus-${mb}mb`);
  const manifest = buildCorpus(dir, mb, [
    join(root, 'corpus'),
    join(root, '..', 'shared', 'corpus'),
  ]);
  process.stderr.write(
    `corpus: ${manifest.documents} documents, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${dir}\n`,
  );

  const cores = availableParallelism();
  const rows: Row[] = [];
  if (!values['skip-libraries']) {
    process.stderr.write('measuring compromise (time-bounded)…\n');
    rows.push(
      row(
        'compromise nlp(text)',
        child(['--child', 'compromise', dir, values['compromise-seconds']!]),
      ),
    );
    process.stderr.write('measuring wink-nlp…\n');
    rows.push(row('wink-nlp readDoc + sentences + entities', child(['--child', 'wink', dir])));
  }
  process.stderr.write('measuring the pipeline, 1 worker…\n');
  rows.push(row('hemicycle pipeline, 1 worker', runPipeline(dir, 1)));
  process.stderr.write(`measuring the pipeline, ${cores} workers…\n`);
  rows.push(row(`hemicycle pipeline, ${cores} workers`, runPipeline(dir, cores)));
  const cold = coldStartMs(7);

  const by = (prefix: string) => rows.find((r) => r.name.startsWith(prefix));
  const ratio = (a?: Row, b?: Row) => (a && b ? a.mbPerSecond / b.mbPerSecond : null);
  const one = by('hemicycle pipeline, 1');
  const many = rows.find((r) => r.name.startsWith('hemicycle') && r !== one);
  const ratios = {
    pipeline1_vs_wink: ratio(one, by('wink')),
    wink_vs_compromise: ratio(by('wink'), by('compromise')),
    pipeline1_vs_compromise: ratio(one, by('compromise')),
    pipelineN_vs_pipeline1: ratio(many, one),
  };
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores,
    corpus: { ...manifest, dir },
    rows,
    ratios,
    coldStartMs: cold,
    note: 'compromise is time-bounded and measured on a prefix of the same documents in the same order',
  };
  mkdirSync(dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, `${JSON.stringify(result, null, 2)}\n`);

  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    `${pad('run', 44)} ${pad('docs', 7)} ${pad('MB', 7)} ${pad('s', 7)} ${pad('MB/s', 7)} ${pad('docs/s', 8)} peak RSS`,
    ...rows.map(
      (r) =>
        `${pad(r.name, 44)} ${pad(String(r.documents), 7)} ${pad((r.bytes / 1e6).toFixed(1), 7)} ${pad(r.seconds.toFixed(1), 7)} ${pad(r.mbPerSecond.toFixed(2), 7)} ${pad(r.docsPerSecond.toFixed(0), 8)} ${(r.maxRssBytes / 1e6).toFixed(0)} MB`,
    ),
    '',
    ...Object.entries(ratios).map(
      ([k, v]) => `${pad(k, 28)} ${v === null ? 'n/a' : `${v.toFixed(2)}×`}`,
    ),
    `${pad('CLI cold start (median of 7)', 28)} ${cold.toFixed(0)} ms`,
    `written to ${values.out}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
