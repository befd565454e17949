import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readRecords } from './read-records';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hemicycle-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(content: string): Promise<unknown[]> {
  const file = join(dir, 'r.jsonl');
  await writeFile(file, content);
  const out: unknown[] = [];
  for await (const r of readRecords(file)) out.push(r);
  return out;
}

describe('readRecords', () => {
  test.each([
    ['two lines', '{"a":1}\n{"a":2}\n', [1, 2]],
    ['no final newline', '{"a":1}\n{"a":2}', [1, 2]],
    ['CRLF line ends', '{"a":1}\r\n{"a":2}\r\n', [1, 2]],
    ['blank lines skipped', '\n{"a":1}\n  \n{"a":2}\n\n', [1, 2]],
    ['a leading BOM', '\uFEFF{"a":1}\n', [1]],
    ['U+2028 inside a string is not a line end', '{"a":1,"t":"x\u2028y"}\n', [1]],
  ])('%s', async (_label, content, values) => {
    const out = await readAll(content);
    expect(out.map((r) => (r as { ok: true; value: { a: number } }).value.a)).toEqual(values);
  });

  test('a line that is not JSON is an error with its line number; reading goes on', async () => {
    const out = await readAll('{"a":1}\n{"a":\n\n{"a":3}\n');
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ ok: false, error: { line: 2 } });
    expect((out[1] as { error: { message: string } }).error.message).toMatch(/^invalid JSON: /);
    expect(out[2]).toEqual({ ok: true, value: { a: 3 } });
  });

  test('a file of many lines is read across chunk boundaries', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ i, pad: 'x'.repeat(i % 97) }),
    );
    const out = await readAll(`${lines.join('\n')}\n`);
    expect(out).toHaveLength(20_000);
    expect(out.every((r, i) => (r as { value: { i: number } }).value.i === i)).toBe(true);
  });

  test('a missing file throws ENOENT', async () => {
    const it = readRecords(join(dir, 'none.jsonl'));
    await expect(it.next()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
