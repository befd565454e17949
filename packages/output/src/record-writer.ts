import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ExtractionRecord, formatIssues } from '@hemicycle/schema';
import { type FailureEntry, serializeFailure } from './failure-entry';
import { removeStaleTempFiles } from './remove-stale-temp-files';
import { TempFile } from './temp-file';

/**
 * The schema's checks and the serialiser, loaded by the first `write()`: the batch writes lines
 * its threads checked and serialised, and its start should not pay for loading zod.
 */
let recordChecks: ReturnType<typeof importRecordChecks> | undefined;
function loadRecordChecks(): ReturnType<typeof importRecordChecks> {
  // one promise for all writers: writes awaiting it resume in the order they were called
  recordChecks ??= importRecordChecks();
  return recordChecks;
}

function importRecordChecks() {
  return Promise.all([import('@hemicycle/schema'), import('./serialize-record')]).then(
    ([schema, serialize]) => ({
      validateRecord: schema.validateRecord,
      formatIssues: schema.formatIssues,
      serializeRecord: serialize.serializeRecord,
    }),
  );
}

/** What a committed run wrote. */
export interface CommitSummary {
  path: string;
  records: number;
  failures: number;
  /** `<out>.failures.jsonl`, or null when there was no failure (and no such file is left). */
  failuresPath: string | null;
}

/** Writes records as JSON Lines, atomically: nothing appears at `path` before `commit()`. */
export interface RecordWriter {
  /** The output file, `<out>`. */
  readonly path: string;
  /** `<out>.failures.jsonl`. */
  readonly failuresPath: string;
  /**
   * Validates the record against the schema and the span rule on `text` (its document's text),
   * then appends it. Throws an Error naming the document and the issues when it is invalid:
   * that is a bug in the pipeline, not an expected failure. Resolves when the stream can take
   * more (backpressure).
   */
  write(record: ExtractionRecord, text: string): Promise<void>;
  /**
   * Appends a record already checked by `validateRecord` and serialised by `serializeRecord`
   * elsewhere (the batch's worker threads do both next to the text, so that the text never
   * crosses threads), or a line carried over from a previous output. One line, no newline: a
   * string, or its UTF-8 bytes (written as they are, copied before this returns).
   */
  writeSerialized(line: string | Uint8Array): Promise<void>;
  /** Records a document that gave no record. */
  fail(entry: FailureEntry): Promise<void>;
  /** Moves the records (and failures, if any) into place; removes a stale failures file. */
  commit(): Promise<CommitSummary>;
  /** Removes the temporary files; the previous output stays untouched. No-op after commit. */
  abort(): Promise<void>;
}

const MAX_ISSUES_SHOWN = 10;

function invalidRecordError(
  record: unknown,
  issues: Parameters<typeof formatIssues>[0],
  format: typeof formatIssues,
): Error {
  const doc =
    typeof record === 'object' && record !== null && 'doc' in record ? String(record.doc) : '?';
  const shown = format(issues.slice(0, MAX_ISSUES_SHOWN));
  const more =
    issues.length > MAX_ISSUES_SHOWN ? ` (and ${issues.length - MAX_ISSUES_SHOWN} more)` : '';
  return new Error(`invalid record for document "${doc}": ${shown}${more}`);
}

/**
 * Opens a writer for `outPath` (its directory is created). Records go to
 * `<out>.tmp-<pid>-<random>` and failures, when there are any, to a temporary file beside
 * `<out>.failures.jsonl`; `commit()` renames them into place.
 */
export async function openRecordWriter(outPath: string): Promise<RecordWriter> {
  await mkdir(dirname(outPath), { recursive: true });
  const failuresPath = `${outPath}.failures.jsonl`;
  // What a killed run left here (its records and failures temp files) goes first.
  await removeStaleTempFiles(outPath);
  await removeStaleTempFiles(failuresPath);
  const records = await TempFile.create(outPath);
  // A promise, so that two concurrent fail() calls open one file.
  let failures: Promise<TempFile> | undefined;
  let recordCount = 0;
  let failureCount = 0;
  let state: 'open' | 'committing' | 'committed' | 'aborted' = 'open';

  const ensureOpen = (what: string): void => {
    if (state !== 'open') throw new Error(`cannot ${what}: the writer for ${outPath} is ${state}`);
  };

  const discardAll = async (): Promise<void> => {
    await records.discard();
    if (failures) await (await failures.catch(() => undefined))?.discard();
  };

  return {
    path: outPath,
    failuresPath,

    async write(record, text) {
      ensureOpen('write a record');
      const { validateRecord, formatIssues, serializeRecord } = await loadRecordChecks();
      const checked = validateRecord(record, text);
      if (!checked.ok) throw invalidRecordError(record, checked.error, formatIssues);
      recordCount++;
      await records.writeLine(serializeRecord(record));
    },

    async writeSerialized(line) {
      ensureOpen('write a record');
      if (typeof line === 'string' ? line.includes('\n') : line.includes(10))
        throw new Error('a serialised record must be one line');
      recordCount++;
      await records.writeLine(line);
    },

    async fail(entry) {
      ensureOpen('record a failure');
      const line = serializeFailure(entry);
      failures ??= TempFile.create(failuresPath);
      const file = await failures;
      failureCount++;
      await file.writeLine(line);
    },

    async commit() {
      ensureOpen('commit');
      state = 'committing';
      try {
        const failureFile = await failures;
        await records.close();
        await failureFile?.close();
        await records.commit();
        if (failureFile) await failureFile.commit();
        else await rm(failuresPath, { force: true });
      } catch (e) {
        state = 'aborted';
        await discardAll();
        throw e;
      }
      state = 'committed';
      return {
        path: outPath,
        records: recordCount,
        failures: failureCount,
        failuresPath: failures ? failuresPath : null,
      };
    },

    async abort() {
      if (state === 'committed' || state === 'aborted') return;
      state = 'aborted';
      await discardAll();
    },
  };
}
