import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExtractionRecord, makeSpan } from '@hemicycle/schema';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readRecords } from './read-records';
import { openRecordWriter } from './record-writer';
import { serializeRecord } from './serialize-record';
import { makeRecord, TEXT } from './test-support';

let dir: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hemicycle-output-'));
  out = join(dir, 'records.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failure = { doc: 'broken', file: 'in/broken.txt', code: 'binary', reason: 'NUL bytes' };

describe('openRecordWriter: atomic JSON Lines', () => {
  test('nothing at <out> before commit, one line per record in order after it', async () => {
    const w = await openRecordWriter(out);
    await w.write(makeRecord('a'), TEXT);
    await w.write(makeRecord('b'), TEXT);
    expect(existsSync(out)).toBe(false);
    const temps = await readdir(dir);
    expect(temps).toHaveLength(1);
    expect(temps[0]).toMatch(new RegExp(`^records\\.jsonl\\.tmp-${process.pid}-[0-9a-f]+$`));
    const summary = await w.commit();
    expect(summary).toEqual({ path: out, records: 2, failures: 0, failuresPath: null });
    expect(await readFile(out, 'utf8')).toBe(
      `${serializeRecord(makeRecord('a'))}\n${serializeRecord(makeRecord('b'))}\n`,
    );
    expect(await readdir(dir)).toEqual(['records.jsonl']);
  });

  test('the previous output stays intact until commit', async () => {
    await writeFile(out, 'previous run\n');
    const w = await openRecordWriter(out);
    await w.write(makeRecord('a'), TEXT);
    expect(await readFile(out, 'utf8')).toBe('previous run\n');
    await w.commit();
    expect(await readFile(out, 'utf8')).toBe(`${serializeRecord(makeRecord('a'))}\n`);
  });

  test('an empty run commits an empty file', async () => {
    const w = await openRecordWriter(out);
    await w.commit();
    expect(await readFile(out, 'utf8')).toBe('');
  });

  test('the parent directory is created', async () => {
    const nested = join(dir, 'a', 'b', 'records.jsonl');
    const w = await openRecordWriter(nested);
    await w.write(makeRecord(), TEXT);
    await w.commit();
    expect(existsSync(nested)).toBe(true);
  });

  test('written records read back equal', async () => {
    const w = await openRecordWriter(out);
    await w.write(makeRecord('a'), TEXT);
    await w.commit();
    const back: unknown[] = [];
    for await (const r of readRecords(out)) back.push(r);
    expect(back).toEqual([{ ok: true, value: makeRecord('a') }]);
  });
});

describe('openRecordWriter: writeSerialized', () => {
  test('a line serialised elsewhere is written as is, in order with the others', async () => {
    const w = await openRecordWriter(out);
    await w.write(makeRecord('a'), TEXT);
    await w.writeSerialized(serializeRecord(makeRecord('b')));
    expect(await w.commit()).toMatchObject({ records: 2 });
    const lines = (await readFile(out, 'utf8')).split('\n');
    expect(lines.map((l) => (l ? (JSON.parse(l) as { doc: string }).doc : ''))).toEqual([
      'a',
      'b',
      '',
    ]);
  });

  test('a line given as UTF-8 bytes is written byte for byte, between string lines', async () => {
    const w = await openRecordWriter(out);
    await w.writeSerialized('{"doc":"a"}');
    // non-ASCII text: the bytes must not be decoded or counted as characters
    await w.writeSerialized(new TextEncoder().encode('{"doc":"b","t":"Šefčovič – “EU”"}'));
    await w.writeSerialized('{"doc":"c"}');
    expect(await w.commit()).toMatchObject({ records: 3 });
    expect(await readFile(out, 'utf8')).toBe(
      '{"doc":"a"}\n{"doc":"b","t":"Šefčovič – “EU”"}\n{"doc":"c"}\n',
    );
  });

  test('bytes are copied before writeSerialized returns: the caller may free them at once', async () => {
    const w = await openRecordWriter(out);
    const bytes = new TextEncoder().encode('{"doc":"a"}');
    const written = w.writeSerialized(bytes);
    bytes.fill(0x20); // overwritten before the write was awaited
    structuredClone(undefined, { transfer: [bytes.buffer] }); // and freed (detached)
    await written;
    await w.commit();
    expect(await readFile(out, 'utf8')).toBe('{"doc":"a"}\n');
  });

  test('a serialised record must be one line, as a string or as bytes', async () => {
    const w = await openRecordWriter(out);
    await expect(w.writeSerialized('{"doc":"a"}\n{"doc":"b"}')).rejects.toThrow(/one line/);
    await expect(
      w.writeSerialized(new TextEncoder().encode('{"doc":"a"}\n{"doc":"b"}')),
    ).rejects.toThrow(/one line/);
    await w.abort();
  });
});

describe('openRecordWriter: invalid records are bugs', () => {
  test('a span whose text is not the slice is rejected with the doc and the path', async () => {
    const bad: ExtractionRecord = makeRecord('kz-bad');
    bad.entities[1]!.mentions[0] = { ...bad.entities[1]!.mentions[0]!, text: 'Zhanaozeh' };
    const w = await openRecordWriter(out);
    await expect(w.write(bad, TEXT)).rejects.toThrow(
      /invalid record for document "kz-bad": entities\.1\.mentions\.0: span text is not the source slice/,
    );
    await w.write(makeRecord('good'), TEXT);
    const summary = await w.commit();
    expect(summary.records).toBe(1);
    expect((await readFile(out, 'utf8')).split('\n')).toHaveLength(2);
  });

  test('a schema violation (unknown act) is rejected', async () => {
    const bad = makeRecord('kz-act');
    bad.statements[0]!.act = 'condemns';
    const w = await openRecordWriter(out);
    await expect(w.write(bad, TEXT)).rejects.toThrow(/"kz-act": statements\.0\.act: unknown act/);
    await w.abort();
  });

  test('a record checked against another text is rejected', async () => {
    const w = await openRecordWriter(out);
    await expect(w.write(makeRecord(), TEXT.replace('Zhanaozen', 'Janaozen'))).rejects.toThrow(
      /invalid record/,
    );
    await w.abort();
  });

  test('a long list of issues is cut after ten', async () => {
    const bad = makeRecord('many');
    bad.sentences = Array.from({ length: 25 }, () => ({ ...makeSpan(TEXT, 0, 5), text: 'xxxxx' }));
    const w = await openRecordWriter(out);
    await expect(w.write(bad, TEXT)).rejects.toThrow(/\(and 15 more\)$/);
    await w.abort();
  });
});

describe('openRecordWriter: abort', () => {
  test('abort removes the temporary files and leaves the previous output', async () => {
    await writeFile(out, 'previous run\n');
    const w = await openRecordWriter(out);
    await w.write(makeRecord(), TEXT);
    await w.fail(failure);
    expect(await readdir(dir)).toHaveLength(3);
    await w.abort();
    expect(await readdir(dir)).toEqual(['records.jsonl']);
    expect(await readFile(out, 'utf8')).toBe('previous run\n');
  });

  test('abort with no previous output leaves nothing', async () => {
    const w = await openRecordWriter(out);
    await w.write(makeRecord(), TEXT);
    await w.abort();
    expect(await readdir(dir)).toEqual([]);
  });

  test('the writer is closed after commit or abort; abort after commit does nothing', async () => {
    const w = await openRecordWriter(out);
    await w.commit();
    await expect(w.write(makeRecord(), TEXT)).rejects.toThrow(/writer .* is committed/);
    await expect(w.commit()).rejects.toThrow(/committed/);
    await w.abort();
    expect(existsSync(out)).toBe(true);
    const v = await openRecordWriter(out);
    await v.abort();
    await expect(v.fail(failure)).rejects.toThrow(/aborted/);
  });
});

describe('openRecordWriter: failures file', () => {
  const failuresPath = (): string => `${out}.failures.jsonl`;

  test('failures go to <out>.failures.jsonl on commit, one line each, keys in order', async () => {
    const w = await openRecordWriter(out);
    await w.write(makeRecord(), TEXT);
    await w.fail({ reason: 'NUL bytes', code: 'binary', file: 'in/b.txt', doc: 'b' });
    await w.fail({ doc: 'c', file: 'in/c.txt', code: 'empty', reason: 'empty file' });
    expect(existsSync(failuresPath())).toBe(false);
    const summary = await w.commit();
    expect(summary).toMatchObject({ records: 1, failures: 2, failuresPath: failuresPath() });
    expect(await readFile(failuresPath(), 'utf8')).toBe(
      '{"doc":"b","file":"in/b.txt","code":"binary","reason":"NUL bytes"}\n' +
        '{"doc":"c","file":"in/c.txt","code":"empty","reason":"empty file"}\n',
    );
  });

  test('a run without failures writes no failures file and removes a stale one', async () => {
    await writeFile(failuresPath(), 'stale\n');
    const w = await openRecordWriter(out);
    await w.write(makeRecord(), TEXT);
    expect(existsSync(failuresPath())).toBe(true);
    await w.commit();
    expect(existsSync(failuresPath())).toBe(false);
  });

  test('concurrent failures open one temporary file', async () => {
    const w = await openRecordWriter(out);
    await Promise.all(['a', 'b', 'c'].map((doc) => w.fail({ ...failure, doc })));
    expect((await readdir(dir)).filter((f) => f.includes('failures'))).toHaveLength(1);
    await w.commit();
    expect((await readFile(failuresPath(), 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  test('a malformed failure entry is a bug', async () => {
    const w = await openRecordWriter(out);
    await expect(w.fail({ ...failure, reason: undefined as unknown as string })).rejects.toThrow(
      /"reason" must be a string/,
    );
    await w.abort();
  });
});

describe('openRecordWriter: streams many records', () => {
  test('20,000 records of a 40 kB text stream through (backpressure) in order', async () => {
    const text = `${TEXT}\n${'Lorem ipsum dolor sit amet. '.repeat(1500)}`;
    const record = makeRecord('d', text);
    record.sentences = Array.from({ length: 50 }, (_, i) =>
      makeSpan(text, 200 + i * 28, 226 + i * 28),
    );
    const w = await openRecordWriter(out);
    for (let i = 0; i < 20_000; i++) await w.write({ ...record, doc: `d${i}` }, text);
    const summary = await w.commit();
    expect(summary.records).toBe(20_000);
    let n = 0;
    for await (const r of readRecords(out)) {
      expect(r.ok && (r.value as { doc: string }).doc).toBe(`d${n}`);
      n++;
    }
    expect(n).toBe(20_000);
  });
});
