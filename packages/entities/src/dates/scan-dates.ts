import type { DateMention, ParsedDocument } from '@hemicycle/schema';
import { makeSpan } from '@hemicycle/schema';
import {
  COUNTED_HEADS,
  CURRENCY_BEFORE,
  MEASURES,
  PERCENT_WORDS,
} from '../quantities/quantity-data';
import {
  INTERVAL_DASHES,
  INTERVAL_OPENERS,
  isReferenceCue,
  MONTH_CUES,
  MONTH_FULL_NAMES,
  MONTH_NUMBER,
  MONTH_PREFIXES,
  TARGET_YEAR_CUES,
  WEEKDAY_CUES,
  WEEKDAY_FORWARD,
  WEEKDAY_INDEX,
  YEAR_CUES,
} from './date-data';
import {
  type DateParts,
  daysInMonth,
  formatParts,
  isValidParts,
  parseIsoDay,
  shiftDay,
  weekdayOf,
} from './date-parts';
import {
  isBlank,
  isDigit,
  isLetter,
  matchPhraseAfter,
  matchPhraseBefore,
  phraseEndingAt,
  phraseList,
  tokenAfter,
  tokenBefore,
  tokenText,
} from './text-tokens';

/** A date found in the text, before its missing year is inferred. */
interface Found {
  start: number;
  end: number;
  a: DateParts;
  /** The end of an interval. */
  b: DateParts | null;
  /** Whether the text itself gives the year (a source for dates that have none). */
  explicitYear: boolean;
  weekday: { index: number; forward: boolean } | null;
  /** "Thursday 28 November": the weekday written with a date that has no year. */
  dayOfWeek?: number;
}

/** Capitalised words of 3-9 letters: month names are looked up among them (a table, not an alternation). */
const MONTH_RE = /\b[A-Z][a-z]{2,8}\b/g;
const WEEKDAY_RE = new RegExp(`\\b(?:${[...WEEKDAY_INDEX.keys()].join('|')})\\b`, 'g');
/** 16.12.2011, 15/03/2012, 18-12-2020: day before month, same separator twice. */
const NUMERIC_RE =
  /(?<![\w.,/‑-])(\d{1,2})(?:\.(\d{1,2})\.|\/(\d{1,2})\/|-(\d{1,2})-)(\d{4})(?![\w/]|[.,]\d)/g;
const ISO_RE = /(?<![\w.,/‑-])(\d{4})-(\d\d)-(\d\d)(?![\w/]|[.,]\d)/g;
const YEAR_RE = /(?<![\w.,/:–—])(?:1[89]\d\d|20\d\d)(?![\w/‑]|[.,:]\d)/g;
const YEAR_AFTER_RE = /,?[^\S\r\n]{1,3}(\d{4})(?![\w/‑]|[.,]\d)/y;
const YEAR_RANGE_RE = /[^\S\r\n]{0,2}[-–—‑][^\S\r\n]{0,2}(\d{4}|\d\d)(?![\w/‑]|[.,]\d)/y;

const MIN_YEAR = 1800;
const MAX_YEAR = 2099;

const MONTH_PREFIX_PHRASES = phraseList(MONTH_PREFIXES.map((p) => `${p}-`));

function emptyParts(): DateParts {
  return { y: null, m: null, d: null };
}

function yearOk(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Reads 1-2 digits ending at `end` with no digit, letter, dot, comma or slash before them. */
function dayEndingAt(
  text: string,
  end: number,
  floor: number,
): { start: number; d: number } | null {
  let i = end;
  while (i > floor && i > end - 3 && isDigit(text.charCodeAt(i - 1))) i--;
  if (i === end || end - i > 2) return null;
  if (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isDigit(c) || isLetter(c) || c === 46 || c === 44 || c === 47 || c === 95) return null;
  }
  const d = Number(text.slice(i, end));
  return d >= 1 && d <= 31 ? { start: i, d } : null;
}

