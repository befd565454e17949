import { isSpace } from './chars';

/**
 * A list or paragraph marker at the start of a line: a dash or bullet, "(a)", "(1)", "(iv)",
 * "a.", "1.", "12.", "1.1.", "9b.", "A.", "AB.", "Ba.", "IV.", "a)", "1)", followed by white
 * space or the end of the text. Read by hand, with bounded loops: no regular expression to
 * backtrack.
 */
export type MarkerKind =
  | 'bullet'
  | 'paren-number'
  | 'paren-lower'
  | 'paren-upper'
  | 'number'
  | 'lower'
  | 'upper';

export interface ListMarker {
  kind: MarkerKind;
  /** The bullet character itself, to tell "-" lists from "·" lists. */
  bullet: string;
  /** Index just after the marker. */
  end: number;
}

const BULLETS = new Set([
  '-',
  '*',
  '\u2013', // –
  '\u2014', // —
  '\u2022', // •
  '\u00b7', // ·
  '\u2023', // ‣
  '\u25aa', // ▪
  '\u25a0', // ■
  '\u25a1', // □
  '\u25cb', // ○
  '\u25cf', // ●
  '\u25e6', // ◦
  '\u25ba', // ►
  '\u27a2', // ➢
  '\uf02d', // Symbol-font dash
  '\uf0b7', // Symbol-font bullet
]);

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isRomanLower = (c: number): boolean =>
  c === 105 || c === 118 || c === 120 || c === 108 || c === 99; // i v x l c
const isRomanUpper = (c: number): boolean =>
  c === 73 || c === 86 || c === 88 || c === 76 || c === 67; // I V X L C

/** How many characters from `at` (at most `max`) pass `test`. */
function run(text: string, at: number, max: number, test: (c: number) => boolean): number {
  let n = 0;
  while (n < max && at + n < text.length && test(text.charCodeAt(at + n))) n++;
  return n;
}

/** Whether [start, start + length) is all Roman-numeral letters of one case. */
function allRoman(text: string, start: number, length: number, upper: boolean): boolean {
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i);
    if (upper ? !isRomanUpper(c) : !isRomanLower(c)) return false;
  }
  return true;
}

/** "1", "12a", "1.1", "5.1.2": the end of a paragraph number at `at`, or -1. */
function readNumber(text: string, at: number): number {
  const digits = run(text, at, 4, isAsciiDigit);
  if (digits === 0 || digits > 3) return -1;
  let i = at + digits;
  if (isAsciiLower(text.charCodeAt(i)) && !isAsciiLower(text.charCodeAt(i + 1))) i++;
  for (let part = 0; part < 3; part++) {
    if (text.charCodeAt(i) !== 46 || !isAsciiDigit(text.charCodeAt(i + 1))) break;
    const more = run(text, i + 1, 4, isAsciiDigit);
    if (more > 3) return -1;
    i += 1 + more;
  }
  return i;
}

/** Letters that can number an item: "a", "aa", "iv" (lower) or "A", "AB", "Ba", "XIV" (upper). */
function readLetters(text: string, at: number, upper: boolean): number {
  if (upper) {
    const capitals = run(text, at, 7, isAsciiUpper);
    if (capitals === 0) return -1;
    if (capitals <= 2) {
      const lower = run(text, at + capitals, 2, isAsciiLower);
      return lower <= 1 ? at + capitals + lower : -1;
    }
    return capitals <= 6 && allRoman(text, at, capitals, true) ? at + capitals : -1;
  }
  const letters = run(text, at, 7, isAsciiLower);
  if (letters === 0) return -1;
  if (letters <= 2) return at + letters;
  return letters <= 6 && allRoman(text, at, letters, false) ? at + letters : -1;
}

const endsMarker = (text: string, i: number): boolean =>
  i >= text.length || isSpace(text.charCodeAt(i));

/** The marker that starts at `at`, or null. */
export function readListMarker(text: string, at: number): ListMarker | null {
  const c = text.charCodeAt(at);
  const ch = text.charAt(at);
  if (BULLETS.has(ch)) {
    return endsMarker(text, at + 1) ? { kind: 'bullet', bullet: ch, end: at + 1 } : null;
  }
  if (c === 40 /* ( */) {
    const inner = at + 1;
    let kind: MarkerKind | null = null;
    let close = -1;
    if (isAsciiDigit(text.charCodeAt(inner))) {
      const digits = run(text, inner, 4, isAsciiDigit);
      close = digits <= 3 ? inner + digits : -1;
      if (close > 0 && isAsciiLower(text.charCodeAt(close))) close++;
      kind = 'paren-number';
    } else if (isAsciiLower(text.charCodeAt(inner))) {
      const letters = run(text, inner, 7, isAsciiLower);
      close = letters <= 3 || allRoman(text, inner, letters, false) ? inner + letters : -1;
      kind = 'paren-lower';
    } else if (isAsciiUpper(text.charCodeAt(inner))) {
      const capitals = run(text, inner, 7, isAsciiUpper);
      close = capitals === 1 || allRoman(text, inner, capitals, true) ? inner + capitals : -1;
      kind = 'paren-upper';
    }
    if (kind === null || close < 0 || text.charCodeAt(close) !== 41 /* ) */) return null;
    return endsMarker(text, close + 1) ? { kind, bullet: '', end: close + 1 } : null;
  }
  let end = -1;
  let kind: MarkerKind;
  if (isAsciiDigit(c)) {
    end = readNumber(text, at);
    kind = 'number';
  } else if (isAsciiLower(c)) {
    end = readLetters(text, at, false);
    kind = 'lower';
  } else if (isAsciiUpper(c)) {
    end = readLetters(text, at, true);
    kind = 'upper';
  } else {
    return null;
  }
  if (end < 0) return null;
  const stop = text.charCodeAt(end);
  if (stop !== 46 && stop !== 41) return null;
  return endsMarker(text, end + 1) ? { kind, bullet: '', end: end + 1 } : null;
}

/** A list's identity for deciding whether the next item belongs to it. */
export function markerFamily(marker: ListMarker): string {
  return marker.kind === 'bullet' ? `bullet:${marker.bullet}` : marker.kind;
}

/** Whether a token before a full stop ("1", "12", "1.1", "9b", "A", "AB", "Ba", "iv") can be a paragraph number. */
export function isMarkerToken(token: string): boolean {
  const c = token.charCodeAt(0);
  let end = -1;
  if (isAsciiDigit(c)) end = readNumber(token, 0);
  else if (isAsciiLower(c)) end = readLetters(token, 0, false);
  else if (isAsciiUpper(c)) end = readLetters(token, 0, true);
  return end === token.length;
}
