import {
  isBodyMarker,
  isIncompleteKind,
  isMetadataLine,
  isProceduralLine,
  isReferenceLine,
  isTitleKindLine,
  type Line,
} from './header-lines';
import { parseEventLine } from './parse-event';
import { parseProcedure } from './parse-procedure';

/** Where a document's title is and where its body starts. */
export interface TitleBlock {
  /** The title without markup, its lines joined by one space; null when the text opens with prose. */
  title: string | null;
  /** Index in `lines` of the title's first line, -1 when there is no title. */
  first: number;
  /** Offset where the body starts: after the title and the metadata lines around it. */
  bodyStart: number;
}

const MARKUP = /^#{1,6}\s+/u;
const SENTENCE_END = /[.,;:]$/u;
const LOWER_START = /^\p{Ll}/u;
const BEHALF = /^on\sbehalf\sof\b/i;
const MAX_TITLE_LINES = 8;
/** How many lines after a short heading a motion's or resolution's kind line may come. */
const KIND_LOOKAHEAD = 6;

export interface TitleOptions {
  /** Whether a kind line's title goes on over the next lines (not for summaries and releases). Default true. */
  continuation?: boolean;
  /** Take the first kind line within a few lines as the title (motions and resolutions). */
  preferKind?: boolean;
}

/** A line with nothing of a title: issuing body, references, dates. */
export function isHeaderNoise(line: string): boolean {
  return isMetadataLine(line) || isReferenceLine(line) || parseEventLine(line) !== null;
}

/** The title line as written, without heading markup (`## `). */
export function stripMarkup(line: string): string {
  return line.replace(MARKUP, '');
}

/**
 * The title of a document from its first lines: the first line that is not metadata, a
 * reference or a date. When that line opens with a document kind ("MOTION FOR A RESOLUTION",
 * "Proposal for a", "Regulation (EU) ..."), the title goes on over the following lines that
 * continue it (a subject starting in lower case, "of 22 October 2008", the rest of "Proposal
 * for a"), skipping the procedural lines of motions ("to wind up the debate ...", "pursuant to
 * Rule ..."), which open the body instead (spec 2.5 "Titles of motions").
 */
export function parseTitleBlock(
  text: string,
  lines: readonly Line[],
  options: TitleOptions = {},
): TitleBlock {
  const continuation = options.continuation ?? true;
  let i = 0;
  while (i < lines.length && !lines[i]!.long && isHeaderNoise(lines[i]!.text)) i++;
  if (options.preferKind) i = firstKindLine(lines, i);
  const head = lines[i];
  if (head === undefined)
    return { title: null, first: -1, bodyStart: lines[0]?.start ?? text.length };
  const first = stripMarkup(head.text);
  if (head.long || SENTENCE_END.test(first) || !/\p{L}/u.test(first) || isBodyMarker(first)) {
    return { title: null, first: -1, bodyStart: head.start };
  }
  const parts = [first];
  let last = i;
  let bodyLine = -1;
  let closed = false;
  if (continuation && isTitleKindLine(first)) {
    for (let j = i + 1; j < lines.length && j <= i + MAX_TITLE_LINES; j++) {
      const line = lines[j]!;
      const t = line.text;
      if (line.long || isBodyMarker(t) || BEHALF.test(t)) break;
      if (isProceduralLine(t)) {
        if (bodyLine === -1) bodyLine = j;
        continue;
      }
      const goesOn =
        isIncompleteKind(parts[parts.length - 1]!) || (LOWER_START.test(t) && !isMetadataLine(t));
      if (!goesOn && isHeaderNoise(t)) {
        if (parts.length > 1) closed = true;
        if (bodyLine === -1) last = j;
        continue;
      }
      if (!goesOn || closed) break;
      parts.push(t);
      if (bodyLine === -1) last = j;
    }
  } else {
    while (
      last + 1 < lines.length &&
      !lines[last + 1]!.long &&
      isHeaderNoise(lines[last + 1]!.text)
    )
      last++;
  }
  const bodyStart = bodyLine === -1 ? lines[last]!.next : lines[bodyLine]!.start;
  return { title: withoutTrailingReference(parts.join(' ')), first: i, bodyStart };
}

/**
 * Where the title of a motion or resolution starts: its first kind line ("European Parliament
 * resolution of ..."), when one comes within a few lines of `from` (a web page's short heading
 * may stand before it), else `from`.
 */
function firstKindLine(lines: readonly Line[], from: number): number {
  for (let j = from; j < lines.length && j < from + KIND_LOOKAHEAD; j++) {
    const line = lines[j]!;
    if (line.long || isBodyMarker(line.text)) break;
    if (isTitleKindLine(line.text)) return j;
  }
  return from;
}

/**
 * The title without a bracketed procedure reference at its end (the procedure is a field of its
 * own): "European Parliament resolution of 10 July 2020 on ... (2020/2691(RSP))" → "... on ...".
 * Other brackets stay: "(Interoperable Europe Act)", "(PE-491.146)".
 */
export function withoutTrailingReference(title: string): string {
  if (!title.endsWith(')')) return title;
  let depth = 0;
  for (let k = title.length - 1; k >= 0; k--) {
    const c = title[k];
    if (c === ')') depth++;
    else if (c === '(') depth--;
    if (depth === 0) {
      const kept = title.slice(0, k).trimEnd();
      const bracket = title.slice(k);
      const isProcedure = isReferenceLine(bracket) && parseProcedure(bracket) !== null;
      return k > 0 && /\p{L}/u.test(kept) && isProcedure ? kept : title;
    }
  }
  return title;
}
