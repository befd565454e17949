// The record writer alone, for a batch's main thread: `@hemicycle/output/writer` loads neither
// the serialiser nor the schema (zod) until a record is written with `write()`.
export type { FailureEntry } from './failure-entry';
export { type CommitSummary, openRecordWriter, type RecordWriter } from './record-writer';
