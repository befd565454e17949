/** A document that gave no record: which, from where, and why (one line of `<out>.failures.jsonl`). */
export interface FailureEntry {
  doc: string;
  file: string;
  code: string;
  reason: string;
}

const FAILURE_KEYS = ['doc', 'file', 'code', 'reason'] as const;

/** One failure as one line of JSON, keys in a fixed order; throws on a malformed entry (a bug). */
export function serializeFailure(entry: FailureEntry): string {
  for (const k of FAILURE_KEYS) {
    if (typeof entry[k] !== 'string') {
      throw new Error(`failure entry ${JSON.stringify(entry)}: "${k}" must be a string`);
    }
  }
  return JSON.stringify({
    doc: entry.doc,
    file: entry.file,
    code: entry.code,
    reason: entry.reason,
  });
}
