import type { Format } from '@hemicycle/schema';
import {
  headerWindow,
  isBodyMarker,
  isCitationLine,
  isResolutionMarker,
  type Line,
  readLines,
} from './header-lines';
import { isPressDateLine, parseOeilLine } from './parse-event';

/** How many first lines may hold an OEIL summary's `procedure - date - label` line. */
const OEIL_LINES = 5;
/** How many first lines may hold a press release's `18-12-2020 - 17:10` line. */
const PRESS_LINES = 4;

/**
 * The format of a document, from its first lines:
 * - `oeil-summary`: a Legislative Observatory line `2012/2553(RSP) - 15/03/2012 - Text adopted ...`;
 * - `press-release`: a headline, then a `18-12-2020 - 17:10` line;
 * - `ep-resolution`: a motion or resolution of the Parliament ("MOTION FOR A RESOLUTION",
 *   "European Parliament resolution ...", a `B9-0220/2020` reference line, or "The European
 *   Parliament," followed by its citations);
 * - `text`: anything else (EUR-Lex acts, Commission proposals, other documents).
 */
export function detectFormat(text: string): Format {
  return formatOfLines(readLines(text));
}

export function formatOfLines(lines: readonly Line[]): Format {
  if (oeilLineIndex(lines) !== -1) return 'oeil-summary';
  if (pressDateIndex(lines) !== -1) return 'press-release';
  const window = headerWindow(lines);
  for (const [i, line] of window.entries()) {
    if (line.long) continue;
    if (isResolutionMarker(line.text)) return 'ep-resolution';
    if (isBodyMarker(line.text)) {
      const next = lines[i + 1];
      if (line.text === 'The European Parliament,' && next && isCitationLine(next.text)) {
        return 'ep-resolution';
      }
    }
  }
  return 'text';
}

/** Index of the OEIL `procedure - date - label` line among the first lines, or -1. */
export function oeilLineIndex(lines: readonly Line[]): number {
  for (let i = 0; i < Math.min(OEIL_LINES, lines.length); i++) {
    const line = lines[i]!;
    if (!line.long && parseOeilLine(line.text)) return i;
  }
  return -1;
}

/** Index of a press release's date line (after at least a headline), or -1. */
export function pressDateIndex(lines: readonly Line[]): number {
  for (let i = 1; i < Math.min(PRESS_LINES, lines.length); i++) {
    const line = lines[i]!;
    if (!line.long && isPressDateLine(line.text)) return i;
  }
  return -1;
}
