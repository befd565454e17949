// Interruption: a batch killed with SIGKILL mid-run leaves no torn output (no output at all when
// there was none; the previous output byte-identical when there was one), its leftover temporary
// files are recognisable by name, a rerun completes, and --since carries unchanged documents over.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cliPath,
  describeRun,
  ensureBuilt,
  makeTempDir,
  parseSummary,
  releaseBuilt,
  runCli,
} from './support/cli';
import { epDocumentOfSize } from './support/ep-text';

const DOCS = 40;
let dir = '';
let corpus = '';
let corpusB = '';

/**
 * Starts a batch and kills it with SIGKILL once it has written part of its output (its temporary
 * records file, new since the start, is not empty) or after `fallbackMs`. Resolves when the process is gone.
 */
function killMidRun(
  args: string[],
  outDir: string,
  fallbackMs = 8000,
): Promise<{ killedWhile: string; code: number | null; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, CI: '1' },
      stdio: 'ignore',
    });
    const started = Date.now();
    const before = new Set(readdirSync(outDir));
    let killedWhile = 'not killed';
    const poll = setInterval(() => {
      const temps = readdirSync(outDir).filter((n) => n.includes('.tmp') && !before.has(n));
      const writing = temps.some(
        (n) => (statSync(join(outDir, n), { throwIfNoEntry: false })?.size ?? 0) > 0,
      );
      if (writing || Date.now() - started > fallbackMs) {
        killedWhile = writing
          ? 'writing its temporary output'
          : `running for ${Date.now() - started} ms`;
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 25);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      done({ killedWhile, code, signal });
    });
  });
}

/** Files of a folder other than the given ones, with whether each is named as a temporary file. */
function leftovers(outDir: string, keep: string[]): { name: string; recognisable: boolean }[] {
  return readdirSync(outDir)
    .filter((n) => !keep.includes(n))
    .map((name) => ({
      name,
      recognisable: /^records[-\w]*\.jsonl(\.failures\.jsonl)?\.tmp-\d+(-[0-9a-f]+)?$/.test(name),
    }));
}

beforeAll(() => {
  ensureBuilt();
  dir = makeTempDir('interrupt');
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  // About 3.2 MB in 40 documents: a few seconds of work for one worker; the kill comes as soon as
  // the first record is written.
  for (let i = 0; i < DOCS; i++) {
    writeFileSync(
      join(corpus, `doc-${String(i).padStart(2, '0')}.txt`),
      epDocumentOfSize(7000 + i, 80_000),
    );
  }
  writeFileSync(join(corpus, 'zz-empty.txt'), '');
  corpusB = join(dir, 'corpus-b');
  mkdirSync(corpusB);
  for (let i = 0; i < DOCS; i++) {
    writeFileSync(
      join(corpusB, `doc-${String(i).padStart(2, '0')}.txt`),
      epDocumentOfSize(8000 + i, 80_000),
    );
  }
}, 60_000);