/** The day number written before a month name ("16 December", "1st of May", "16th"), if any. */
function dayBefore(
  text: string,
  monthStart: number,
  floor: number,
): { start: number; d: number } | null {
  let i = monthStart;
  let blanks = 0;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) {
    i--;
    blanks++;
  }
  if (blanks === 0 || blanks > 3) return null;
  const ofStart = phraseEndingAt(text, i, 'of', floor);
  if (ofStart >= 0 && ofStart < i) {
    let k = ofStart;
    while (k > floor && isBlank(text.charCodeAt(k - 1))) k--;
    if (k < ofStart) i = k;
  }
  for (const suffix of ['st', 'nd', 'rd', 'th']) {
    if (text.startsWith(suffix, i - 2) && i - 2 > floor && isDigit(text.charCodeAt(i - 3))) {
      i -= 2;
      break;
    }
  }
  return dayEndingAt(text, i, floor);
}

/** Whether a reference word stands before `pos` ("Articles 4, 6 and 9"): numbers, not days. */
function referenceBefore(text: string, pos: number, floor: number): boolean {
  const prev = tokenBefore(text, pos, floor);
  const word = tokenText(text, prev);
  if (word === '.' && prev)
    return isReferenceCue(tokenText(text, tokenBefore(text, prev.start, floor)), true);
  return word.length > 0 && isLetter(word.charCodeAt(0)) && isReferenceCue(word, false);
}

/** A day written before `pos` in a list of days: "3, " before "4 and 5 May". */
function listedDayBefore(
  text: string,
  pos: number,
  floor: number,
): { start: number; end: number; d: number } | null {
  let i = pos;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 44) return null;
  i--;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  const day = dayEndingAt(text, i, floor);
  return day ? { start: day.start, end: i, d: day.d } : null;
}

/** The connector and first day of a day range ending before `dayStart` ("10 to", "10-", "10 and"). */
function dayRangeBefore(
  text: string,
  dayStart: number,
  floor: number,
): { start: number; d: number; connector: string } | null {
  let i = dayStart;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  let connector = '';
  const c = text[i - 1] ?? '';
  if (INTERVAL_DASHES.has(c)) {
    connector = '-';
    i--;
  } else {
    for (const word of ['to', 'and', 'until']) {
      const s = phraseEndingAt(text, i, word, floor);
      if (s >= 0 && s < i && s > floor && isBlank(text.charCodeAt(s - 1))) {
        connector = word;
        i = s;
        break;
      }
    }
  }
  if (connector === '') return null;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  const day = dayEndingAt(text, i, floor);
  return day ? { ...day, connector } : null;
}

function lowerWordBefore(text: string, pos: number, floor: number): string {
  return tokenText(text, tokenBefore(text, pos, floor)).toLowerCase();
}

