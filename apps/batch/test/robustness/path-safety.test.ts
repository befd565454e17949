// Safety of paths: the batch reads only its inputs and writes only the output it was given (and its
// failures file next to it): nothing appears or changes anywhere else in the tree, not in the
// working folder, the inputs' folders, TMPDIR or HOME, whatever the names (spaces, "..", unicode,
// leading dashes).
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type CliRun,
  describeRun,
  ensureBuilt,
  makeTempDir,
  parseSummary,
  readJsonLines,
  releaseBuilt,
  runCli,
} from './support/cli';
import { epDocument, seededChooser } from './support/ep-text';

const NAMES = [
  'a b  c.txt',
  'ünïcödé – Ελληνικά 日本語.txt',
  '-leading-dash.txt',
  '--input.txt',
  '..starts-with-dots.txt',
  'x..y.txt',
  'quote\'and"double.txt',
  '$(touch pwned).txt',
  'semicolon; rm -rf x.txt',
];

let root = '';
let before = new Map<string, string>();
let after = new Map<string, string>();
let run: CliRun;
const outRelative = join('..', 'out dir', 'réc ords.jsonl');

/** Every entry under a folder (links not followed): kind, size and content hash of files. */
function snapshot(dir: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      const key = relative(root, p);
      if (st.isDirectory()) {
        seen.set(key, `dir mode ${st.mode}`);
        walk(p);
      } else if (st.isFile()) {
        seen.set(
          key,
          `file ${st.size} ${createHash('sha256').update(readFileSync(p)).digest('hex')} mode ${st.mode} mtime ${st.mtimeMs}`,
        );
      } else seen.set(key, `other ${st.mode}`);
    }
  };
  walk(dir);
  return seen;
}

beforeAll(async () => {
  ensureBuilt();
  root = makeTempDir('paths');
  for (const d of [
    'cwd',
    'in/sub dir/..deeper',
    'in/-dash folder',
    'in2',
    'out dir',
    'tmp',
    'home',
  ]) {
    mkdirSync(join(root, d), { recursive: true });
  }
  NAMES.forEach((name, i) => {
    writeFileSync(join(root, 'in', name), epDocument(seededChooser(300 + i), 10));
  });
  writeFileSync(
    join(root, 'in', 'sub dir', '..deeper', 'deep .txt'),
    epDocument(seededChooser(400), 10),
  );
  writeFileSync(join(root, 'in', '-dash folder', '-x.txt'), epDocument(seededChooser(401), 10));
  writeFileSync(join(root, 'in', 'empty.txt'), '');
  writeFileSync(join(root, 'in2', '-explicit file.txt'), epDocument(seededChooser(402), 10));
  writeFileSync(join(root, 'in2', '--explicit-too.txt'), epDocument(seededChooser(403), 10));
  before = snapshot(root);
  run = await runCli(
    [
      'batch',
      '--input',
      '../in/sub dir/../.',
      `--input=${join('..', 'in2', '-explicit file.txt')}`,
      '--out',
      outRelative,
      '--workers',
      '2',
      '--',
      join('..', 'in2', '--explicit-too.txt'),
    ],
    {
      cwd: join(root, 'cwd'),
      env: {
        TMPDIR: join(root, 'tmp'),
        TMP: join(root, 'tmp'),
        TEMP: join(root, 'tmp'),
        HOME: join(root, 'home'),
      },
      timeoutMs: 120_000,
    },
  );
  after = snapshot(root);
}, 180_000);

afterAll(() => {
  releaseBuilt();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('safety of paths', () => {
  test('odd names (spaces, "..", unicode, leading dashes, shell characters) are read as plain inputs', () => {
    expect(run.code, describeRun(run)).toBe(1);
    const inputs = NAMES.length + 5;
    expect(parseSummary(run.stderr)).toEqual({
      inputs,
      records: inputs - 1,
      carried: 0,
      failed: 1,
    });
    const docs = readJsonLines<{ doc: string }>(join(root, 'out dir', 'réc ords.jsonl')).map(
      (r) => r.doc,
    );
    for (const name of NAMES) expect(docs).toContain(name.slice(0, -'.txt'.length));
    expect(docs).toContain('-explicit file');
    expect(docs).toContain('--explicit-too');
    expect(docs).toContain('deep ');
  });

  test('only the output and its failures file appear; nothing else is created or changed anywhere', () => {
    const created = [...after.keys()].filter((k) => !before.has(k)).sort();
    const changed = [...before.keys()].filter(
      (k) => after.has(k) && after.get(k) !== before.get(k),
    );
    const removed = [...before.keys()].filter((k) => !after.has(k));
    expect(created).toEqual([
      join('out dir', 'réc ords.jsonl'),
      join('out dir', 'réc ords.jsonl.failures.jsonl'),
    ]);
    expect(changed).toEqual([]);
    expect(removed).toEqual([]);
  });
});
