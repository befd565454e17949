import type { z } from 'zod';
import { type ExtractionRecord, RecordSchema } from './record';
import type { Result } from './result';

export interface RecordIssue {
  path: string;
  message: string;
}

/** Every span-like object in a record, with its path, for the span rule check. */
function* spansOf(
  record: ExtractionRecord,
): Generator<[string, { start: number; end: number; text: string }]> {
  for (const [i, s] of record.sentences.entries()) yield [`sentences.${i}`, s];
  for (const [i, e] of record.entities.entries())
    for (const [j, m] of e.mentions.entries()) yield [`entities.${i}.mentions.${j}`, m];
  for (const [i, d] of record.dates.entries()) yield [`dates.${i}.span`, d.span];
  for (const [i, q] of record.quantities.entries()) yield [`quantities.${i}.span`, q.span];
  for (const [i, s] of record.statements.entries()) {
    yield [`statements.${i}.content`, s.content];
    yield [`statements.${i}.span`, s.span];
    if (s.addressee) yield [`statements.${i}.addressee`, s.addressee];
  }
}

/**
 * Checks a record against the schema and the span rule of spec section 2:
 * every span's `text` is exactly `documentText.slice(start, end)`.
 */
export function validateRecord(
  candidate: unknown,
  documentText: string,
): Result<ExtractionRecord, RecordIssue[]> {
  const parsed = RecordSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: zodIssues(parsed.error) };
  const record = parsed.data;
  const issues: RecordIssue[] = [];
  for (const [path, s] of spansOf(record)) {
    if (s.end > documentText.length) {
      issues.push({
        path,
        message: `span end ${s.end} is past the text's end ${documentText.length}`,
      });
    } else if (documentText.slice(s.start, s.end) !== s.text) {
      issues.push({ path, message: `span text is not the source slice [${s.start}, ${s.end})` });
    }
  }
  for (const [i, st] of record.statements.entries()) {
    if (st.sentence >= record.sentences.length)
      issues.push({ path: `statements.${i}.sentence`, message: 'sentence index out of range' });
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: record };
}

function zodIssues(error: z.ZodError): RecordIssue[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** One line per issue, for error messages. */
export function formatIssues(issues: readonly RecordIssue[]): string {
  return issues.map((i) => `${i.path || '(record)'}: ${i.message}`).join('; ');
}
