import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openRecordWriter } from './record-writer';
import { removeStaleTempFiles } from './remove-stale-temp-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hemicycle-stale-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('removeStaleTempFiles', () => {
  test('removes what a killed run left and keeps live runs, the output and other files', async () => {
    const out = join(dir, 'records.jsonl');
    const dead = deadPid();
    writeFileSync(out, 'previous\n');
    writeFileSync(`${out}.tmp-${dead}-0123456789ab`, 'torn');
    writeFileSync(`${out}.tmp-${process.ppid}-0123456789ab`, 'a live run');
    writeFileSync(`${out}.tmp-notes`, 'not ours');
    writeFileSync(join(dir, `other.jsonl.tmp-${dead}-0123456789ab`), 'another output');
    const removed = await removeStaleTempFiles(out);
    expect(removed).toEqual([`${out}.tmp-${dead}-0123456789ab`]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        `other.jsonl.tmp-${dead}-0123456789ab`,
        'records.jsonl',
        `records.jsonl.tmp-${process.ppid}-0123456789ab`,
        'records.jsonl.tmp-notes',
      ].sort(),
    );
  });

  test('opening a writer clears the leftovers of a killed run', async () => {
    const out = join(dir, 'records.jsonl');
    const leftover = `${out}.failures.jsonl.tmp-${deadPid()}-abcdefabcdef`;
    writeFileSync(leftover, 'torn');
    const writer = await openRecordWriter(out);
    expect(existsSync(leftover)).toBe(false);
    await writer.abort();
  });

  test('a missing folder is not an error', async () => {
    expect(await removeStaleTempFiles(join(dir, 'nope', 'records.jsonl'))).toEqual([]);
  });
});
