import { isDigit, isLowerAt } from './chars';
import { endsSentence } from './ends-sentence';
import { markerFamily } from './list-marker';
import type { Line } from './read-lines';

/** A run of lines that the line-structure rules keep together: [start, end) in the text. */
export interface Block {
  start: number;
  end: number;
}

/**
 * Step 2: join lines into blocks. A blank line always breaks; a line runs on into the next only
 * when the next line continues its sentence:
 * - it starts in lower case and this line is not a heading nor ends with a full stop;
 * - this line is a paragraph number alone ("1." then the text);
 * - this line ends with a word that cannot end a sentence ("the", "of", "and");
 * - this line ends with ":" and the next is the first item of a list that goes on with ";",
 *   "," or ":" or starts in lower case ("to:\n- propose ...;"), and the following items of
 *   that list (same marker family, or a new one after an item ending with ":") while each item
 *   ends without a full stop. A list of full sentences ("- The Council will ...") is not joined.
 * A line ending with terminal punctuation runs on only after an abbreviation and before lower
 * case or a number ("cf.\nthe report", "No.\n5").
 */
export function joinLines(text: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  /** Marker families of the list the open block is in; null when not in a list. */
  let listFamilies: Set<string> | null = null;
  let previous: Line | null = null;

  for (const line of lines) {
    if (line.visible >= line.contentEnd) {
      // A blank line; a line of only invisible characters is its own block.
      if (line.contentStart < line.contentEnd) {
        if (open !== null) blocks.push(open);
        blocks.push({ start: line.contentStart, end: line.contentEnd });
      } else if (open !== null) {
        blocks.push(open);
      }
      open = null;
      previous = null;
      listFamilies = null;
      continue;
    }
    if (open !== null && previous !== null) {
      const decision = continues(text, previous, line, listFamilies);
      if (decision === false) {
        blocks.push(open);
        open = null;
        listFamilies = null;
      } else {
        open.end = line.contentEnd;
        listFamilies = decision;
      }
    }
    if (open === null) open = { start: line.contentStart, end: line.contentEnd };
    previous = line;
  }
  if (open !== null) blocks.push(open);
  return blocks;
}

const NOT_IN_LIST = new Set<string>();

/**
 * Whether `next` continues the sentence that `line` is in: false for a break, else the marker
 * families of the list the join is part of (empty when it is not a list join).
 */
function continues(
  text: string,
  line: Line,
  next: Line,
  listFamilies: Set<string> | null,
): Set<string> | false {
  if (line.heading || next.heading) return false;
  // A paragraph number alone on its line: the text follows on the next line.
  if (line.marker !== null && line.marker.end >= line.contentEnd && next.marker === null) {
    return NOT_IN_LIST;
  }

  if (line.terminalStart >= 0) {
    const nextCode = text.charCodeAt(next.visible);
    const goesOn = next.marker === null && (isLowerAt(text, next.visible) || isDigit(nextCode));
    if (!goesOn) return false;
    const ends = endsSentence(text, {
      runStart: line.terminalStart,
      runEnd: line.terminalEnd,
      next: next.visible,
      limit: next.contentEnd,
      sentenceStart: line.contentStart,
      lineEnd: true,
    });
    return ends ? false : NOT_IN_LIST;
  }

  if (next.marker !== null) {
    const family = markerFamily(next.marker);
    if (line.lastChar === 58 /* : */) {
      const opensList =
        next.endsAsListItem ||
        next.itemLowerCase ||
        (listFamilies !== null && listFamilies.size > 0);
      if (!opensList) return false;
      const families = new Set(listFamilies ?? []);
      families.add(family);
      return families;
    }
    if (listFamilies !== null && listFamilies.size > 0 && listFamilies.has(family)) {
      return listFamilies;
    }
    return false;
  }

  if (isLowerAt(text, next.visible) || line.endsOnContinuationWord) {
    return listFamilies ?? NOT_IN_LIST;
  }
  return false;
}
