// Public API of @hemicycle/ingest: files and folders to decoded documents with their header fields.
export { decodeText } from './decode-text';
export { detectFormat } from './detect-format';
export { compareCodeUnits, discoverInputs } from './discover-inputs';
export { documentId } from './document-id';
export { type IngestError, type IngestErrorCode, ingestError } from './ingest-error';
export { parseDate } from './parse-date';
export { parseActDate, parseEventLine, parseOeilLine } from './parse-event';
export { parseHeader } from './parse-header';
export { parseProcedure } from './parse-procedure';
export { parseTabledBy, resolveGroupLabel } from './parse-tabled-by';
export { parseTitleBlock, type TitleBlock } from './parse-title';
export { findTallies, parseVote, type Tally } from './parse-vote';
export {
  MAX_DOCUMENT_BYTES,
  readSourceDocument,
  readSourceDocumentSync,
  toSourceDocument,
} from './read-source-document';