/** Dates anchored on a month name: "16 December 2011", "December 2011", "since May", "10-14 March 2025". */
function findMonthDates(text: string, from: number, out: Found[]): void {
  MONTH_RE.lastIndex = from;
  for (let m = MONTH_RE.exec(text); m !== null; m = MONTH_RE.exec(text)) {
    const name = m[0];
    const month = MONTH_NUMBER.get(name);
    if (month === undefined) continue;
    const full = MONTH_FULL_NAMES.has(name);
    let end = m.index + name.length;
    if (!full && text.charCodeAt(end) === 46) end++;
    let start = m.index;
    const a: DateParts = { y: null, m: month, d: null };
    let b: DateParts | null = null;

    let day = dayBefore(text, m.index, from);
    if (day && referenceBefore(text, day.start, from)) day = null;
    const pairedDays: Found[] = [];
    if (day) {
      a.d = day.d;
      start = day.start;
      const range = dayRangeBefore(text, day.start, from);
      if (range && !referenceBefore(text, range.start, from)) {
        const opener = lowerWordBefore(text, range.start, from);
        if (range.connector === 'and' && opener !== 'between') {
          const pairedDay: Found = {
            start: range.start,
            end: range.start + String(range.d).length,
            a: { y: null, m: month, d: range.d },
            b: null,
            explicitYear: false,
            weekday: null,
          };
          out.push(pairedDay);
          pairedDays.push(pairedDay);
          // "on 3, 4 and 5 May": more days listed before, with commas.
          for (let listed = listedDayBefore(text, range.start, from); listed; ) {
            const day: Found = {
              start: listed.start,
              end: listed.end,
              a: { y: null, m: month, d: listed.d },
              b: null,
              explicitYear: false,
              weekday: null,
            };
            out.push(day);
            pairedDays.push(day);
            listed = pairedDays.length < 10 ? listedDayBefore(text, listed.start, from) : null;
          }
          if (referenceBefore(text, pairedDays[pairedDays.length - 1]?.start ?? 0, from)) {
            out.length -= pairedDays.length;
            pairedDays.length = 0;
            a.d = null;
            start = m.index;
          }
        } else {
          b = { ...a };
          a.d = range.d;
          start = range.start;
        }
      }
    }

    YEAR_AFTER_RE.lastIndex = end;
    const year = YEAR_AFTER_RE.exec(text);
    let explicitYear = false;
    if (year && yearOk(Number(year[1]))) {
      a.y = Number(year[1]);
      if (b) b.y = a.y;
      for (const paired of pairedDays) {
        paired.a.y = a.y;
        paired.explicitYear = true;
      }
      end = YEAR_AFTER_RE.lastIndex;
      explicitYear = true;
    } else if (!day) {
      const us = usDayYearAfter(text, end);
      if (us) {
        a.d = us.d;
        a.y = us.y;
        end = us.end;
        explicitYear = true;
      }
    }

    if (!day && a.d === null) {
      const prefix = matchPhraseBefore(text, m.index, MONTH_PREFIX_PHRASES, from);
      if (prefix && prefix.start === m.index - prefix.phrase.length) start = prefix.start;
      if (!explicitYear) {
        // A month alone: only where a preposition or a qualifier introduces it ("since May").
        if (!full) continue;
        if (!prefix && !MONTH_CUES.has(lowerWordBefore(text, m.index, from))) continue;
      }
    }
    if (!full && a.d === null && !explicitYear) continue;
    out.push({ start, end, a, b, explicitYear, weekday: null });
  }
}

function skipBlanks(text: string, pos: number, max: number): number {
  let i = pos;
  while (i < text.length && i - pos < max && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** US order after a month name: " 16, 2011" (day, comma, year). */
function usDayYearAfter(text: string, pos: number): { d: number; y: number; end: number } | null {
  let i = skipBlanks(text, pos, 3);
  if (i === pos) return null;
  const dayStart = i;
  while (i < text.length && i - dayStart < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === dayStart || i - dayStart > 2) return null;
  const d = Number(text.slice(dayStart, i));
  for (const suffix of ['st', 'nd', 'rd', 'th']) {
    if (text.startsWith(suffix, i)) {
      i += 2;
      break;
    }
  }
  if (text.charCodeAt(i) !== 44) return null;
  YEAR_AFTER_RE.lastIndex = i;
  const year = YEAR_AFTER_RE.exec(text);
  if (!year || !yearOk(Number(year[1])) || d < 1 || d > 31) return null;
  return { d, y: Number(year[1]), end: YEAR_AFTER_RE.lastIndex };
}

function isUpper(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c))
  );
}

/** Numeric date forms: the pattern and how its groups give the parts. */
const NUMERIC_FORMS: readonly [RegExp, (m: RegExpExecArray) => DateParts][] = [
  // "16.12.2011", "15/03/2012", "18-12-2020": day first
  [NUMERIC_RE, (m) => ({ d: Number(m[1]), m: Number(m[2] ?? m[3] ?? m[4]), y: Number(m[5]) })],
  // ISO "2020-12-18"
  [ISO_RE, (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) })],
];

/** "16.12.2011", "15/03/2012", "18-12-2020" (day first) and ISO "2020-12-18". */
function findNumericDates(text: string, from: number, out: Found[]): void {
  for (const [re, partsOf] of NUMERIC_FORMS) {
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const a = partsOf(m);
      if (!yearOk(a.y ?? 0) || !isValidParts(a)) continue;
      const end = m.index + m[0].length;
      out.push({ start: m.index, end, a, b: null, explicitYear: true, weekday: null });
    }
  }
}

const QUARTER_RE = /(?<![\w/])([QH])([1-4])[^\S\r\n]{1,2}((?:19|20)\d\d)(?![\w/])/g;

