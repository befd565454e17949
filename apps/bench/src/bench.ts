import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './build-corpus';
import { measureLibrary, type RunFigures } from './measure-library';
import { measureWinkThreads } from './measure-wink-threads';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const cli = join(root, 'apps', 'batch', 'dist', 'cli.js');

const HELP = `Usage: pnpm bench [--mb <size>] [--runs <n>] [--out <file.json>] [--compromise-seconds <s>]
                  [--skip-libraries]

Builds (or reuses) a corpus of at least --mb MB (default 50) of EP-like text from corpus/ and
../shared/corpus under out/bench-corpus-<mb>mb/, then measures on it, each in its own process:
compromise's full parse (time-bounded: it is slow), wink-nlp's readDoc with sentences and entities
in one thread and in one thread per core (how the bare library scales), the Hemicycle pipeline (the
CLI, run as \`pnpm batch\` runs it: MALLOC_ARENA_MAX=2 unless set) with 1 worker, with 1 worker
confined to one core (taskset, where there is one: V8's compiler and collector threads then share
that core instead of taking a spare one) and with one worker per core; and the CLI's cold start on
one document. wink-nlp and the pipeline are measured
--runs times (default 3) in rounds (wink-nlp in 1 thread and one per core, the pipeline with 1
worker and one per core, again and again), so that a machine whose speed drifts slows them all
alike: a row gives its median run (and the range of its MB/s), a ratio the median of the rounds'
ratios. Prints a table with MB/s, documents/s, the cores a run kept busy (CPU seconds of all its
threads per second) and peak RSS (the largest of the runs), and writes JSON (default
bench-results/bench.json).`;

interface Row extends RunFigures {
  name: string;
  mbPerSecond: number;
  docsPerSecond: number;
  /** CPU seconds per second: how many cores the run kept busy (its own threads and V8's). */
  coresBusy: number;
  /** How many times it was measured, and the lowest and highest MB/s of those runs. */
  runs: number;
  mbPerSecondRange: [number, number];
}

const mbps = (f: RunFigures) => f.bytes / 1e6 / f.seconds;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A row from several runs of one thing: the median run by MB/s, the largest peak RSS. */
function summarize(name: string, runs: readonly RunFigures[]): Row {
  const sorted = [...runs].sort((a, b) => mbps(a) - mbps(b));
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    ...row(name, mid),
    maxRssBytes: Math.max(...runs.map((r) => r.maxRssBytes)),
    runs: runs.length,
    mbPerSecondRange: [mbps(sorted[0]!), mbps(sorted[sorted.length - 1]!)],
  };
}

function row(name: string, f: RunFigures): Omit<Row, 'runs' | 'mbPerSecondRange'> {
  return {
    name,
    ...f,
    mbPerSecond: f.bytes / 1e6 / f.seconds,
    docsPerSecond: f.documents / f.seconds,
    coresBusy: f.cpuSeconds / f.seconds,
  };
}

function child(args: string[]): RunFigures {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as RunFigures;
}

/**
 * The environment the CLI runs in, as `pnpm batch` runs it (package.json): glibc's malloc limited
 * to two arenas. By default it gives each thread that allocates its own arena, and memory freed in
 * them stays with the process: 21 MiB more at the peak of a 2-worker run on the 50 MB corpus,
 * at the same speed (4 paired runs).
 */
const CLI_ENV = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };

/**
 * The processor a run is confined to with `taskset -c`: the first this process may use, or null
 * where there is no taskset (not Linux, or util-linux missing) or it cannot confine a child.
 */
function oneCpu(): string | null {
  const mask = spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  if (mask.status !== 0 || typeof mask.stdout !== 'string') return null;
  // "pid 123's current affinity list: 0-3,6"
  const list = mask.stdout.slice(mask.stdout.lastIndexOf(':') + 1).trim();
  const first = /^\d+/.exec(list)?.[0];
  if (first === undefined) return null;
  const probe = spawnSync('taskset', ['-c', first, process.execPath, '-e', ''], {
    stdio: 'ignore',
  });
  return probe.status === 0 ? first : null;
}