afterAll(() => {
  releaseBuilt();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a batch killed with SIGKILL', () => {
  const args = (outDir: string, extra: string[] = []) => [
    'batch',
    '--input',
    corpus,
    '--out',
    join(outDir, 'records.jsonl'),
    '--workers',
    '1',
    ...extra,
  ];

  test('with no previous output: leaves no records file, only recognisable temporary files; a rerun completes and clears them', async () => {
    const outDir = join(dir, 'fresh');
    mkdirSync(outDir);
    const killed = await killMidRun(args(outDir), outDir);
    expect(killed.signal, `killed while ${killed.killedWhile}`).toBe('SIGKILL');
    expect(killed.killedWhile).toBe('writing its temporary output');
    expect(existsSync(join(outDir, 'records.jsonl'))).toBe(false);
    expect(existsSync(join(outDir, 'records.jsonl.failures.jsonl'))).toBe(false);
    const left = leftovers(outDir, []);
    expect(left.filter((l) => !l.recognisable)).toEqual([]);

    const rerun = await runCli(args(outDir, ['--workers', '2']), { timeoutMs: 120_000 });
    expect(rerun.code, describeRun(rerun)).toBe(1);
    expect(parseSummary(rerun.stderr)).toEqual({
      inputs: DOCS + 1,
      records: DOCS,
      carried: 0,
      failed: 1,
    });
    const lines = readFileSync(join(outDir, 'records.jsonl'), 'utf8').split('\n');
    expect(lines.length).toBe(DOCS + 1);
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(() => JSON.parse(line)).not.toThrow();
    // The rerun cleared the killed run's temporary files: only the outputs are left.
    expect(leftovers(outDir, ['records.jsonl', 'records.jsonl.failures.jsonl'])).toEqual([]);
  }, 180_000);

  test('with a previous output: it stays byte-identical after the kill; --since then carries every document over', async () => {
    const outDir = join(dir, 'previous');
    mkdirSync(outDir);
    const out = join(outDir, 'records.jsonl');
    const first = await runCli(args(outDir, ['--workers', '2']), { timeoutMs: 120_000 });
    expect(first.code, describeRun(first)).toBe(1);
    const before = readFileSync(out);
    const failuresBefore = readFileSync(`${out}.failures.jsonl`);

    // Change one document so that the killed run has real work to do.
    writeFileSync(join(corpus, 'doc-00.txt'), epDocumentOfSize(99, 80_000));
    const killed = await killMidRun(args(outDir), outDir);
    expect(killed.signal, `killed while ${killed.killedWhile}`).toBe('SIGKILL');
    expect(killed.killedWhile).toBe('writing its temporary output');
    expect(readFileSync(out).equals(before), 'the previous records file is intact').toBe(true);
    expect(readFileSync(`${out}.failures.jsonl`).equals(failuresBefore)).toBe(true);
    expect(
      leftovers(outDir, ['records.jsonl', 'records.jsonl.failures.jsonl']).filter(
        (l) => !l.recognisable,
      ),
    ).toEqual([]);

    // An interrupted incremental run reading and replacing the same file leaves it intact too
    // (on a second corpus of the same names and new texts, so that it has long work to do).
    const killedSince = await killMidRun(
      ['batch', '--input', corpusB, '--out', out, '--workers', '1', '--since', out],
      outDir,
    );
    expect(killedSince.signal).toBe('SIGKILL');
    expect(killedSince.killedWhile).toBe('writing its temporary output');
    expect(readFileSync(out).equals(before), 'the file --since reads from is intact').toBe(true);

    // Incremental rerun onto a new file: only doc-00 is processed again.
    const out2 = join(outDir, 'records-2.jsonl');
    const since = await runCli(
      ['batch', '--input', corpus, '--out', out2, '--workers', '2', '--since', out],
      {
        timeoutMs: 120_000,
      },
    );
    expect(since.code, describeRun(since)).toBe(1);
    expect(parseSummary(since.stderr)).toEqual({
      inputs: DOCS + 1,
      records: DOCS,
      carried: DOCS - 1,
      failed: 1,
    });
    expect(since.stderr).toContain(`(${DOCS - 1} carried over)`);
    const after = readFileSync(out2, 'utf8').split('\n');
    const old = before.toString('utf8').split('\n');
    expect(after.length).toBe(old.length);
    // Carried records are byte-identical copies; the changed document's record is new.
    expect(after.slice(1)).toEqual(old.slice(1));
    expect(after[0]).not.toBe(old[0]);

    // In place (--since and --out the same file), nothing changed: every document carried over, same bytes.
    const newer = readFileSync(out2);
    const again = await runCli(
      ['batch', '--input', corpus, '--out', out2, '--workers', '2', '--since', out2],
      {
        timeoutMs: 120_000,
      },
    );
    expect(again.code, describeRun(again)).toBe(1);
    expect(parseSummary(again.stderr)).toEqual({
      inputs: DOCS + 1,
      records: DOCS,
      carried: DOCS,
      failed: 1,
    });
    expect(readFileSync(out2).equals(newer)).toBe(true);
  }, 240_000);

  test('--since a torn or foreign previous file: what cannot be read back is processed again, nothing is lost', async () => {
    const outDir = join(dir, 'torn');
    mkdirSync(outDir);
    const full = join(outDir, 'full.jsonl');
    const first = await runCli(['batch', '--input', corpus, '--out', full, '--workers', '2'], {
      timeoutMs: 120_000,
    });
    expect(first.code, describeRun(first)).toBe(1);
    const bytes = readFileSync(full);
    // A previous file cut in the middle of its last record, as a crash of another tool could leave it.
    const torn = join(outDir, 'torn.jsonl');
    writeFileSync(torn, bytes.subarray(0, bytes.length - 200));
    const fromTorn = join(outDir, 'from-torn.jsonl');
    const again = await runCli(
      ['batch', '--input', corpus, '--out', fromTorn, '--workers', '2', '--since', torn],
      { timeoutMs: 120_000 },
    );
    expect(parseSummary(again.stderr)).toEqual({
      inputs: DOCS + 1,
      records: DOCS,
      carried: DOCS - 1,
      failed: 1,
    });
    expect(readFileSync(fromTorn).equals(bytes), 'the same records as the full run').toBe(true);
    // A --since file that is no records file at all: nothing carried, everything processed.
    const foreign = join(outDir, 'foreign.jsonl');
    writeFileSync(foreign, Buffer.from([0, 1, 2, 10, 123, 125, 10, 0xff, 0xfe, 10]));
    const fromForeign = join(outDir, 'from-foreign.jsonl');
    const third = await runCli(
      ['batch', '--input', corpus, '--out', fromForeign, '--workers', '2', '--since', foreign],
      { timeoutMs: 120_000 },
    );
    expect(parseSummary(third.stderr)).toEqual({
      inputs: DOCS + 1,
      records: DOCS,
      carried: 0,
      failed: 1,
    });
    expect(readFileSync(fromForeign).equals(bytes)).toBe(true);
  }, 240_000);
});
