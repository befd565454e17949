export type { ExtractionRecord, SourceDocument } from '@hemicycle/schema';
export { validateRecord } from '@hemicycle/schema';
export { extractRecord } from './extract-record';
export { extractRecordFromText, type TextOptions } from './extract-record-from-text';
export { type VisibleText, visibleText } from './invisible-characters';
