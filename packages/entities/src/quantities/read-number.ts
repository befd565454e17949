import { isBlank, isDigit } from '../dates/text-tokens';
import { NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS } from './quantity-data';

/** A number as written: its value and where it ends. */
export interface ReadNumber {
  value: number;
  end: number;
  /** Four digits with no separator: could be a year. */
  plainFourDigits: boolean;
  /** "15.000": a dot group that a following scale word turns into a decimal ("1.125 billion"). */
  dotGroupDecimal: number | null;
}

const MAX_DIGITS = 15;

function sepKind(c: number): string {
  if (isBlank(c)) return ' ';
  if (c === 44) return ',';
  if (c === 46) return '.';
  return '';
}

/**
 * Reads a number written with digits from `start`: thousands separated by spaces (no-break and
 * thin ones too), commas or dots ("15 000", "3,000", "15.000"), a decimal part ("1.5", "89,5").
 * Returns null for a run too long to be a count.
 */
export function readDigits(text: string, start: number): ReadNumber | null {
  let i = start;
  while (i < text.length && isDigit(text.charCodeAt(i)) && i - start <= MAX_DIGITS) i++;
  if (i - start > MAX_DIGITS) return null;
  let digits = text.slice(start, i);
  let sep = '';
  let groups = 0;
  if (i - start <= 3) {
    for (;;) {
      const kind = sepKind(text.charCodeAt(i));
      if (kind === '' || (sep !== '' && kind !== sep)) break;
      if (
        !isDigit(text.charCodeAt(i + 1)) ||
        !isDigit(text.charCodeAt(i + 2)) ||
        !isDigit(text.charCodeAt(i + 3)) ||
        isDigit(text.charCodeAt(i + 4))
      )
        break;
      if (digits.length + 3 > MAX_DIGITS) return null;
      digits += text.slice(i + 1, i + 4);
      i += 4;
      sep = kind;
      groups++;
    }
  }
  let frac = '';
  const c = text.charCodeAt(i);
  const kind = sepKind(c);
  if ((kind === '.' || kind === ',') && kind !== sep && isDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < text.length && isDigit(text.charCodeAt(j)) && j - i <= MAX_DIGITS) j++;
    frac = text.slice(i + 1, j);
    i = j;
  }
  const value = Number(frac ? `${digits}.${frac}` : digits);
  if (!Number.isFinite(value)) return null;
  const dotGroupDecimal =
    sep === '.' && groups === 1 && frac === ''
      ? Number(`${digits.slice(0, -3)}.${digits.slice(-3)}`)
      : null;
  return {
    value,
    end: i,
    plainFourDigits: sep === '' && frac === '' && digits.length === 4,
    dotGroupDecimal,
  };
}

const WORD_CHAR = /[A-Za-z]/;

function wordAt(text: string, pos: number): { word: string; end: number } | null {
  let i = pos;
  while (i < text.length && i - pos < 20 && WORD_CHAR.test(text[i] ?? '')) i++;
  if (i === pos) return null;
  return { word: text.slice(pos, i).toLowerCase(), end: i };
}

/**
 * Reads a number written in words from `start` ("three", "twenty-five", "two hundred").
 * Scale words after it (million, thousand) are left to the caller, except "hundred".
 */
export function readNumberWord(text: string, start: number): { value: number; end: number } | null {
  const first = wordAt(text, start);
  if (!first) return null;
  let value = NUMBER_UNITS.get(first.word);
  if (value === undefined) return null;
  let end = first.end;
  const joiner = text.charCodeAt(end);
  if (NUMBER_TENS.has(first.word) && (joiner === 45 || joiner === 32)) {
    const unit = wordAt(text, end + 1);
    const u = unit ? NUMBER_UNITS.get(unit.word) : undefined;
    if (unit && u !== undefined && u < 10) {
      value += u;
      end = unit.end;
    }
  }
  let k = end;
  while (k < text.length && k - end < 3 && isBlank(text.charCodeAt(k))) k++;
  if (k > end) {
    const next = wordAt(text, k);
    if (next?.word === 'hundred') {
      value *= NUMBER_SCALES.get('hundred') ?? 100;
      end = next.end;
    }
  }
  return { value, end };
}
