import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TempFile, tempPathFor } from './temp-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hemicycle-temp-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('TempFile', () => {
  test('temporary names sit beside the final file and differ between calls', () => {
    const a = tempPathFor('/x/out.jsonl');
    expect(a).toMatch(new RegExp(`^/x/out\\.jsonl\\.tmp-${process.pid}-[0-9a-f]{12}$`));
    expect(tempPathFor('/x/out.jsonl')).not.toBe(a);
  });

  test('bounded memory: after each awaited write less than one chunk (64 KiB) is pending', async () => {
    const f = await TempFile.create(join(dir, 'big.jsonl'));
    const line = 'x'.repeat(10_000);
    let maxPending = 0;
    for (let i = 0; i < 500; i++) {
      await f.writeLine(line);
      maxPending = Math.max(maxPending, f.buffered);
    }
    // a line that fills the 64 KiB chunk makes the write wait until the chunk is on disk
    expect(maxPending).toBeGreaterThan(0);
    expect(maxPending).toBeLessThan(65_536);
    await f.close();
    await f.commit();
    expect((await stat(join(dir, 'big.jsonl'))).size).toBe(500 * 10_001);
  });

  test('lines are counted in UTF-8 bytes, strings and bytes alike, and land in order', async () => {
    const f = await TempFile.create(join(dir, 'bytes.jsonl'));
    // 20,000 characters, 40,000 bytes in UTF-8
    const line = 'é'.repeat(20_000);
    await f.writeLine(line);
    expect(f.buffered).toBe(40_001);
    await f.writeLine(new TextEncoder().encode(line));
    expect(f.buffered).toBe(0); // 80,002 bytes passed the 64 KiB bound: written
    for (let i = 0; i < 4; i++)
      await f.writeLine(i % 2 === 0 ? line : new TextEncoder().encode(line));
    await f.close();
    expect(await readFile(f.tempPath, 'utf8')).toBe(`${line}\n`.repeat(6));
  });

  test('writes that are not awaited still land in order', async () => {
    const f = await TempFile.create(join(dir, 'order.jsonl'));
    const lines = Array.from({ length: 300 }, (_, i) => `${i}:${'y'.repeat(1000)}`);
    await Promise.all(lines.map((l) => f.writeLine(l)));
    await f.close();
    expect(await readFile(f.tempPath, 'utf8')).toBe(`${lines.join('\n')}\n`);
  });

  test('discard before close removes the temporary file', async () => {
    const f = await TempFile.create(join(dir, 'a.jsonl'));
    await f.writeLine('{}');
    await f.discard();
    expect(await readdir(dir)).toEqual([]);
  });

  test('close keeps the temporary name until commit', async () => {
    const f = await TempFile.create(join(dir, 'a.jsonl'));
    await f.writeLine('{"a":1}');
    await f.close();
    expect(existsSync(join(dir, 'a.jsonl'))).toBe(false);
    expect(await readFile(f.tempPath, 'utf8')).toBe('{"a":1}\n');
    await f.commit();
    expect(await readFile(join(dir, 'a.jsonl'), 'utf8')).toBe('{"a":1}\n');
  });

  test('creating in a missing directory fails (the writer creates it first)', async () => {
    await expect(TempFile.create(join(dir, 'no', 'a.jsonl'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
