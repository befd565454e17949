// Determinism: the same input gives byte-identical records and failures files between two runs and
// whatever the number of workers (1, 2, 3), failures included and in input order.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type CliRun,
  describeRun,
  ensureBuilt,
  makeTempDir,
  parseSummary,
  releaseBuilt,
  repoRoot,
  runCli,
} from './support/cli';
import { epDocument, seededChooser } from './support/ep-text';

const shared = process.env.HEMICYCLE_SHARED ?? resolve(repoRoot, '..', 'shared');
const sharedCorpus = join(shared, 'corpus');

let dir = '';
let inputs: string[] = [];
const runs = new Map<string, { run: CliRun; records: Buffer; failures: Buffer }>();

async function batch(label: string, workers: number): Promise<void> {
  const out = join(dir, label, 'records.jsonl');
  mkdirSync(join(dir, label));
  const run = await runCli(
    ['batch', '--input', ...inputs, '--out', out, '--workers', String(workers)],
    {
      timeoutMs: 120_000,
    },
  );
  runs.set(label, {
    run,
    records: existsSync(out) ? readFileSync(out) : Buffer.alloc(0),
    failures: existsSync(`${out}.failures.jsonl`)
      ? readFileSync(`${out}.failures.jsonl`)
      : Buffer.alloc(0),
  });
}

beforeAll(async () => {
  ensureBuilt();
  dir = makeTempDir('determinism');
  const generated = join(dir, 'generated');
  mkdirSync(join(generated, 'nested'), { recursive: true });
  for (let i = 0; i < 16; i++) {
    const text = epDocument(seededChooser(1000 + i), 20 + ((i * 37) % 150), i % 3 === 0);
    writeFileSync(
      join(generated, i % 4 === 0 ? 'nested' : '', `doc-${String(i).padStart(2, '0')}.txt`),
      text,
    );
  }
  // Failures must come out in input order too, interleaved with records.
  writeFileSync(join(generated, 'doc-05a-empty.txt'), '');
  writeFileSync(join(generated, 'doc-11a-binary.txt'), Buffer.from([1, 2, 0, 3]));
  writeFileSync(join(generated, 'doc-13a-latin1.txt'), Buffer.from('Résolution\n', 'latin1'));
  inputs = [
    join(repoRoot, 'corpus'),
    generated,
    // The shared texts as explicit file inputs, the longest left out to keep the four runs short.
    ...(existsSync(sharedCorpus)
      ? readdirSync(sharedCorpus)
          .filter((n) => n.endsWith('.txt'))
          .sort()
          .map((n) => join(sharedCorpus, n))
          .filter((p) => statSync(p).size <= 110_000)
      : []),
  ];
  // Two at a time: contention must not change the output either.
  await Promise.all([batch('workers-1', 1), batch('workers-2', 2)]);
  await Promise.all([batch('workers-3', 3), batch('workers-2-again', 2)]);
}, 400_000);

/** Where two JSON Lines files first differ: the line, its doc and the top-level fields that differ. */
function firstDifference(a: Buffer, b: Buffer): string {
  const la = a.toString('utf8').split('\n');
  const lb = b.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    if (la[i] === undefined || lb[i] === undefined) return `line ${i + 1} is missing in one file`;
    const ra = JSON.parse(la[i]!) as Record<string, unknown>;
    const rb = JSON.parse(lb[i]!) as Record<string, unknown>;
    const keys = Object.keys({ ...ra, ...rb }).filter(
      (k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k]),
    );
    return `line ${i + 1} (doc ${String(ra.doc)} / ${String(rb.doc)}) differs in ${keys.join(', ')}`;
  }
  return 'no difference';
}

afterAll(() => {
  releaseBuilt();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  test('every run completes with the same counts (3 failures, the rest records)', () => {
    for (const [label, { run }] of runs) {
      expect(run.code, `${label}: ${describeRun(run)}`).toBe(1);
      const summary = parseSummary(run.stderr);
      expect(summary?.failed, label).toBe(3);
      expect(summary?.records, label).toBeGreaterThanOrEqual(15);
    }
  });

  test('two runs with the same input and workers give byte-identical files', () => {
    const a = runs.get('workers-2')!;
    const b = runs.get('workers-2-again')!;
    expect(a.records.length).toBeGreaterThan(0);
    expect(a.records.equals(b.records), firstDifference(a.records, b.records)).toBe(true);
    expect(a.failures.equals(b.failures), firstDifference(a.failures, b.failures)).toBe(true);
  });

  test('1, 2 and 3 workers give byte-identical records and failures', () => {
    const one = runs.get('workers-1')!;
    for (const label of ['workers-2', 'workers-3']) {
      const other = runs.get(label)!;
      expect(
        other.records.equals(one.records),
        `${label} records differ from 1 worker: ${firstDifference(one.records, other.records)}`,
      ).toBe(true);
      expect(
        other.failures.equals(one.failures),
        `${label} failures differ from 1 worker: ${firstDifference(one.failures, other.failures)}`,
      ).toBe(true);
    }
  });

  test('records come in input order (sorted paths within each input folder)', () => {
    const paths = runs
      .get('workers-1')!
      .records.toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    const generated = paths.filter((p) => p.startsWith(join(dir, 'generated')));
    expect(generated).toEqual([...generated].sort());
  });
});
