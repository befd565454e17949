import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { SourceDocument } from '@hemicycle/schema';
import { err, ok, type Result } from '@hemicycle/schema/result';
import { decodeText } from './decode-text';
import { codeOf } from './discover-inputs';
import { documentId } from './document-id';
import { type IngestError, ingestError } from './ingest-error';

/** Files larger than this are refused (`too-large`): a document, not a data dump. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** A decoded document from its bytes (pure): sha256 and byte length are of the bytes as read. */
export function toSourceDocument(
  id: string,
  path: string,
  bytes: Uint8Array,
): Result<SourceDocument, IngestError> {
  const text = decodeText(bytes, path);
  if (!text.ok) return text;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return ok({ id, path, text: text.value, sha256, bytes: bytes.length });
}

/** Reads and decodes one file; every failure is a value (`not-found`, `unreadable`, `too-large`, ...). */
export async function readSourceDocument(
  path: string,
  options: { maxBytes?: number } = {},
): Promise<Result<SourceDocument, IngestError>> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return err(ingestError('unreadable', path, 'this is a folder, not a file'));
    if (!info.isFile()) return err(ingestError('unreadable', path, 'not a regular file'));
    if (info.size > maxBytes) {
      return err(
        ingestError(
          'too-large',
          path,
          `the file has ${info.size} bytes, more than the limit of ${maxBytes}`,
        ),
      );
    }
    bytes = await readFile(path);
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT') return err(ingestError('not-found', path, 'no such file'));
    return err(ingestError('unreadable', path, `the file cannot be read (${code})`));
  }
  return toSourceDocument(documentId(path), path, bytes);
}
