import { err, ok, type Result } from '@hemicycle/schema/result';
import { type IngestError, ingestError } from './ingest-error';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

const BOM = '\uFEFF';
/** Only white space (BOM included): nothing to read. */
const BLANK = /^[\s\uFEFF]*$/;

/**
 * Decodes a file's bytes into the document text every offset points into:
 * UTF-8 with one leading byte-order mark removed and nothing else changed (no trimming,
 * no line-end or space normalisation). UTF-16 LE/BE files with a BOM are decoded too.
 * `file` only labels the error.
 */
export function decodeText(bytes: Uint8Array, file = ''): Result<string, IngestError> {
  const text = decodeBytes(bytes, file);
  if (!text.ok) return text;
  if (BLANK.test(text.value)) {
    return err(
      ingestError(
        'empty',
        file,
        bytes.length === 0 ? 'the file is empty' : 'the file holds only white space',
      ),
    );
  }
  return text;
}

function decodeBytes(bytes: Uint8Array, file: string): Result<string, IngestError> {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(utf16le, 'UTF-16 LE', bytes, file);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(utf16be, 'UTF-16 BE', bytes, file);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return err(
      ingestError(
        'binary',
        file,
        `the file holds a NUL byte at byte ${nul}: it looks like a binary file, not text`,
      ),
    );
  }
  try {
    return ok(stripBom(utf8.decode(bytes)));
  } catch {
    const at = firstInvalidUtf8(bytes);
    return err(
      ingestError(
        'invalid-utf8',
        file,
        `the file is not valid UTF-8: bad byte sequence at byte ${at}`,
      ),
    );
  }
}

function decodeUtf16(
  decoder: InstanceType<typeof TextDecoder>,
  name: string,
  bytes: Uint8Array,
  file: string,
): Result<string, IngestError> {
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(2)); // the BOM is the two bytes skipped
  } catch {
    return err(
      ingestError(
        'invalid-utf8',
        file,
        `the file starts with a ${name} byte-order mark but is not valid ${name}`,
      ),
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return err(
      ingestError(
        'binary',
        file,
        `the ${name} text holds a NUL character at character ${nul}: it is not text`,
      ),
    );
  }
  return ok(text);
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Byte offset of the first byte that starts an invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}
