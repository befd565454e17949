import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '@hemicycle/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareCodeUnits, discoverInputs } from './discover-inputs';
import type { IngestError } from './ingest-error';

let root: string;
let hasFifo = false;

async function collect(paths: string[]): Promise<Result<string, IngestError>[]> {
  const out: Result<string, IngestError>[] = [];
  for await (const r of discoverInputs(paths)) out.push(r);
  return out;
}

const files = (rs: Result<string, IngestError>[]): string[] =>
  rs.flatMap((r) => (r.ok ? [r.value.slice(root.length + 1)] : []));
const errors = (rs: Result<string, IngestError>[]): IngestError[] =>
  rs.flatMap((r) => (r.ok ? [] : [r.error]));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hemicycle-discover-'));
  const write = (rel: string, text = 'Text.') => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  // corpus/: sorted order by full relative path is a-b.txt < a/x.txt < b.txt < sub/... ('-' < '/')
  write('corpus/b.txt');
  write('corpus/a/x.txt');
  write('corpus/a-b.txt');
  write('corpus/B.txt');
  write('corpus/notes.md');
  write('corpus/data.json');
  write('corpus/UPPER.TXT');
  write('corpus/sub/deeper/z.txt');
  write('corpus/sub/y.txt');
  // a loop: corpus/sub/deeper/back → corpus
  symlinkSync(join(root, 'corpus'), join(root, 'corpus/sub/deeper/back'));
  // a link to a file outside, and a dangling link
  write('outside/linked-target.txt');
  symlinkSync(join(root, 'outside/linked-target.txt'), join(root, 'corpus/sub/link.txt'));
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'corpus/sub/dangling.txt'));
  // a folder named like a text file is walked, not read
  mkdirSync(join(root, 'corpus/folder.txt'));
  write('corpus/folder.txt/inner.txt');
  write('direct.md', 'Direct file.');
  write('locked/secret.txt');
  mkdirSync(join(root, 'loops'));
  symlinkSync('self.txt', join(root, 'loops/self.txt'));
  write('loops/real.txt');
  mkdirSync(join(root, 'special'));
  write('special/ok.txt');
  try {
    execFileSync('mkfifo', [join(root, 'special/pipe.txt')]);
    hasFifo = true;
  } catch {
    hasFifo = false;
  }
});

afterAll(() => {
  chmodSync(join(root, 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe('discoverInputs', () => {
  test('walks a folder recursively, .txt only, in sorted full-path order, following links without loops', async () => {
    const rs = await collect([join(root, 'corpus')]);
    expect(files(rs)).toEqual([
      'corpus/B.txt',
      'corpus/UPPER.TXT',
      'corpus/a-b.txt',
      'corpus/a/x.txt',
      'corpus/b.txt',
      'corpus/folder.txt/inner.txt',
      'corpus/sub/deeper/z.txt',
      'corpus/sub/link.txt',
      'corpus/sub/y.txt',
    ]);
    expect(errors(rs)).toEqual([
      expect.objectContaining({ code: 'not-found', file: join(root, 'corpus/sub/dangling.txt') }),
    ]);
  });

  test('the order is the plain code-unit order of the relative paths', async () => {
    const rel = files(await collect([join(root, 'corpus')]));
    expect([...rel].sort(compareCodeUnits)).toEqual(rel);
  });

  test('a file given directly is taken whatever its extension', async () => {
    const rs = await collect([join(root, 'direct.md')]);
    expect(files(rs)).toEqual(['direct.md']);
  });

  test('inputs keep the order they are given in', async () => {
    const rs = await collect([join(root, 'direct.md'), join(root, 'corpus/sub')]);
    expect(files(rs)[0]).toBe('direct.md');
  });

  test('a missing path is an error value, and the walk goes on', async () => {
    const rs = await collect([join(root, 'missing'), join(root, 'direct.md')]);
    expect(errors(rs)).toEqual([
      { code: 'not-found', file: join(root, 'missing'), message: 'no such file or folder' },
    ]);
    expect(files(rs)).toEqual(['direct.md']);
  });

  test('a dangling symbolic link given directly is an error value (unreadable even by root)', async () => {
    const rs = await collect([join(root, 'corpus/sub/dangling.txt')]);
    expect(errors(rs).map((e) => e.code)).toEqual(['not-found']);
    expect(errors(rs)[0]?.message).toContain('broken symbolic link');
  });

  test('a .txt entry that is not a regular file (a FIFO) is unreadable, even for root', async (ctx) => {
    if (!hasFifo) ctx.skip(); // mkfifo is not available on this system
    const rs = await collect([join(root, 'special')]);
    expect(files(rs)).toEqual(['special/ok.txt']);
    expect(errors(rs)).toEqual([
      expect.objectContaining({ code: 'unreadable', file: join(root, 'special/pipe.txt') }),
    ]);
  });

  test('a link that points at itself is an error value naming the loop', async () => {
    const rs = await collect([join(root, 'loops')]);
    expect(files(rs)).toEqual(['loops/real.txt']);
    expect(errors(rs)).toEqual([
      {
        code: 'unreadable',
        file: join(root, 'loops/self.txt'),
        message: expect.stringContaining('loop'),
      },
    ]);
    const direct = await collect([join(root, 'loops/self.txt')]);
    expect(errors(direct).map((e) => e.code)).toEqual(['unreadable']);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  test.skipIf(isRoot)(
    'an unreadable folder is an error value (skipped as root: root reads every folder; the dangling-link case above covers unreadable input)',
    async () => {
      chmodSync(join(root, 'locked'), 0o000);
      const rs = await collect([join(root, 'locked')]);
      chmodSync(join(root, 'locked'), 0o755);
      expect(errors(rs).map((e) => e.code)).toEqual(['unreadable']);
    },
  );
});
