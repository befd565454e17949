// A worker thread that dies costs only the document that killed it. Each thread holds two files
// (the next one is read while one is extracted), so the file beside the culprit dies with the
// thread too: it must be tried again and come out as a record.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type CliRun,
  cliPath,
  describeRun,
  ensureBuilt,
  makeTempDir,
  readJsonLines,
  releaseBuilt,
  repoRoot,
  runCli,
} from './support/cli';

let dir = '';
let run: CliRun;
const NAMES = ['a-1', 'a-2', 'b-huge', 'c-1', 'c-2', 'c-3'];

beforeAll(async () => {
  ensureBuilt();
  dir = makeTempDir('crash');
  const summary = readFileSync(join(repoRoot, 'corpus', '2012-2553-RSP.txt'), 'utf8');
  for (const name of NAMES) {
    // 5 MB for the culprit: far more heap than --max-heap-mb 96 leaves a thread for one document
    writeFileSync(join(dir, `${name}.txt`), name === 'b-huge' ? summary.repeat(1500) : summary);
  }
  run = await runCli(
    [
      'batch',
      '--input',
      dir,
      '--out',
      join(dir, 'out', 'records.jsonl'),
      '--workers',
      '1',
      '--max-heap-mb',
      '96',
      '--quiet',
    ],
    { timeoutMs: 110_000 },
  );
}, 120_000);

afterAll(() => {
  releaseBuilt();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a worker that runs out of memory', () => {
  test('fails the document that needed the memory, as worker-crashed, and exits 1', () => {
    expect(run.timedOut, describeRun(run)).toBe(false);
    expect(run.code, describeRun(run)).toBe(1);
    const failures = readJsonLines<{ doc: string; code: string; reason: string }>(
      join(dir, 'out', 'records.jsonl.failures.jsonl'),
    );
    expect(failures.map((f) => [f.doc, f.code])).toEqual([['b-huge', 'worker-crashed']]);
    expect(failures[0]?.reason).toMatch(/memory/);
  });

  test('gives every other document its record, in input order, the one beside it included', () => {
    const records = readJsonLines<{ doc: string; statements: unknown[] }>(
      join(dir, 'out', 'records.jsonl'),
    );
    expect(records.map((r) => r.doc)).toEqual(NAMES.filter((n) => n !== 'b-huge'));
    for (const r of records) expect(r.statements.length).toBeGreaterThan(0);
  });
});

describe('--max-heap-mb', () => {
  test('refuses a bound too small for the models, as a usage error', async () => {
    const bad = await runCli(['batch', '--input', dir, '--max-heap-mb', '8']);
    expect(bad.code, describeRun(bad)).toBe(2);
    expect(bad.stderr).toMatch(/--max-heap-mb takes a whole number of MB from 64 up/);
  });
});

describe('worker threads that cannot start', () => {
  test('fail every document with the reason, exit 1: never a silent success', () => {
    // the CLI without its engine: every thread dies as it starts
    const broken = join(dir, 'broken-dist');
    cpSync(join(cliPath, '..'), broken, { recursive: true, verbatimSymlinks: true });
    rmSync(join(broken, 'engine.cjs'));
    const out = join(dir, 'broken-out', 'records.jsonl');
    const small = NAMES.filter((n) => n !== 'b-huge').map((n) => join(dir, `${n}.txt`));
    const run = spawnSync(
      process.execPath,
      [join(broken, 'cli.js'), 'batch', '--input', ...small, '--out', out, '--workers', '2'],
      { encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(1);
    const failures = readJsonLines<{ doc: string; code: string; reason: string }>(
      `${out}.failures.jsonl`,
    );
    expect(failures.map((f) => f.doc)).toEqual(NAMES.filter((n) => n !== 'b-huge'));
    for (const f of failures) {
      expect(f.code).toBe('worker-crashed');
      expect(f.reason).toMatch(/engine\.cjs/);
    }
  }, 70_000);
});
