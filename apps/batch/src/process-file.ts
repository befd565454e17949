import { documentId, readSourceDocumentSync } from '@hemicycle/ingest';
import { serializeRecord } from '@hemicycle/output';
import { extractRecord } from '@hemicycle/pipeline';
import { formatIssues, validateRecord } from '@hemicycle/schema';

/** One input file to process; `previousSha256` is set when --since knows this document. */
export interface FileTask {
  path: string;
  previousSha256?: string;
}

export type FileResult =
  | { kind: 'record'; doc: string; file: string; sha256: string; bytes: number; line: Uint8Array }
  | { kind: 'unchanged'; doc: string; file: string; sha256: string; bytes: number }
  | { kind: 'failure'; doc: string; file: string; code: string; reason: string; bytes: number };

const utf8 = new TextEncoder();

/**
 * Reads, decodes and extracts one file, and validates and serialises its record.
 * Never throws: every input gives a record or a failure with a reason in plain words.
 * A record comes as its line's UTF-8 bytes (no newline).
 */
export async function processFile(task: FileTask): Promise<FileResult> {
  const doc = documentId(task.path);
  // Blocking: the thread that extracts has nothing else to do while its file is read.
  const read = readSourceDocumentSync(task.path);
  if (!read.ok) {
    return {
      kind: 'failure',
      doc,
      file: task.path,
      code: read.error.code,
      reason: read.error.message,
      bytes: 0,
    };
  }
  const source = read.value;
  if (task.previousSha256 !== undefined && task.previousSha256 === source.sha256) {
    return { kind: 'unchanged', doc, file: task.path, sha256: source.sha256, bytes: source.bytes };
  }
  try {
    const record = extractRecord(source);
    const valid = validateRecord(record, source.text);
    if (!valid.ok) {
      return {
        kind: 'failure',
        doc,
        file: task.path,
        code: 'invalid-record',
        reason: `the extracted record breaks the schema (a bug, please report it): ${formatIssues(valid.error).slice(0, 2000)}`,
        bytes: source.bytes,
      };
    }
    return {
      kind: 'record',
      doc,
      file: task.path,
      sha256: source.sha256,
      bytes: source.bytes,
      // UTF-8 bytes with a buffer of their own: a worker thread hands them to the main thread
      // without a copy, and they are written as they are (see worker.ts).
      line: utf8.encode(serializeRecord(record)),
    };
  } catch (error) {
    return {
      kind: 'failure',
      doc,
      file: task.path,
      code: 'extraction-error',
      reason: `extraction failed (a bug, please report it): ${error instanceof Error ? error.message : String(error)}`,
      bytes: source.bytes,
    };
  }
}
