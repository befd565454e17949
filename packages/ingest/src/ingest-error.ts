/** Why a file could not become a document. Errors are values, never thrown. */
export type IngestErrorCode =
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'unreadable'
  | 'not-found'
  | 'too-large';

export interface IngestError {
  code: IngestErrorCode;
  /** The path the error is about ('' when decoding bytes with no path). */
  file: string;
  /** What went wrong, in plain words. */
  message: string;
}

export function ingestError(code: IngestErrorCode, file: string, message: string): IngestError {
  return { code, file, message };
}
