import { createHash } from 'node:crypto';
import type { ExtractionRecord } from '@hemicycle/schema';
import { extractRecord } from './extract-record';

export interface TextOptions {
  /** The document id; default `document`. */
  id?: string;
  /** Where the text came from; default the id. */
  path?: string;
}

/**
 * Convenience for library users holding a string: the record of `text`.
 * `text` must be the decoded document (offsets point into it as given).
 */
export function extractRecordFromText(text: string, options: TextOptions = {}): ExtractionRecord {
  const id = options.id ?? 'document';
  const bytes = Buffer.byteLength(text, 'utf8');
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return extractRecord({ id, path: options.path ?? id, text, sha256, bytes });
}
