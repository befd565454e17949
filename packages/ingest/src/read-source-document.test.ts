import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentId } from './document-id';
import {
  readSourceDocument,
  readSourceDocumentSync,
  toSourceDocument,
} from './read-source-document';

let root: string;
const text =
  '\uFEFF## Resolution on Kazakhstan\r\n\r\n2012/2553(RSP) - 15/03/2012 - Text adopted\r\n';
const bytes = new TextEncoder().encode(text);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hemicycle-read-'));
  writeFileSync(join(root, '2012-2553-RSP.txt'), bytes);
  writeFileSync(join(root, 'empty.txt'), '');
  writeFileSync(join(root, 'big.txt'), 'x'.repeat(2000));
  mkdirSync(join(root, 'a-folder.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('documentId', () => {
  test.each([
    ['corpus/2012-2553-RSP.txt', '2012-2553-RSP'],
    ['/x/press-release_20201217IPR94207.txt', 'press-release_20201217IPR94207'],
    ['B9-0220.2020.txt', 'B9-0220.2020'],
    ['README', 'README'],
    ['.hidden', '.hidden'],
  ])('%s → %s', (path, id) => expect(documentId(path)).toBe(id));
});

describe('toSourceDocument', () => {
  test('id, path, text without BOM, sha256 and length of the bytes', () => {
    const r = toSourceDocument('2012-2553-RSP', 'corpus/2012-2553-RSP.txt', bytes);
    expect(r).toEqual({
      ok: true,
      value: {
        id: '2012-2553-RSP',
        path: 'corpus/2012-2553-RSP.txt',
        text: text.slice(1),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
      },
    });
  });

  test('a decoding error carries the path', () => {
    const r = toSourceDocument('x', 'in/x.txt', Uint8Array.from([0x61, 0, 0x62]));
    expect(r.ok ? null : r.error).toEqual(
      expect.objectContaining({ code: 'binary', file: 'in/x.txt' }),
    );
  });
});

// One contract, both readers: the blocking one must answer exactly as the asynchronous one.
describe.each([
  ['readSourceDocument', readSourceDocument],
  [
    'readSourceDocumentSync',
    async (...args: Parameters<typeof readSourceDocumentSync>) => readSourceDocumentSync(...args),
  ],
] as const)('%s', (_name, read) => {
  test('reads and decodes a file', async () => {
    const r = await read(join(root, '2012-2553-RSP.txt'));
    expect(r.ok && r.value.id).toBe('2012-2553-RSP');
    expect(r.ok && r.value.text).toBe(text.slice(1));
    expect(r.ok && r.value.bytes).toBe(bytes.length);
    expect(r.ok && r.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  test.each([
    ['a missing file', 'nope.txt', 'not-found', {}],
    ['an empty file', 'empty.txt', 'empty', {}],
    ['a folder passed as a file (unreadable even by root)', 'a-folder.txt', 'unreadable', {}],
    ['a file over the size limit', 'big.txt', 'too-large', { maxBytes: 1000 }],
    ['a path through a file', '2012-2553-RSP.txt/x.txt', 'unreadable', {}],
  ])('%s → %s', async (_label, name, code, options) => {
    const r = await read(join(root, name), options);
    expect(r.ok ? null : r.error).toEqual(
      expect.objectContaining({ code, file: join(root, name), message: expect.any(String) }),
    );
  });
});
