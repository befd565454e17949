import { describe, expect, test } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode-text';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hi = c >> 8;
    const lo = c & 0xff;
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return out;
}

describe('decodeText: text that decodes', () => {
  test.each([
    ['plain UTF-8', utf8('Resolution on Kazakhstan'), 'Resolution on Kazakhstan'],
    [
      'a leading BOM is removed',
      utf8('\uFEFF## Resolution on Kazakhstan'),
      '## Resolution on Kazakhstan',
    ],
    ['only one BOM is removed', utf8('\uFEFF\uFEFFText'), '\uFEFFText'],
    ['a BOM later in the text is kept', utf8('Text\uFEFF here'), 'Text\uFEFF here'],
    [
      'CRLF line ends are kept',
      utf8('## Title\r\n18-12-2020 - 17:10\r\nBody.\r\n'),
      '## Title\r\n18-12-2020 - 17:10\r\nBody.\r\n',
    ],
    ['leading and trailing white space is kept', utf8('  \n Body.  \n\n'), '  \n Body.  \n\n'],
    ['no-break spaces and curly quotes are kept', utf8('EU’s\u00A0strategy'), 'EU’s\u00A0strategy'],
    ['UTF-16 LE with a BOM', utf16('Nicolás Maduro – “EU”', false), 'Nicolás Maduro – “EU”'],
    ['UTF-16 BE with a BOM', utf16('Nicolás Maduro – “EU”', true), 'Nicolás Maduro – “EU”'],
    ['UTF-16 LE: only its own BOM is removed', utf16('\uFEFFText', false), '\uFEFFText'],
  ])('%s', (_label, input, expected) => {
    const r = decodeText(input, 'doc.txt');
    expect(r).toEqual({ ok: true, value: expected });
  });
});

describe('decodeText: errors are values', () => {
  test.each([
    ['no bytes at all', bytes(), 'empty'],
    ['a BOM alone', utf8('\uFEFF'), 'empty'],
    ['white space only', utf8(' \r\n\t\u00A0\n'), 'empty'],
    ['a NUL byte', utf8('abc\u0000def'), 'binary'],
    [
      'a PNG signature',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
      'binary',
    ],
    ['Latin-1 é (0xE9) in UTF-8', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x61), 'invalid-utf8'],
    ['a truncated 3-byte sequence', bytes(0x41, 0xe2, 0x80), 'invalid-utf8'],
    ['an overlong encoding', bytes(0xc0, 0xaf), 'invalid-utf8'],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 'invalid-utf8'],
    [
      'UTF-32 LE (read as UTF-16 LE, it holds NULs)',
      bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0),
      'binary',
    ],
    ['UTF-16 LE with an odd byte count', bytes(0xff, 0xfe, 0x41, 0, 0x42), 'invalid-utf8'],
    ['UTF-16 BE, white space only', bytes(0xfe, 0xff, 0, 0x20, 0, 0x0a), 'empty'],
  ])('%s → %s', (_label, input, code) => {
    const r = decodeText(input, 'doc.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.file).toBe('doc.txt');
      expect(r.error.message.length).toBeGreaterThan(10);
    }
  });

  test('invalid UTF-8 names the byte offset', () => {
    const r = decodeText(bytes(0x61, 0x62, 0x63, 0xff, 0x64), 'x.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('byte 3');
  });

  test('a NUL byte names its offset', () => {
    const r = decodeText(utf8('ab\u0000'), 'x.txt');
    expect(!r.ok && r.error.message).toContain('byte 2');
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    ['valid multi-byte text', utf8('Zhanaozen – “ok” 😀'), -1],
    ['a stray continuation byte', bytes(0x41, 0x80), 1],
    ['a lead byte at the end', bytes(0x41, 0x42, 0xc3), 2],
    ['a code point above U+10FFFF', bytes(0x41, 0xf4, 0x90, 0x80, 0x80), 1],
  ])('%s', (_label, input, at) => {
    expect(firstInvalidUtf8(input)).toBe(at === -1 ? input.length : at);
  });
});
