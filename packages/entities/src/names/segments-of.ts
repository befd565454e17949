import type { ParsedDocument, Span } from '@hemicycle/schema';

/** A stretch of text read as one unit: a header line or a sentence. */
export interface Segment {
  start: number;
  end: number;
  /** A header line followed by "on behalf of ...": a list of Members' names. */
  namesLine: boolean;
}

const ON_BEHALF = /^\s*on behalf of\b/;

/** The stretches of text to read: the header lines, then the body's sentences. */
export function segmentsOf(doc: ParsedDocument, sentences: readonly Span[]): Segment[] {
  const { text } = doc;
  const bodyStart = Math.min(Math.max(doc.header?.bodyStart ?? 0, 0), text.length);
  const out: Segment[] = [];
  const pushLines = (from: number, to: number) => {
    let s = from;
    while (s < to) {
      let e = text.indexOf('\n', s);
      if (e < 0 || e > to) e = to;
      const nextLineEnd = text.indexOf('\n', e + 1);
      const nextLine = text.slice(e + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
      if (e > s) out.push({ start: s, end: e, namesLine: ON_BEHALF.test(nextLine) });
      s = e + 1;
    }
  };
  pushLines(0, bodyStart);
  if (sentences.length > 0) {
    // "Petra De Sutter\non behalf of the Verts/ALE Group": the names line is read apart
    let behalf = text.indexOf('\non behalf of', bodyStart);
    for (const s of sentences) {
      if (s.end <= s.start) continue;
      while (behalf >= 0 && behalf < s.start) behalf = text.indexOf('\non behalf of', behalf + 1);
      if (behalf >= 0 && behalf < s.end) pushLines(s.start, s.end);
      else out.push({ start: s.start, end: s.end, namesLine: false });
    }
  } else {
    pushLines(bodyStart, text.length);
  }
  return out;
}
