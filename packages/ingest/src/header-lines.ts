import type { JsonOf } from '@hemicycle/schema';
import { z } from 'zod';
import { compilePatterns, matchesAny, PatternListSchema } from './compile-patterns';
import data from './data/header-lines.json' with { type: 'json' };

export const HeaderDataSchema = z.object({
  $comment: z.string().optional(),
  metadataLines: z.object({ $comment: z.string().optional(), lines: z.array(z.string().min(1)) }),
  bodyMarkers: PatternListSchema,
  titleKinds: PatternListSchema,
  incompleteKind: PatternListSchema,
  proceduralLines: PatternListSchema,
  resolutionMarkers: PatternListSchema,
  citationLine: PatternListSchema,
});
// Typed at compile time; checked against the schema in data.test.ts, not parsed at import.
export const headerTable: JsonOf<z.infer<typeof HeaderDataSchema>> = data;

/** One line of the text: `start`/`end` bound its content (no line terminator), `next` is where the next line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
  /** The content with surrounding white space removed (cut at MAX_LINE_SCAN code units). */
  text: string;
  /** True when the line is longer than MAX_LINE_SCAN: never a header line. */
  long: boolean;
}

/** Header lines are short; a longer line is prose and is not inspected further. */
export const MAX_LINE_SCAN = 1000;
/** How many non-blank lines a header may span (joint motions list many authors). */
export const MAX_HEADER_LINES = 60;

/** A line ends at LF, CRLF or a lone CR (old Mac files). */
const LINE_BREAK = /\r\n?|\n/;

/** The non-blank lines of `text` from `from` on, at most `max` of them. Linear in what it reads. */
export function readLines(text: string, from = 0, max = MAX_HEADER_LINES): Line[] {
  const lines: Line[] = [];
  let pos = from;
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  while (pos < text.length && lines.length < max) {
    breaks.lastIndex = pos;
    const br = breaks.exec(text);
    const nl = br ? br.index : text.length;
    const next = br ? br.index + br[0].length : text.length;
    const long = nl - pos > MAX_LINE_SCAN;
    const raw = text.slice(pos, long ? pos + MAX_LINE_SCAN : nl);
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const lead = raw.length - raw.trimStart().length;
      const end = long ? nl : pos + lead + trimmed.length;
      lines.push({
        start: pos + lead,
        end: long ? trimEnd(text, pos, end) : end,
        next,
        text: trimmed,
        long,
      });
    }
    pos = next;
  }
  return lines;
}

function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/u.test(text[e - 1]!)) e--;
  return e;
}

const metadata = new Set(headerTable.metadataLines.lines.map(foldLine));
const bodyMarkers = compilePatterns(headerTable.bodyMarkers);
const titleKinds = compilePatterns(headerTable.titleKinds);
const incompleteKind = compilePatterns(headerTable.incompleteKind);
const proceduralLines = compilePatterns(headerTable.proceduralLines);
const resolutionMarkers = compilePatterns(headerTable.resolutionMarkers);
const citationLine = compilePatterns(headerTable.citationLine);

function foldLine(s: string): string {
  return foldSpaces(s).toLowerCase();
}

/** Runs of white space (no-break spaces included) as one space: patterns are written with plain spaces. */
export function foldSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Issuing body, journal or edition lines ("EUROPEAN COMMISSION", "Series L"). */
export function isMetadataLine(line: string): boolean {
  return line.length <= 120 && metadata.has(foldLine(line));
}

const BRACKETED = /\([^()]{0,24}\)/g;
/** A short upper-case code ("COM", "(NLE)", "EN") or "final"; tokens with a digit are references anyway. */
const CODE_TOKEN = /^[([{]?(?:[A-Z]{1,5}|final)[)\]}.,;:]?$/;
const PUNCTUATION_TOKEN = /^[^\p{L}\d]+$/u;

/**
 * A line of references and dates only: "B9‑0220/2020", "COM(2025) 1 final", "2022/0055 (NLE)",
 * "(2020/2691(RSP))", "2024/903 22.3.2024", "B9‑0216/2020 (Verts/ALE)", "6.7.2020".
 */
export function isReferenceLine(line: string): boolean {
  if (line.length > 120 || !/\d/u.test(line)) return false;
  const tokens = line.replace(BRACKETED, ' ').split(/\s+/u);
  for (const t of tokens)
    if (t.length > 0 && !/\d/u.test(t) && !CODE_TOKEN.test(t) && !PUNCTUATION_TOKEN.test(t))
      return false;
  return true;
}

export function isBodyMarker(line: string): boolean {
  return matchesAny(bodyMarkers, foldSpaces(line));
}

/** A line that opens with the kind of document ("MOTION FOR A RESOLUTION", "Proposal for a", "Regulation (EU) ..."). */
export function isTitleKindLine(line: string): boolean {
  return matchesAny(titleKinds, foldSpaces(line));
}

/** A kind line cut short ("Proposal for a"): the next line goes on with it whatever its case. */
export function isIncompleteKind(line: string): boolean {
  return matchesAny(incompleteKind, foldSpaces(line));
}

/** "to wind up the debate ...", "pursuant to Rule 132(2) ...": how a motion was tabled, not its title. */
export function isProceduralLine(line: string): boolean {
  return matchesAny(proceduralLines, foldSpaces(line));
}

export function isResolutionMarker(line: string): boolean {
  return matchesAny(resolutionMarkers, foldSpaces(line));
}

export function isCitationLine(line: string): boolean {
  return matchesAny(citationLine, foldSpaces(line));
}

/**
 * A line of running text rather than a header line: longer than a header line can be, or a
 * sentence (ends with . ! ? ; or : and has 8 words or more). A long line of author names that
 * ends with no punctuation is still a header line.
 */
export function isProseLine(line: Line): boolean {
  if (line.long) return true;
  return /[.!?;:]$/u.test(line.text) && line.text.split(/\s+/u).length >= 8;
}

/**
 * The header window: the first lines up to the first body marker (included) or prose line
 * (excluded). Header fields (procedure, event, who tabled it) are looked for here only.
 */
export function headerWindow(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (isProseLine(line)) break;
    out.push(line);
    if (isBodyMarker(line.text)) break;
  }
  return out;
}
