import type { DateMention, ParsedDocument, Span } from '@hemicycle/schema';
import { scanDates } from './scan-dates';

/** The last document scanned: findQuantities asks for the same document's dates right after. */
const cache = new WeakMap<ParsedDocument, DateMention[]>();

function datesOf(doc: ParsedDocument): DateMention[] {
  let dates = cache.get(doc);
  if (dates === undefined) {
    dates = scanDates(doc);
    cache.set(doc, dates);
  }
  return dates;
}

/**
 * Date mentions (spec 2.2) of the body (from `doc.header.bodyStart`) as ISO values of the
 * precision the text gives; a date without a year takes it from the text around it, weekdays
 * resolve from the header date. `sentences` are not needed: dates are found over the body text.
 */
export function findDates(doc: ParsedDocument, _sentences: readonly Span[]): DateMention[] {
  return datesOf(doc).map(copyDate);
}

/** The offsets of every date mention of a document (for quantities: numbers in dates are not counts). */
export function dateRanges(doc: ParsedDocument): readonly { start: number; end: number }[] {
  return datesOf(doc).map(rangeOf);
}

// Module-level functions rather than callbacks made per document: V8 holds a closure's optimised
// code only weakly, so such callbacks were compiled again after every full GC.
function copyDate(d: DateMention): DateMention {
  return { value: d.value, span: { ...d.span } };
}

function rangeOf(d: DateMention): { start: number; end: number } {
  return { start: d.span.start, end: d.span.end };
}
