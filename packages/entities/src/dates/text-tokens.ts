/** Small, bounded scans around an offset: the words next to a number or a date. */

/** A token of the document text, as offsets. */
export interface Token {
  start: number;
  end: number;
}

/** How far a scan may look, in UTF-16 code units: keeps hostile input bounded. */
const MAX_TOKEN = 40;

/** Horizontal white space: space, tab, no-break and thin spaces (never a line end). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}/u;

export function isLetter(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return LETTER.test(String.fromCharCode(c));
}

/** Letters, with apostrophes inside a word ("Parliament’s" stays one token). */
function isWordChar(c: number): boolean {
  return isLetter(c);
}

/** The token that ends at or before `pos` (white space skipped, never across a line end). */
export function tokenBefore(text: string, pos: number, floor = 0): Token | null {
  let i = pos;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  if (i <= floor) return null;
  const end = i;
  const c = text.charCodeAt(i - 1);
  if (c === 10 || c === 13) return null;
  const limit = Math.max(floor, end - MAX_TOKEN);
  if (isWordChar(c)) {
    while (i > limit && isWordChar(text.charCodeAt(i - 1))) i--;
  } else if (isDigit(c)) {
    while (i > limit && isDigit(text.charCodeAt(i - 1))) i--;
  } else {
    i--;
  }
  return { start: i, end };
}

/** The token that starts at or after `pos` (white space skipped, never across a line end). */
export function tokenAfter(text: string, pos: number, ceil = text.length): Token | null {
  let i = pos;
  while (i < ceil && isBlank(text.charCodeAt(i))) i++;
  if (i >= ceil) return null;
  const start = i;
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return null;
  const limit = Math.min(ceil, start + MAX_TOKEN);
  if (isWordChar(c)) {
    while (i < limit && isWordChar(text.charCodeAt(i))) i++;
  } else if (isDigit(c)) {
    while (i < limit && isDigit(text.charCodeAt(i))) i++;
  } else {
    i++;
  }
  return { start, end: i };
}

/** The text of a token, or '' for none. */
export function tokenText(text: string, token: Token | null): string {
  return token === null ? '' : text.slice(token.start, token.end);
}

/**
 * Matches a phrase (lower-case words separated by single spaces) that ends right before `pos`,
 * ignoring case and any run of blanks between words. Returns its start or -1.
 */
export function phraseEndingAt(text: string, pos: number, phrase: string, floor = 0): number {
  let i = pos;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  let j = phrase.length;
  while (j > 0) {
    const p = phrase.charCodeAt(j - 1);
    if (p === 32) {
      if (i <= floor || !isBlank(text.charCodeAt(i - 1))) return -1;
      while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
      j--;
      continue;
    }
    if (i <= floor) return -1;
    if (lower(text.charCodeAt(i - 1)) !== p) return -1;
    i--;
    j--;
  }
  if (i > floor) {
    const before = text.charCodeAt(i - 1);
    const first = phrase.charCodeAt(0);
    if ((isLetter(first) || isDigit(first)) && (isLetter(before) || isDigit(before))) return -1;
  }
  return i;
}

/**
 * Matches a phrase (lower-case words separated by single spaces) that starts at or after `pos`
 * (leading blanks skipped), ignoring case. Returns its end or -1.
 */
export function phraseStartingAt(
  text: string,
  pos: number,
  phrase: string,
  ceil = text.length,
): number {
  let i = pos;
  while (i < ceil && isBlank(text.charCodeAt(i))) i++;
  let j = 0;
  while (j < phrase.length) {
    const p = phrase.charCodeAt(j);
    if (p === 32) {
      if (i >= ceil || !isBlank(text.charCodeAt(i))) return -1;
      while (i < ceil && isBlank(text.charCodeAt(i))) i++;
      j++;
      continue;
    }
    if (i >= ceil) return -1;
    if (lower(text.charCodeAt(i)) !== p) return -1;
    i++;
    j++;
  }
  if (i < ceil) {
    const after = text.charCodeAt(i);
    const last = phrase.charCodeAt(phrase.length - 1);
    if ((isLetter(last) || isDigit(last)) && (isLetter(after) || isDigit(after))) return -1;
  }
  return i;
}

/** Phrases (lower case) indexed by their first and last characters, longest first in each bucket. */
export interface PhraseList {
  readonly all: readonly string[];
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  readonly byLast: ReadonlyMap<number, readonly string[]>;
}

function bucket(phrases: readonly string[], at: (p: string) => number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const p of phrases) {
    const key = at(p);
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  }
  return map;
}

/** Builds a phrase list: lower case, no duplicates, longest first (so "more than" wins over "over"). */
export function phraseList(phrases: Iterable<string>): PhraseList {
  const all = longestFirst(phrases);
  return {
    all,
    byFirst: bucket(all, (p) => p.charCodeAt(0)),
    byLast: bucket(all, (p) => p.charCodeAt(p.length - 1)),
  };
}

/** The first phrase of the list (longest first) that ends right before `pos`, with its start. */
export function matchPhraseBefore(
  text: string,
  pos: number,
  phrases: PhraseList,
  floor = 0,
): { phrase: string; start: number } | null {
  let i = pos;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  if (i <= floor) return null;
  const candidates = phrases.byLast.get(lower(text.charCodeAt(i - 1)));
  if (!candidates) return null;
  for (const phrase of candidates) {
    const start = phraseEndingAt(text, pos, phrase, floor);
    if (start >= 0) return { phrase, start };
  }
  return null;
}

/** The first phrase of the list (longest first) that starts at `pos`, with its end. */
export function matchPhraseAfter(
  text: string,
  pos: number,
  phrases: PhraseList,
  ceil = text.length,
): { phrase: string; end: number } | null {
  let i = pos;
  while (i < ceil && isBlank(text.charCodeAt(i))) i++;
  if (i >= ceil) return null;
  const candidates = phrases.byFirst.get(lower(text.charCodeAt(i)));
  if (!candidates) return null;
  for (const phrase of candidates) {
    const end = phraseStartingAt(text, pos, phrase, ceil);
    if (end >= 0) return { phrase, end };
  }
  return null;
}

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2019) return 39;
  return c;
}

/** Phrases sorted longest first (so that "more than" wins over "over"), lower case. */
export function longestFirst(phrases: Iterable<string>): string[] {
  return [...new Set([...phrases].map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
}