/** "Q3 2024" (July to September), "H1 2022" (January to June): intervals of months. */
function findQuarters(text: string, from: number, out: Found[]): void {
  QUARTER_RE.lastIndex = from;
  for (let m = QUARTER_RE.exec(text); m !== null; m = QUARTER_RE.exec(text)) {
    const n = Number(m[2]);
    const months = m[1] === 'Q' ? 3 : 6;
    if (m[1] === 'H' && n > 2) continue;
    const y = Number(m[3]);
    const a = { y, m: (n - 1) * months + 1, d: null };
    const b = { y, m: n * months, d: null };
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      a,
      b,
      explicitYear: true,
      weekday: null,
    });
  }
}

/** Whether the number at [start, end) reads as a reference, a name or an amount rather than a year. */
function yearBlocked(text: string, start: number, end: number, floor: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 40 /* ( */) {
    const b2 = text.charCodeAt(start - 2);
    if (isLetter(b2) || isDigit(b2) || b2 === 95) return true;
    const after = text.charCodeAt(end);
    const a2 = text.charCodeAt(end + 1);
    if (after === 41 && (isLetter(a2) || isDigit(a2))) return true;
  }
  const prev = tokenBefore(text, start, floor);
  const prevWord = tokenText(text, prev);
  if (prev && prevWord.length > 0) {
    const c = prevWord.charCodeAt(0);
    if (isLetter(c)) {
      if (isReferenceCue(prevWord, false)) return true;
      if (isUpper(c) && !YEAR_CUES.has(prevWord.toLowerCase()) && !MONTH_NUMBER.has(prevWord))
        return true;
    } else if (isDigit(c)) {
      return true;
    } else if (prevWord === '.' && prev) {
      const abbr = tokenText(text, tokenBefore(text, prev.start, floor));
      if (isReferenceCue(abbr, true)) return true;
    } else if (matchPhraseBefore(text, start, CURRENCY_BEFORE.phrases, floor)) {
      return true;
    }
  }
  if (matchPhraseAfter(text, end, PERCENT_WORDS)) return true;
  const next = tokenText(text, tokenAfter(text, end)).toLowerCase();
  return COUNTED_HEADS.has(next) || MEASURES.has(next);
}

/** "EU-2020", "COVID-2019" are names; "mid-2013", "end-2012" are years. */
function afterHyphen(text: string, start: number, floor: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 45 && c !== 0x2011) return false;
  const word = tokenText(text, tokenBefore(text, start - 1, floor)).toLowerCase();
  return !MONTH_PREFIXES.includes(word);
}

/** Years alone ("in 2005", "by 2030") and year intervals ("2014-2020", "2021-27"). */
function findYears(text: string, from: number, claimed: readonly Found[], out: Found[]): void {
  let k = 0;
  YEAR_RE.lastIndex = from;
  for (let m = YEAR_RE.exec(text); m !== null; m = YEAR_RE.exec(text)) {
    const start = m.index;
    let end = start + 4;
    while (k < claimed.length && (claimed[k]?.end ?? 0) <= start) k++;
    const claim = claimed[k];
    if (claim && claim.start < end) continue;
    if (afterHyphen(text, start, from) || yearBlocked(text, start, end, from)) continue;
    const y = Number(m[0]);
    let b: DateParts | null = null;
    YEAR_RANGE_RE.lastIndex = end;
    const range = YEAR_RANGE_RE.exec(text);
    if (range?.[1]) {
      const raw = range[1];
      const y2 = raw.length === 2 ? Math.floor(y / 100) * 100 + Number(raw) : Number(raw);
      if (y2 > y && y2 - y <= 100) {
        b = { y: y2, m: null, d: null };
        end = YEAR_RANGE_RE.lastIndex;
        YEAR_RE.lastIndex = end;
      }
    }
    // "by 2030", "from 2028", "by mid-2025": a target, no year the text is at.
    const explicitYear = b !== null || !TARGET_YEAR_CUES.has(yearCue(text, start, from));
    out.push({ start, end, a: { y, m: null, d: null }, b, explicitYear, weekday: null });
  }
}

