import { isCloser, isDigit, isSpace, isTerminator } from './chars';
import { endsSentence } from './ends-sentence';
import { headingLabelEnd } from './heading-label';

const MAX_FOOTNOTE = 5;

/**
 * Step 3: the sentence ends inside one block [start, end), pushed onto `ends` as the index just
 * past each sentence (its final mark and closing quotes). The block's end is always one.
 * Candidates are runs of terminal punctuation followed by white space; each is judged by
 * `endsSentence`. One pass over the block; every look-around is bounded.
 */
export function splitBlock(text: string, start: number, end: number, ends: number[]): void {
  let sentenceStart = start;
  const label = headingLabelEnd(text, start, end);
  if (label > 0) {
    ends.push(label);
    sentenceStart = label;
  }
  let i = sentenceStart;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && isTerminator(text.charCodeAt(i))) i++;
    const runEnd = i;
    const after = skipClosers(text, runEnd, end);
    if (after < end && !isSpace(text.charCodeAt(after))) {
      i = after;
      continue;
    }
    let next = after;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next >= end) break;
    const lineEnd = false;
    if (endsSentence(text, { runStart, runEnd, next, limit: end, sentenceStart, lineEnd })) {
      ends.push(after);
      sentenceStart = after;
    }
    i = next;
  }
  ends.push(end);
}

/** Closing quotes and brackets after a final mark, and a footnote call like "[3]". */
function skipClosers(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isCloser(text.charCodeAt(i))) i++;
  if (i < end && text.charCodeAt(i) === 91 /* [ */) {
    let j = i + 1;
    const ceiling = Math.min(end, j + MAX_FOOTNOTE);
    while (j < ceiling && isDigit(text.charCodeAt(j))) j++;
    if (j > i + 1 && j < end && text.charCodeAt(j) === 93 /* ] */) return j + 1;
  }
  return i;
}
