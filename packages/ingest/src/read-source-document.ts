import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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

/** Why a file that stat describes as `info` is not read, or null when it may be. */
function refusal(
  info: { isDirectory(): boolean; isFile(): boolean; size: number },
  path: string,
  maxBytes: number,
): IngestError | null {
  if (info.isDirectory()) return ingestError('unreadable', path, 'this is a folder, not a file');
  if (!info.isFile()) return ingestError('unreadable', path, 'not a regular file');
  if (info.size > maxBytes) {
    return ingestError(
      'too-large',
      path,
      `the file has ${info.size} bytes, more than the limit of ${maxBytes}`,
    );
  }
  return null;
}

/** A file system error as an ingest error. */
function readError(e: unknown, path: string): IngestError {
  const code = codeOf(e);
  if (code === 'ENOENT') return ingestError('not-found', path, 'no such file');
  return ingestError('unreadable', path, `the file cannot be read (${code})`);
}

/** Reads and decodes one file; every failure is a value (`not-found`, `unreadable`, `too-large`, ...). */
export async function readSourceDocument(
  path: string,
  options: { maxBytes?: number } = {},
): Promise<Result<SourceDocument, IngestError>> {
  let bytes: Uint8Array;
  try {
    const refused = refusal(await stat(path), path, options.maxBytes ?? MAX_DOCUMENT_BYTES);
    if (refused) return err(refused);
    bytes = await readFile(path);
  } catch (e) {
    return err(readError(e, path));
  }
  return toSourceDocument(documentId(path), path, bytes);
}

/**
 * readSourceDocument, blocking: for a thread that has nothing else to do meanwhile (a worker
 * thread of the batch). It reads a file in a few system calls on this thread, where the
 * asynchronous one makes a round trip through libuv's thread pool and the event loop for each
 * of its steps (stat, open, fstat, read, close), and the thread waits for them.
 */
export function readSourceDocumentSync(
  path: string,
  options: { maxBytes?: number } = {},
): Result<SourceDocument, IngestError> {
  let bytes: Uint8Array;
  try {
    const refused = refusal(statSync(path), path, options.maxBytes ?? MAX_DOCUMENT_BYTES);
    if (refused) return err(refused);
    bytes = readFileSync(path);
  } catch (e) {
    return err(readError(e, path));
  }
  return toSourceDocument(documentId(path), path, bytes);
}