/** The word before a year, past a month prefix ("by mid-2025" → "by"). */
function yearCue(text: string, start: number, floor: number): string {
  const before = tokenBefore(text, start, floor);
  let word = tokenText(text, before).toLowerCase();
  if (word === '-' && before) {
    const prefix = tokenBefore(text, before.start, floor);
    if (prefix && MONTH_PREFIXES.includes(tokenText(text, prefix).toLowerCase())) {
      word = lowerWordBefore(text, prefix.start, floor);
    }
  }
  return word;
}

/** "On Friday", "on Thursday", "Tuesday’s vote": weekdays near the header date. */
function findWeekdays(text: string, from: number, out: Found[]): void {
  WEEKDAY_RE.lastIndex = from;
  for (let m = WEEKDAY_RE.exec(text); m !== null; m = WEEKDAY_RE.exec(text)) {
    const index = WEEKDAY_INDEX.get(m[0]);
    if (index === undefined) continue;
    const end = m.index + m[0].length;
    const prev = lowerWordBefore(text, m.index, from);
    const possessive = text.startsWith('’s', end) || text.startsWith("'s", end);
    if (!WEEKDAY_CUES.has(prev) && !possessive) continue;
    out.push({
      start: m.index,
      end,
      a: emptyParts(),
      b: null,
      explicitYear: false,
      weekday: { index, forward: WEEKDAY_FORWARD.has(prev) },
    });
  }
}

function byPosition(x: Found, y: Found): number {
  return x.start - y.start || y.end - x.end;
}

/** Keeps the first of overlapping finds (the longest where two start together). */
function dropOverlaps(found: Found[]): Found[] {
  found.sort(byPosition);
  const kept: Found[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    kept.push(f);
    lastEnd = f.end;
  }
  return kept;
}

/** A weekday directly followed by a date ("Thursday, 16 March 2025") is part of that date. */
function dropWeekdaysBeforeDates(text: string, found: Found[]): Found[] {
  return found.filter((f, i) => {
    if (!f.weekday) return true;
    const next = found[i + 1];
    if (!next) return true;
    const gap = text.slice(f.end, next.start).replace(',', '').trim();
    const kept = next.start - f.end > 8 || !(gap === '' || gap === 'the');
    if (!kept && next.a.d !== null && next.a.y === null) next.dayOfWeek = f.weekday.index;
    return kept;
  });
}

function connectorBetween(text: string, a: Found, b: Found): string | null {
  if (b.start - a.end > 12) return null;
  const gap = text.slice(a.end, b.start).trim();
  if (INTERVAL_DASHES.has(gap)) return '-';
  return INTERVAL_OPENERS.has(gap.toLowerCase()) ? gap.toLowerCase() : null;
}

/** "between 1 July 2028 and 30 June 2033", "from 2014 to 2020", "January-March 2025": one interval. */
function mergeIntervals(text: string, from: number, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (!a) continue;
    const b = found[i + 1];
    if (b && !a.b && !b.b && !a.weekday && !b.weekday) {
      const connector = connectorBetween(text, a, b);
      let merge = connector === '-';
      if (connector && connector !== '-') {
        const openers = INTERVAL_OPENERS.get(connector);
        const opener = lowerWordBefore(text, a.start, from);
        merge = connector === 'to' || (openers?.has(opener) ?? false);
      }
      if (merge && precisionOf(a.a) <= precisionOf(b.a) && (a.a.y !== null || b.a.y !== null)) {
        const first = { ...a.a };
        if (first.y === null) first.y = b.a.y;
        out.push({
          start: a.start,
          end: b.end,
          a: first,
          b: b.a,
          explicitYear: a.explicitYear || b.explicitYear,
          weekday: null,
        });
        i++;
        continue;
      }
      // "29 March and 5 April 2024": the year written once serves both.
      if (connector === 'and' && a.a.y === null && b.explicitYear) setYear(a, b.a.y);
    }
    out.push(a);
  }
  return out;
}

function precisionOf(p: DateParts): number {
  return p.d !== null ? 3 : p.m !== null ? 2 : 1;
}

/**
 * Fills in missing years: the nearest preceding date with a year the text gives (not a period
 * of years), else the following one, else the header event's year. Resolves weekdays from the header date.
 */
