import type { Event, Procedure } from '@hemicycle/schema';
import { parseDate } from './parse-date';
import { parseProcedure } from './parse-procedure';

const DASH = '[-‐‑–—]';

/** OEIL: `2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament, single reading`. */
const OEIL_LINE = new RegExp(
  String.raw`^(\d{4}/\d{1,4}[A-Z]?[ \u00A0]?\([A-Z]{3,4}\))\s${DASH}\s(\d{1,2}/\d{1,2}/\d{4})\s${DASH}\s(\S.*)$`,
  'u',
);
/** A date opening a line: alone ("6.7.2020"), with a time ("18-12-2020 - 17:10") or a reference ("4.4.2024 - (2024/2006(REG))"). */
const DATE_LINE = new RegExp(
  String.raw`^(\d{1,2}[./-]\d{1,2}[./-]\d{4})(?:$|\s${DASH}\s|\s\d{1,2}:\d{2}$)`,
  'u',
);
/** A place and date: "Brussels, 26.3.2025", "Strasbourg, 6 July 2020" (place and month names of EU seats are ASCII). */
const PLACE_DATE_LINE = /^[A-Z][A-Za-z-]{2,30}, (\d{1,2}[./]\d{1,2}[./]\d{4})$/;
const PLACE_LONG_DATE_LINE = /^[A-Z][A-Za-z-]{2,30}, (\d{1,2} [A-Za-z]{3,9} \d{4})$/;
/** The date line of an act's title: "of 22 October 2008". */
const ACT_DATE_LINE = /^of\s(\d{1,2}\s[A-Za-z]{3,9}\s\d{4})$/u;
/** The date inside an act's title: "Regulation (EU) 2022/2554 ... of 14 December 2022 on ...": an "of " ... */
const OF = /\bof\s/g;
/** ... followed by a long date. */
const LONG_DATE_START = /^(\d{1,2}\s[A-Za-z]{3,9}\s\d{4})(?!\d)/;
/** A press release's date line: "18-12-2020 - 17:10". */
const PRESS_DATE_LINE = new RegExp(
  String.raw`^(\d{1,2}-\d{1,2}-\d{4})\s${DASH}\s\d{1,2}:\d{2}$`,
  'u',
);

/** The procedure and event of an OEIL summary's header line, or null when the line is not one. */
export function parseOeilLine(line: string): { procedure: Procedure; event: Event } | null {
  const m = OEIL_LINE.exec(line.trim());
  if (!m) return null;
  const procedure = parseProcedure(m[1]!, { anyType: true });
  const date = parseDate(m[2]!);
  const label = m[3]!.trim();
  if (!procedure || !date) return null;
  return { procedure, event: { date, label: label.length > 0 ? label : null } };
}

/** True for a press release's date line ("18-12-2020 - 17:10"). */
export function isPressDateLine(line: string): boolean {
  const m = PRESS_DATE_LINE.exec(line.trim());
  return m !== null && parseDate(m[1]!) !== null;
}

/**
 * The event a header line states, or null: OEIL `15/03/2012 - label` lines (with their label),
 * a motion's `6.7.2020`, a press release's `18-12-2020 - 17:10`, a report's
 * `4.4.2024 - (2024/2006(REG))`, a Commission document's `Brussels, 26.3.2025`, an act's
 * `of 22 October 2008`. Day before month always.
 */
export function parseEventLine(line: string): Event | null {
  const t = line.trim();
  if (t.length > 200) return null;
  const oeil = parseOeilLine(t);
  if (oeil) return oeil.event;
  const m =
    DATE_LINE.exec(t) ??
    PLACE_DATE_LINE.exec(t) ??
    PLACE_LONG_DATE_LINE.exec(t) ??
    ACT_DATE_LINE.exec(t);
  if (!m) return null;
  const date = parseDate(m[1]!);
  return date ? { date, label: null } : null;
}

/** The date an act's title gives ("... of 14 December 2022 ..."), or null. */
export function parseActDate(title: string): string | null {
  const of = new RegExp(OF.source, OF.flags);
  for (let m = of.exec(title); m !== null; m = of.exec(title)) {
    const end = m.index + m[0].length;
    const date = LONG_DATE_START.exec(title.slice(end, end + 24));
    if (date) return parseDate(date[1]!);
  }
  return null;
}
