import { makeSpan, type Span } from '@hemicycle/schema';
import { isSpace } from './chars';
import { joinLines } from './join-lines';
import { readLines } from './read-lines';
import { splitBlock } from './split-block';

/**
 * The sentences of `text` from `bodyStart` on, in order, as spans into `text`: non-overlapping,
 * each trimmed of surrounding white space, together covering every non-space character from
 * `bodyStart` to the end. Linear in the length of the text.
 *
 * Steps: 1. read lines; 2. join lines into blocks by line structure (blank lines, headings,
 * lists after a colon, lines running on in lower case); 3. split each block at terminal
 * punctuation that ends a sentence (abbreviations, paragraph numbers, initials, decimals and
 * quotes kept in); 4. trim each piece to a span.
 */
export function segmentSentences(text: string, bodyStart = 0): Span[] {
  const from = Math.min(Math.max(0, Math.trunc(bodyStart) || 0), text.length);
  const sentences: Span[] = [];
  if (from >= text.length) return sentences;
  const blocks = joinLines(text, readLines(text, from));
  const ends: number[] = [];
  for (const block of blocks) {
    ends.length = 0;
    splitBlock(text, block.start, block.end, ends);
    let start = block.start;
    for (const end of ends) {
      pushTrimmed(text, start, end, sentences);
      start = end;
    }
  }
  return sentences;
}

/** Step 4: the piece [start, end) without surrounding white space, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push(makeSpan(text, s, e));
}