function completeYears(found: Found[], headerDate: string | null | undefined): void {
  const header = parseIsoDay(headerDate);
  let lastYear: number | null = null;
  const pending: Found[] = [];
  for (const f of found) {
    if (f.weekday) {
      if (!header) continue;
      const today = weekdayOf(header);
      const back = (today - f.weekday.index + 7) % 7;
      const ahead = (f.weekday.index - today + 7) % 7 || 7;
      f.a = shiftDay(header, f.weekday.forward ? ahead : -back);
      continue;
    }
    if (f.a.y === null) {
      if (lastYear !== null) setYear(f, lastYear);
      else pending.push(f);
      continue;
    }
    // A period of years ("the MFF 2021-2027", "2014-2020") names no year the text is at: "by
    // 15 July" after it is not in 2027.
    if (f.explicitYear && !(f.b && f.a.m === null && f.b.m === null)) {
      lastYear = (f.b ?? f.a).y;
      for (const p of pending) setYear(p, f.a.y);
      pending.length = 0;
    }
  }
  for (const p of pending) if (header) setYear(p, header.y);
  for (const f of found) if (f.dayOfWeek !== undefined) matchWeekday(f, f.dayOfWeek);
}

const WEEKDAY_YEARS = 3;

/** "Sunday 17 January": the year nearest the one inferred in which that day is that weekday. */
function matchWeekday(f: Found, weekday: number): void {
  const { y, m, d } = f.a;
  if (y === null || m === null || d === null) return;
  for (let n = 0; n <= WEEKDAY_YEARS; n++) {
    for (const year of [y + n, y - n]) {
      if (d <= daysInMonth(year, m) && weekdayOf({ y: year, m, d }) === weekday) {
        f.a.y = year;
        return;
      }
    }
  }
}

function setYear(f: Found, y: number | null): void {
  f.a.y = y;
  if (f.b && f.b.y === null) f.b.y = y;
}

const HEADER_LINES = 4;
const HEADER_LINE_MAX = 120;
const LOWER_WORD_RE = /(?:^|[^A-Za-z])[a-z]{3}/;

/**
 * A dateline among the first lines of the document ("18-12-2020 - 17:10", "Brussels, 26.3.2025",
 * "2012/2553(RSP) - 15/03/2012 - Text adopted ..."): the event's date, not a mention, even where
 * the header's bodyStart leaves it in the body.
 */
function isHeaderDateLine(text: string, f: Found): boolean {
  if (!isDigit(text.charCodeAt(f.start))) return false;
  let lineStart = f.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
    if (++lines >= HEADER_LINES) return false;
  }
  const eol = text.indexOf('\n', f.end);
  const lineEnd = eol < 0 ? text.length : eol;
  const before = text.slice(lineStart, f.start);
  const after = text.slice(f.end, lineEnd);
  if (before.length + after.length > HEADER_LINE_MAX) return false;
  // "18-12-2020 - 17:10", "Brussels, 26.3.2025": no words of a sentence around the date; or the
  // OEIL dateline, where " - " separates the date from the reference and the stage.
  return !LOWER_WORD_RE.test(before + after) || (before.endsWith(' - ') && after.startsWith(' - '));
}

/** Every date mention of the body of a document, in text order. */
export function scanDates(doc: ParsedDocument): DateMention[] {
  const text = doc.text;
  const from = Math.max(0, Math.min(doc.header.bodyStart, text.length));
  const anchored: Found[] = [];
  findMonthDates(text, from, anchored);
  findNumericDates(text, from, anchored);
  findQuarters(text, from, anchored);
  const claimed = dropOverlaps(anchored);
  const found: Found[] = [...claimed];
  findYears(text, from, claimed, found);
  findWeekdays(text, from, found);
  const ordered = mergeIntervals(text, from, dropWeekdaysBeforeDates(text, dropOverlaps(found)));
  completeYears(ordered, doc.header.event?.date);
  const mentions: DateMention[] = [];
  for (const f of ordered) {
    if (!isValidParts(f.a) || (f.b && !isValidParts(f.b))) continue;
    const value = f.b ? `${formatParts(f.a)}/${formatParts(f.b)}` : formatParts(f.a);
    if (value === doc.header.event?.date && isHeaderDateLine(text, f)) continue;
    mentions.push({ value, span: makeSpan(text, f.start, f.end) });
  }
  return mentions;
}
