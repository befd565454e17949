/** A word, number or punctuation mark of the text, with its offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Comparison key: curly quotes and dashes folded to ASCII. */
  key: string;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (acronyms, SURNAMES). */
  upper: boolean;
  /** Only digits. */
  num: boolean;
  /** White space (or the segment start) before it. */
  spaceBefore: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /\p{Lu}/u;
const LOWER_CHAR = /\p{Ll}/u;
const SPACE_CHAR = /\s/u;

/** Folds typographic variants so that gazetteer keys match the text ("’" → "'", "–" → "-"). */
export function foldKey(s: string): string {
  if (s.length === 1) {
    if (s === '’' || s === '‘' || s === '`' || s === 'ʼ') return "'";
    if (s === '–' || s === '‑' || s === '‐' || s === '—') return '-';
  }
  return s;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i] as string);
}

function isSpace(c: number, text: string, i: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(text[i] as string);
}

function isUpper(c: number, text: string, i: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_CHAR.test(text[i] as string);
}

function isLower(c: number, text: string, i: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_CHAR.test(text[i] as string);
}

/** The tokens of `text` between `from` and `to`: runs of letters and digits, and single other marks. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  let prevEnd = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(c, text, i)) {
      let digits = c >= 48 && c <= 57;
      let lower = false;
      let letters = 0;
      for (; i < to; i++) {
        const d = text.charCodeAt(i);
        if (!isWordChar(d, text, i)) break;
        if (!(d >= 48 && d <= 57)) {
          digits = false;
          if (isLower(d, text, i)) lower = true;
          else if (isUpper(d, text, i)) letters++;
        }
      }
      const t = text.slice(start, i);
      const cap = isUpper(c, text, start);
      out.push({
        start,
        end: i,
        text: t,
        key: t,
        word: true,
        cap,
        upper: cap && !lower && letters >= 2,
        num: digits,
        spaceBefore: prevEnd !== start,
      });
    } else {
      // one mark; keep a surrogate pair whole
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const t = text.slice(start, i);
      out.push({
        start,
        end: i,
        text: t,
        key: foldKey(t),
        word: false,
        cap: false,
        upper: false,
        num: false,
        spaceBefore: prevEnd !== start,
      });
    }
    prevEnd = i;
  }
  return out;
}
