// The invariants every record must keep, whatever the input: the schema, the span rule (every
// span's text is exactly text.slice(start, end)), and sentences that cover the body's non-space text
// (invisible characters, such as soft hyphens and zero-width spaces, are not text: the pipeline
// reads a text without them and a lone one is in no sentence).
import { parseHeader } from '@hemicycle/ingest';
import { visibleText } from '@hemicycle/pipeline';
import { formatIssues, validateRecord } from '@hemicycle/schema';
import { isInvisible } from '@hemicycle/segment';

/** JavaScript's white space (what String.prototype.trim removes). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isBlank(code: number): boolean {
  return isSpace(code) || isInvisible(code);
}

function show(text: string, at: number): string {
  return JSON.stringify(text.slice(Math.max(0, at - 30), at + 30));
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences from `bodyStart` on, in order, not overlapping, trimmed, covering every character
 * of the body that is neither space nor invisible. Returns the problems found (at most a few), [] when none.
 */
export function sentenceProblems(
  sentences: readonly SpanLike[],
  text: string,
  bodyStart: number,
): string[] {
  const problems: string[] = [];
  let covered = bodyStart;
  let previousEnd = -1;
  for (const [i, s] of sentences.entries()) {
    if (problems.length >= 5) break;
    if (s.start < bodyStart)
      problems.push(`sentence ${i} starts at ${s.start}, before the body (${bodyStart})`);
    if (s.start < previousEnd)
      problems.push(
        `sentence ${i} [${s.start}, ${s.end}) overlaps the one before it (ends ${previousEnd})`,
      );
    if (s.end <= s.start) problems.push(`sentence ${i} is empty [${s.start}, ${s.end})`);
    if (s.text !== s.text.trim())
      problems.push(`sentence ${i} is not trimmed: ${JSON.stringify(s.text.slice(0, 60))}`);
    for (let k = covered; k < s.start; k++) {
      if (!isBlank(text.charCodeAt(k))) {
        problems.push(`non-space text at ${k} is in no sentence: ${show(text, k)}`);
        break;
      }
    }
    covered = Math.max(covered, s.end);
    previousEnd = s.end;
  }
  for (let k = covered; k < text.length && problems.length < 5; k++) {
    if (!isBlank(text.charCodeAt(k))) {
      problems.push(
        `non-space text at ${k} after the last sentence is in no sentence: ${show(text, k)}`,
      );
      break;
    }
  }
  return problems;
}

/** Where the body starts: the header is read on the visible text, as the pipeline reads it. */
function bodyStartOf(text: string): number {
  const view = visibleText(text);
  if (view === null) return parseHeader(text).bodyStart;
  const start = parseHeader(view.text).bodyStart;
  return start < view.origin.length ? (view.origin[start] as number) : text.length;
}

/** Every problem of a record for its document text: schema, span rule, sentence cover. */
export function recordProblems(record: unknown, text: string): string[] {
  const valid = validateRecord(record, text);
  if (!valid.ok) return [`validateRecord: ${formatIssues(valid.error).slice(0, 1500)}`];
  return sentenceProblems(valid.value.sentences, text, bodyStartOf(text));
}
