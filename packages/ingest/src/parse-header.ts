import type { Event, Format, Header, Procedure } from '@hemicycle/schema';
import { formatOfLines, oeilLineIndex, pressDateIndex } from './detect-format';
import { headerWindow, type Line, readLines } from './header-lines';
import { parseActDate, parseEventLine, parseOeilLine } from './parse-event';
import { parseProcedure } from './parse-procedure';
import { parseTabledBy } from './parse-tabled-by';
import { isHeaderNoise, parseTitleBlock, stripMarkup } from './parse-title';
import { parseVote } from './parse-vote';

/** The header fields of one layout, before the vote and groups are read from the whole text. */
interface Layout {
  title: string | null;
  procedure: Procedure | null;
  event: Event | null;
  bodyStart: number;
  /** End of the header lines, where "on behalf of" still names who tabled the text. */
  headerEnd: number;
}

/**
 * The header fields of a document (pure, never throws): its format, title, procedure, event,
 * vote, the groups that tabled it and where its body starts.
 */
export function parseHeader(text: string): Header {
  const lines = readLines(text);
  const format = formatOfLines(lines);
  const layout =
    format === 'oeil-summary'
      ? oeilLayout(text, lines)
      : format === 'press-release'
        ? pressLayout(text, lines)
        : documentLayout(text, lines, format);
  return {
    format,
    title: layout.title,
    procedure: layout.procedure,
    event: layout.event,
    vote: parseVote(text, layout.bodyStart),
    tabledBy: parseTabledBy(text, layout.headerEnd),
    bodyStart: layout.bodyStart,
  };
}

/** The first line before `end` that is not metadata, without markup: a summary's or release's title. */
function titleBefore(lines: readonly Line[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.long || isHeaderNoise(line.text)) continue;
    const t = stripMarkup(line.text).trim();
    return t.length > 0 ? t : null;
  }
  return null;
}

/** OEIL summary: title line, then `procedure - date - label`; the body follows. */
function oeilLayout(text: string, lines: readonly Line[]): Layout {
  const r = oeilLineIndex(lines);
  const line = lines[r]!;
  const parsed = parseOeilLine(line.text)!;
  return {
    title: titleBefore(lines, r),
    procedure: parsed.procedure,
    event: parsed.event,
    bodyStart: Math.min(line.next, text.length),
    headerEnd: line.next,
  };
}

/** Press release: headline, then `18-12-2020 - 17:10`; the body follows. */
function pressLayout(text: string, lines: readonly Line[]): Layout {
  const d = pressDateIndex(lines);
  const line = lines[d]!;
  let procedure: Procedure | null = null;
  for (let i = 0; i < d && !procedure; i++) procedure = parseProcedure(lines[i]!.text);
  return {
    title: titleBefore(lines, d),
    procedure,
    event: parseEventLine(line.text),
    bodyStart: Math.min(line.next, text.length),
    headerEnd: line.next,
  };
}

/** Motions, reports, acts, proposals, other texts: header lines up to the first body marker. */
function documentLayout(text: string, lines: readonly Line[], format: Format): Layout {
  const window = headerWindow(lines);
  const block = parseTitleBlock(text, lines, { preferKind: format === 'ep-resolution' });
  let procedure: Procedure | null = null;
  let event: Event | null = null;
  for (const line of window) {
    if (line.long) continue;
    procedure ??= parseProcedure(line.text);
    event ??= parseEventLine(line.text);
  }
  if (!event && block.title) {
    const date = parseActDate(block.title);
    if (date) event = { date, label: null };
  }
  const last = window[window.length - 1];
  return {
    title: block.title,
    procedure,
    event,
    bodyStart: block.bodyStart,
    headerEnd: Math.max(last?.next ?? 0, block.bodyStart),
  };
}
