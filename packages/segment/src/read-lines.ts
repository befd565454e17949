import {
  isCloser,
  isInvisible,
  isLetterAt,
  isLineBreak,
  isLowerAt,
  isSpace,
  isTerminator,
  isUpperAt,
} from './chars';
import { CONTINUATION_WORDS } from './lexicon';
import { type ListMarker, readListMarker } from './list-marker';

/** One line of the body and what the joining rules need to know about it. */
export interface Line {
  /** First index of the line and index of its line break (or of the end of the text). */
  start: number;
  end: number;
  /** The line without surrounding white space: [contentStart, contentEnd); equal when blank. */
  contentStart: number;
  contentEnd: number;
  /** First character that is neither space nor invisible (zero-width, soft hyphen); contentEnd if none. */
  visible: number;
  /** The list or paragraph marker the line starts with. */
  marker: ListMarker | null;
  /** Visible text after the marker starts in lower case ("- propose", "(a) to ensure"). */
  itemLowerCase: boolean;
  /** All capitals ("KEY POINTS", "HAS ADOPTED THIS REGULATION:") or a "#" heading. */
  heading: boolean;
  /** Start and end of the terminal punctuation the line ends with (before closing quotes), or -1. */
  terminalStart: number;
  terminalEnd: number;
  /** Last visible character code (0 when none). */
  lastChar: number;
  /** Ends with a word that cannot end running text ("the", "of", "and"). */
  endsOnContinuationWord: boolean;
  /** Ends like a list item that more items follow: ";", ",", ":", "; and", "; or". */
  endsAsListItem: boolean;
}

const MAX_CLOSERS = 8;
const MAX_WORD = 24;

/** Step 1: cut the text from `from` into lines and describe each one. Linear in the text. */
export function readLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const length = text.length;
  let start = from;
  while (start <= length) {
    let end = start;
    while (end < length && !isLineBreak(text.charCodeAt(end))) end++;
    lines.push(describeLine(text, start, end));
    if (end >= length) break;
    // CRLF is one break.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return lines;
}

function describeLine(text: string, start: number, end: number): Line {
  let contentStart = start;
  while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let visible = contentStart;
  while (
    visible < contentEnd &&
    (isSpace(text.charCodeAt(visible)) || isInvisible(text.charCodeAt(visible)))
  ) {
    visible++;
  }
  let visibleEnd = contentEnd;
  while (
    visibleEnd > visible &&
    (isSpace(text.charCodeAt(visibleEnd - 1)) || isInvisible(text.charCodeAt(visibleEnd - 1)))
  ) {
    visibleEnd--;
  }
  const line: Line = {
    start,
    end,
    contentStart,
    contentEnd,
    visible,
    marker: null,
    itemLowerCase: false,
    heading: false,
    terminalStart: -1,
    terminalEnd: -1,
    lastChar: 0,
    endsOnContinuationWord: false,
    endsAsListItem: false,
  };
  if (visible >= visibleEnd) return line;

  line.marker = readListMarker(text, visible);
  if (line.marker !== null) {
    let i = line.marker.end;
    while (i < visibleEnd && (isSpace(text.charCodeAt(i)) || isInvisible(text.charCodeAt(i)))) i++;
    // Skip an opening quote or bracket: "- ‘brokering services’ means".
    const c = text.charCodeAt(i);
    if (c === 0x2018 || c === 0x201c || c === 40 || c === 34) i++;
    line.itemLowerCase = i < visibleEnd && isLowerAt(text, i);
  }
  line.heading = isHeading(text, visible, visibleEnd);
  line.lastChar = text.charCodeAt(visibleEnd - 1);

  // Terminal punctuation, possibly inside closing quotes or brackets: `Venezuela.”`.
  let t = visibleEnd;
  const floor = Math.max(visible, visibleEnd - MAX_CLOSERS);
  while (t > floor && isCloser(text.charCodeAt(t - 1)) && !isTerminator(text.charCodeAt(t - 1)))
    t--;
  if (t > visible && isTerminator(text.charCodeAt(t - 1))) {
    line.terminalEnd = t;
    let s = t - 1;
    while (s > visible && isTerminator(text.charCodeAt(s - 1))) s--;
    line.terminalStart = s;
  }

  const last = line.lastChar;
  line.endsAsListItem = last === 59 || last === 44 || last === 58;
  if (isLetterAt(text, visibleEnd - 1)) {
    let w = visibleEnd - 1;
    const wordFloor = Math.max(visible, visibleEnd - MAX_WORD);
    while (w > wordFloor && isLetterAt(text, w - 1)) w--;
    const word = text.slice(w, visibleEnd);
    line.endsOnContinuationWord = CONTINUATION_WORDS.has(word);
    if ((word === 'and' || word === 'or') && w > visible) {
      let p = w;
      while (p > visible && isSpace(text.charCodeAt(p - 1))) p--;
      const before = text.charCodeAt(p - 1);
      if (before === 59 || before === 44) line.endsAsListItem = true;
    }
  }
  return line;
}

/** A "#" heading or a line of capitals with at least two capital letters and no lower case. */
function isHeading(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 35 /* # */) return true;
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) capitals++;
    } else if (isLowerAt(text, i)) {
      return false;
    } else if (isUpperAt(text, i)) {
      capitals++;
    }
  }
  return capitals >= 2;
}
