import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExtractionRecord, validateRecord } from '@hemicycle/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { V8_FLAGS } from '../src/tune-v8';
import { buildCli, root, runCli } from './cli';

const shared = process.env.HEMICYCLE_SHARED ?? join(root, '..', 'shared');
const hasShared = existsSync(join(shared, 'corpus'));
let work: string;

function readRecords(path: string): ExtractionRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as ExtractionRecord);
}

beforeAll(() => {
  buildCli();
  work = mkdtempSync(join(tmpdir(), 'hemicycle-e2e-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pnpm batch on the bundled corpus', () => {
  let run: ReturnType<typeof runCli>;
  let out: string;
  beforeAll(() => {
    out = join(work, 'bundled', 'records.jsonl');
    run = runCli(['batch', '--input', 'corpus', '--out', out, '--format', 'json']);
  });

  test('exits 0 and writes one record per document', () => {
    expect(run.stderr).toContain('1 inputs → 1 records, 0 failed');
    expect(run.status).toBe(0);
    expect(readRecords(out)).toHaveLength(1);
  });

  test('the Kazakhstan record has its header, tabledBy and exact sentence spans', () => {
    const [record] = readRecords(out);
    const text = readFileSync(join(root, 'corpus', '2012-2553-RSP.txt'), 'utf8');
    expect(record?.doc).toBe('2012-2553-RSP');
    expect(record?.title).toBe('Resolution on Kazakhstan');
    expect(record?.procedure).toEqual({
      reference: '2012/2553(RSP)',
      year: 2012,
      number: '2553',
      type: 'RSP',
    });
    expect(record?.event).toEqual({
      date: '2012-03-15',
      label: 'Text adopted by Parliament, single reading',
    });
    expect(record?.vote).toBeNull();
    expect(record?.tabledBy).toEqual(['EPP', 'ECR', 'ALDE', 'S&D', 'Greens/EFA']);
    expect(record?.source.format).toBe('oeil-summary');
    expect(validateRecord(record, text).ok).toBe(true);
    const sentences = record!.sentences.map((s) => s.text);
    expect(sentences[0]).toBe('The European Parliament adopted a resolution on Kazakhstan.');
    expect(sentences).toContain(
      'The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups.',
    );
    expect(sentences.at(-1)).toBe(
      'It expects that these announcements will be followed up with concrete actions.',
    );
  });

  test('prints a scorecard that scores 1.0 on the header', () => {
    const card = JSON.parse(run.stdout) as { total: { header: Record<string, { share: number }> } };
    expect(Object.keys(card.total.header).length).toBeGreaterThanOrEqual(5);
    for (const [field, total] of Object.entries(card.total.header)) {
      expect(total.share, field).toBe(1);
    }
  });
});

describe('the command line contract', () => {
  test('--help on each command exits 0', () => {
    for (const command of ['batch', 'evaluate', 'report', 'quality-update']) {
      const run = runCli([command, '--help']);
      expect(run.status, command).toBe(0);
      expect(run.stdout, command).toContain('Usage');
    }
  });

  test.each([
    [['batch', '--workers', 'zero']],
    [['batch', '--shard', '3/2']],
    [['batch', '--format', 'xml']],
    [['batch', '--no-such-flag']],
    [['batch', '--input', 'does-not-exist']],
    [['evaluate', '--records', 'x.jsonl']],
    [['frobnicate']],
  ])('usage error %j exits 2 with a message', (args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/hemicycle: /);
  });

  test('a failing document gives exit 1 and a failures file naming it', () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(root, 'corpus', '2012-2553-RSP.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(
      join(dir, 'c.txt'),
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Parliament calls on the Commission to act.', 'utf16le'),
      ]),
    );
    writeFileSync(join(dir, 'd.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x42]));
    writeFileSync(join(dir, 'ignored.json'), '{}');
    const out = join(work, 'mixed-out', 'records.jsonl');
    const run = runCli(['batch', '--input', dir, '--out', out]);
    expect(run.status).toBe(1);
    expect(readRecords(out).map((r) => r.doc)).toEqual(['a', 'c']);
    const failures = readFileSync(`${out}.failures.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(failures.map((f: { doc: string }) => f.doc)).toEqual(['b', 'd']);
    expect(failures[0].reason).toMatch(/empty/i);
    expect(failures[1].reason).toMatch(/UTF-8/);
    expect(run.stderr).toContain('4 inputs → 2 records, 2 failed');
  });

  test('evaluate scores a records file against gold', () => {
    const out = join(work, 'eval', 'records.jsonl');
    expect(
      runCli(['batch', '--input', 'corpus/2012-2553-RSP.txt', '--out', out, '--quiet']).status,
    ).toBe(0);
    const run = runCli(['evaluate', '--records', out, '--gold', 'corpus/gold', '--format', 'json']);
    expect(run.status).toBe(0);
    const card = JSON.parse(run.stdout) as { total: { header: Record<string, { share: number }> } };
    expect(card.total.header.title?.share).toBe(1);
  });
});

describe.skipIf(!hasShared)('the batch over ../shared/corpus', () => {
  let outs: Record<string, string>;
  beforeAll(() => {
    outs = {};
    for (const workers of ['1', '2']) {
      const out = join(work, `shared-${workers}`, 'records.jsonl');
      const run = runCli([
        'batch',
        '--input',
        join(shared, 'corpus'),
        '--out',
        out,
        '--workers',
        workers,
        '--quiet',
      ]);
      expect(run.status, run.stderr).toBe(0);
      outs[workers] = readFileSync(out, 'utf8');
    }
  });

  test('every text gives a valid record', () => {
    for (const line of outs['1']!.trim().split('\n')) {
      const record = JSON.parse(line) as ExtractionRecord;
      const text = readFileSync(record.source.path, 'utf8').replace(/^\uFEFF/, '');
      const valid = validateRecord(record, text);
      expect(
        valid.ok,
        `${record.doc}: ${JSON.stringify(valid.ok ? '' : valid.error.slice(0, 3))}`,
      ).toBe(true);
    }
  });

  test('output is byte-identical with 1 and 2 workers', () => {
    expect(outs['2']).toBe(outs['1']);
  });

  test('shards concatenate to the whole run', () => {
    const parts = [1, 2, 3].map((i) => {
      const out = join(work, 'shards', `part-${i}.jsonl`);
      expect(
        runCli([
          'batch',
          '--input',
          join(shared, 'corpus'),
          '--out',
          out,
          '--shard',
          `${i}/3`,
          '--quiet',
        ]).status,
      ).toBe(0);
      return readFileSync(out, 'utf8');
    });
    expect(parts.join('')).toBe(outs['1']);
  });

  test('--since carries over unchanged documents', () => {
    const previous = join(work, 'shared-1', 'records.jsonl');
    const out = join(work, 'since', 'records.jsonl');
    const run = runCli([
      'batch',
      '--input',
      join(shared, 'corpus'),
      '--out',
      out,
      '--since',
      previous,
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/\((\d+) carried over\)/);
    expect(readFileSync(out, 'utf8')).toBe(outs['1']);
  });
});

describe('--stats', () => {
  /** Three copies of the Kazakhstan summary and an empty file (which fails). */
  let dir: string;
  beforeAll(() => {
    dir = join(work, 'stats');
    mkdirSync(dir, { recursive: true });
    for (const name of ['a', 'b', 'c']) {
      copyFileSync(join(root, 'corpus', '2012-2553-RSP.txt'), join(dir, `${name}.txt`));
    }
    writeFileSync(join(dir, 'empty.txt'), '');
  });

  test("writes the run's figures: counts, bytes, seconds, CPU seconds of all threads, peak RSS", () => {
    const statsPath = join(work, 'stats.json');
    const run = runCli([
      'batch',
      '--input',
      dir,
      '--out',
      join(work, 'stats-out', 'records.jsonl'),
      '--workers',
      '2',
      '--quiet',
      '--stats',
      statsPath,
    ]);
    expect(run.status, run.stderr).toBe(1);
    const stats = JSON.parse(readFileSync(statsPath, 'utf8'));
    const size = readFileSync(join(root, 'corpus', '2012-2553-RSP.txt')).length;
    expect(stats).toMatchObject({ inputs: 4, records: 3, carried: 0, failed: 1, workers: 2 });
    expect(stats.bytes).toBe(3 * size);
    // CPU time of the whole process (the worker threads' included), for the benchmark's cores column
    expect(stats.cpuSeconds).toBeGreaterThan(0);
    expect(stats.seconds).toBeGreaterThan(0);
    expect(stats.maxRssBytes).toBeGreaterThan(50e6);
    // the worker threads compile the engine; the main thread never loads it
    expect(stats.engineCodeCache).toBe('not-used');
    // two workers on a machine of two cores or fewer leave none idle: V8 is tuned for that
    expect(stats.v8Flags).toEqual(availableParallelism() <= 2 ? V8_FLAGS : []);
  });

  test.each([[[]], [['--workers', 'auto']]])(
    'with %j, a batch of a few small documents runs in one worker thread',
    (workers) => {
      // a second thread would spend more on its warm-up than it saves (default-workers.ts)
      const statsPath = join(work, `stats-auto-${workers.length}.json`);
      const run = runCli([
        'batch',
        '--input',
        dir,
        '--out',
        join(work, `stats-auto-${workers.length}`, 'records.jsonl'),
        ...workers,
        '--quiet',
        '--stats',
        statsPath,
      ]);
      expect(run.status, run.stderr).toBe(1);
      const stats = JSON.parse(readFileSync(statsPath, 'utf8'));
      expect(stats).toMatchObject({ inputs: 4, records: 3, failed: 1, workers: 1, v8Flags: [] });
    },
  );

  test("a one-document run reads the engine from V8's code cache the build made", () => {
    // V8 refuses a cache made by another V8 or under other flags (tune-v8.ts sets some, for
    // batches only): were it refused, every one-document run would compile the engine afresh.
    const statsPath = join(work, 'stats-one.json');
    const run = runCli([
      'batch',
      '--input',
      join(root, 'corpus', '2012-2553-RSP.txt'),
      '--out',
      join(work, 'stats-one', 'records.jsonl'),
      '--quiet',
      '--stats',
      statsPath,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const stats = JSON.parse(readFileSync(statsPath, 'utf8'));
    expect(stats).toMatchObject({
      inputs: 1,
      records: 1,
      engineCodeCache: 'accepted',
      v8Flags: [],
    });
  });
});
