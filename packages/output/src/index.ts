export type { FailureEntry } from './failure-entry';
export { type LineError, readRecords } from './read-records';
export { type CommitSummary, openRecordWriter, type RecordWriter } from './record-writer';
export { serializeRecord } from './serialize-record';
