import type { ExtractionRecord } from '@hemicycle/schema';
import { isInvisible } from '@hemicycle/segment';

/**
 * The characters that show as nothing: segment's invisible ones (soft hyphen, zero-width space,
 * non-joiner and joiner, direction marks, word joiner) and a byte order mark inside the text
 * (segment counts it as a space). Copied from PDFs and word processors, they fall inside words
 * ("regu\u00adlation") and hide the words from every list and rule.
 */
function isHidden(c: number): boolean {
  return isInvisible(c) || c === 0xfeff;
}

/** The text without its invisible characters, and where each of its characters stands in the original. */
export interface VisibleText {
  text: string;
  /** origin[i]: the offset in the original text of the view's character i. */
  origin: Int32Array;
}

/** The visible text of `text`, or null when it has no invisible character (the common case). */
export function visibleText(text: string): VisibleText | null {
  let first = 0;
  while (first < text.length && !isHidden(text.charCodeAt(first))) first++;
  if (first === text.length) return null;
  const origin = new Int32Array(text.length);
  for (let i = 0; i < first; i++) origin[i] = i;
  const parts: string[] = [];
  let n = first;
  let from = 0;
  for (let i = first; i < text.length; i++) {
    if (isHidden(text.charCodeAt(i))) {
      if (i > from) parts.push(text.slice(from, i));
      from = i + 1;
      continue;
    }
    origin[n++] = i;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), origin: origin.subarray(0, n) };
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The record read from the visible text, with every span moved back onto the original: a span
 * runs from its first visible character to its last, the invisible ones between them included,
 * and its text is the original's slice (the rule every span obeys). Names, ids and the header's
 * fields stay as read: without the invisible characters.
 */
export function onOriginalText(
  record: ExtractionRecord,
  view: VisibleText,
  original: string,
): ExtractionRecord {
  const back = <S extends Span>(s: S): S => {
    const start = s.start < view.origin.length ? (view.origin[s.start] as number) : original.length;
    const end = s.end > s.start ? (view.origin[s.end - 1] as number) + 1 : start;
    return { ...s, start, end, text: original.slice(start, end) };
  };
  return {
    ...record,
    sentences: record.sentences.map(back),
    entities: record.entities.map((e) => ({ ...e, mentions: e.mentions.map(back) })),
    dates: record.dates.map((d) => ({ ...d, span: back(d.span) })),
    quantities: record.quantities.map((q) => ({ ...q, span: back(q.span) })),
    statements: record.statements.map((s) => ({
      ...s,
      content: back(s.content),
      span: back(s.span),
      addressee: s.addressee && back(s.addressee),
    })),
  };
}