/** One run of the CLI on `dir`; with `cpu`, confined to that one processor. */
function runPipeline(dir: string, workers: number, cpu: string | null = null): RunFigures {
  const tag = `${process.pid}-${workers}${cpu === null ? '' : `-cpu${cpu}`}`;
  const stats = join(tmpdir(), `hemicycle-bench-${tag}.json`);
  const out = join(tmpdir(), `hemicycle-bench-${tag}.jsonl`);
  const node = [process.execPath];
  const command = cpu === null ? node : ['taskset', '-c', cpu, ...node];
  const run = spawnSync(
    command[0]!,
    [
      ...command.slice(1),
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
    { stdio: ['ignore', 'ignore', 'inherit'], env: CLI_ENV },
  );
  if (run.status !== 0) throw new Error(`the pipeline exited with ${run.status} on ${dir}`);
  const s = JSON.parse(readFileSync(stats, 'utf8')) as {
    inputs: number;
    bytes: number;
    seconds: number;
    cpuSeconds: number;
    maxRssBytes: number;
  };
  return {
    documents: s.inputs,
    bytes: s.bytes,
    seconds: s.seconds,
    cpuSeconds: s.cpuSeconds,
    maxRssBytes: s.maxRssBytes,
  };
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
      { stdio: 'ignore', env: CLI_ENV },
    );
    if (run.status !== 0) throw new Error(`the CLI exited with ${run.status} on ${doc}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      mb: { type: 'string', default: '50' },
      out: { type: 'string', default: join(root, 'bench-results', 'bench.json') },
      'compromise-seconds': { type: 'string', default: '60' },
      runs: { type: 'string', default: '3' },
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
  if (values.child === 'wink-threads') {
    const threads = Number(positionals[1]);
    process.stdout.write(JSON.stringify(await measureWinkThreads(positionals[0]!, threads)));
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
  const runs = Math.max(1, Math.floor(Number(values.runs)));
  const withLibraries = !values['skip-libraries'];
  const rows: Row[] = [];
  let compromise: RunFigures | null = null;
  if (withLibraries) {
    process.stderr.write('measuring compromise (time-bounded)…\n');
    compromise = child(['--child', 'compromise', dir, values['compromise-seconds']!]);
    rows.push(summarize('compromise nlp(text)', [compromise]));
  }
  const wink: RunFigures[] = [];
  const winkMany: RunFigures[] = [];
  const one: RunFigures[] = [];
  const oneCore: RunFigures[] = [];
  const many: RunFigures[] = [];
  const cpu = oneCpu();
  if (cpu === null) process.stderr.write('no taskset here: the run on one core is left out\n');
  for (let round = 1; round <= runs; round++) {
    if (withLibraries) {
      process.stderr.write(`round ${round}/${runs}: wink-nlp…\n`);
      wink.push(child(['--child', 'wink', dir]));
      process.stderr.write(`round ${round}/${runs}: wink-nlp, ${cores} threads…\n`);
      winkMany.push(child(['--child', 'wink-threads', dir, String(cores)]));
    }
    process.stderr.write(`round ${round}/${runs}: the pipeline, 1 worker…\n`);
    one.push(runPipeline(dir, 1));
    if (cpu !== null) {
      process.stderr.write(`round ${round}/${runs}: the pipeline, 1 worker on one core…\n`);
      oneCore.push(runPipeline(dir, 1, cpu));
    }
    process.stderr.write(`round ${round}/${runs}: the pipeline, ${cores} workers…\n`);
    many.push(runPipeline(dir, cores));
  }
  if (withLibraries) {
    rows.push(summarize('wink-nlp readDoc + sentences + entities', wink));
    rows.push(summarize(`wink-nlp, ${cores} threads`, winkMany));
  }
  rows.push(summarize('hemicycle pipeline, 1 worker', one));
  if (oneCore.length > 0) rows.push(summarize('hemicycle pipeline, 1 worker on one core', oneCore));
  rows.push(summarize(`hemicycle pipeline, ${cores} workers`, many));
  const cold = coldStartMs(7);

  /** The median over rounds of a[i] / b[i] in MB/s (paired), or null without b. */
  const paired = (a: readonly RunFigures[], b: readonly RunFigures[]) =>
    b.length === a.length && a.length > 0 ? median(a.map((x, i) => mbps(x) / mbps(b[i]!))) : null;
  const winkMedian = wink.length > 0 ? median(wink.map(mbps)) : null;
  const ratios = {
    pipeline1_vs_wink: paired(one, wink),
    wink_vs_compromise: winkMedian && compromise ? winkMedian / mbps(compromise) : null,
    pipeline1_vs_compromise: compromise ? median(one.map(mbps)) / mbps(compromise) : null,
    pipelineN_vs_pipeline1: paired(many, one),
    pipelineN_vs_pipeline1_one_core: paired(many, oneCore),
    winkN_vs_wink1: paired(winkMany, wink),
  };
  const roundRatios = {
    pipelineN_vs_pipeline1: many.map((x, i) => mbps(x) / mbps(one[i]!)),
    pipelineN_vs_pipeline1_one_core:
      oneCore.length === many.length ? many.map((x, i) => mbps(x) / mbps(oneCore[i]!)) : [],
    pipeline1_vs_wink:
      wink.length === one.length ? one.map((x, i) => mbps(x) / mbps(wink[i]!)) : [],
    winkN_vs_wink1:
      winkMany.length === wink.length ? winkMany.map((x, i) => mbps(x) / mbps(wink[i]!)) : [],
  };
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores,
    corpus: { ...manifest, dir },
    runs,
    rows,
    ratios,
    roundRatios,
    coldStartMs: cold,
    note: 'compromise is time-bounded and measured on a prefix of the same documents in the same order',
  };
  mkdirSync(dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, `${JSON.stringify(result, null, 2)}\n`);

  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    `${pad('run', 44)} ${pad('docs', 7)} ${pad('MB', 7)} ${pad('s', 7)} ${pad('MB/s', 7)} ${pad('(range)', 12)} ${pad('docs/s', 8)} ${pad('cores', 6)} peak RSS`,
    ...rows.map(
      (r) =>
        `${pad(r.name, 44)} ${pad(String(r.documents), 7)} ${pad((r.bytes / 1e6).toFixed(1), 7)} ${pad(r.seconds.toFixed(1), 7)} ${pad(r.mbPerSecond.toFixed(2), 7)} ${pad(r.runs > 1 ? `${r.mbPerSecondRange[0].toFixed(2)}–${r.mbPerSecondRange[1].toFixed(2)}` : '', 12)} ${pad(r.docsPerSecond.toFixed(0), 8)} ${pad(r.coresBusy.toFixed(2), 6)} ${(r.maxRssBytes / 1e6).toFixed(0)} MB`,
    ),
    '',
    ...Object.entries(ratios).map(([k, v]) => {
      const each = roundRatios[k as keyof typeof roundRatios];
      const rounds =
        each && each.length > 1 ? ` (rounds: ${each.map((x) => x.toFixed(2)).join(', ')})` : '';
      return `${pad(k, 32)} ${v === null ? 'n/a' : `${v.toFixed(2)}×`}${rounds}`;
    }),
    `${pad('CLI cold start (median of 7)', 32)} ${cold.toFixed(0)} ms`,
    `written to ${values.out}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
