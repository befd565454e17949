/** Character tests on UTF-16 code units, without allocation: the splitter's hot path. */

/** The white space of JavaScript's `\s` (what trimming removes; the coverage property's "space"). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A line break: LF, CR (alone or in CRLF), LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Space or tab-like white space that stays on the line. */
export function isInlineSpace(c: number): boolean {
  return isSpace(c) && !isLineBreak(c);
}

/** Invisible format characters: zero-width space, joiners, direction marks, word joiner, soft hyphen. */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xad;
}

const LOWER = /\p{Ll}/uy;
const UPPER = /\p{Lu}|\p{Lt}/uy;
const LETTER = /\p{L}/uy;

/** Lower-case letter at `i`. */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  LOWER.lastIndex = i;
  return LOWER.test(text);
}

/** Upper-case (or title-case) letter at `i`. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER.lastIndex = i;
  return UPPER.test(text);
}

/** Any letter at `i`. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  LETTER.lastIndex = i;
  return LETTER.test(text);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Full stop, question and exclamation marks, ellipsis, double marks. */
export function isTerminator(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049)
  );
}

/** What may stand between a sentence's final mark and the space after it: closing quotes and brackets. */
export function isCloser(c: number): boolean {
  return (
    c === 0x201d || // ”
    c === 0x2019 || // ’
    c === 34 || // "
    c === 39 || // '
    c === 0xbb || // »
    c === 0x203a || // ›
    c === 41 || // )
    c === 93 || // ]
    isInvisible(c)
  );
}

/** What may open a sentence before its first word: opening quotes and brackets. */
export function isOpener(c: number): boolean {
  return (
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0x201e || // „
    c === 34 ||
    c === 39 ||
    c === 0xab || // «
    c === 0x2039 || // ‹
    c === 40 || // (
    c === 91 || // [
    isInvisible(c)
  );
}
