/** A word ("Commission’s", "VP/HR", "co-operation") or one punctuation character, with offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
}

const LETTER = /^[\p{L}\p{N}]$/u;
const letterCache = new Map<number, boolean>();

/** Whether a UTF-16 unit is a letter or digit (ASCII fast, others looked up once). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let hit = letterCache.get(c);
  if (hit === undefined) {
    hit = c >= 0xd800 && c <= 0xdfff ? true : LETTER.test(String.fromCharCode(c));
    letterCache.set(c, hit);
  }
  return hit;
}

function isSpaceUnit(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters that may continue a word ("Commission’s", "VP/HR", "co-operation"). */
function continuesWord(c: number): boolean {
  return isWordUnit(c) || c === 39 || c === 0x2019 || c === 47 || c === 45;
}

/** The tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    const word = isWordUnit(c);
    if (word) {
      while (j < end && continuesWord(text.charCodeAt(j))) j++;
    } else if (c >= 0xd800 && c <= 0xdbff && j < end) {
      j++;
    }
    const t = text.slice(i, j);
    out.push({ start: i, end: j, text: t, lower: t.toLowerCase(), word });
    i = j;
  }
  return out;
}

/** The last character of `text.slice(start, end)` that is not white space (as the tokens see it), or ''. */
export function lastMark(text: string, start: number, end: number): string {
  let i = Math.min(end, text.length) - 1;
  while (i >= start && isSpaceUnit(text.charCodeAt(i))) i--;
  return i >= start ? (text[i] as string) : '';
}

/** Phrases as lower-case token arrays, indexed by their first and last words. */
export interface Phrases {
  readonly length: number;
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function phrases(list: readonly string[]): Phrases {
  const all = [...new Set(list.map((p) => p.toLowerCase().trim()))]
    .map((p) => tokenize(p, 0, p.length).map((t) => t.lower))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, string[][]>();
  const byLast = new Map<string, string[][]>();
  for (const p of all) {
    const f = p[0]!;
    const l = p[p.length - 1]!;
    byFirst.set(f, [...(byFirst.get(f) ?? []), p]);
    byLast.set(l, [...(byLast.get(l) ?? []), p]);
  }
  return { length: all.length, byFirst, byLast };
}

export const NO_PHRASES: Phrases = phrases([]);

/** Token count of the longest phrase starting at token `i`, or 0. */
export function phraseAt(tokens: readonly Token[], i: number, list: Phrases): number {
  const t = tokens[i];
  if (!t) return 0;
  for (const p of list.byFirst.get(t.lower) ?? []) {
    if (i + p.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < p.length && ok; k++) ok = tokens[i + k]!.lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** Token count of the longest phrase ending just before token `j`, or 0. */
export function phraseBefore(tokens: readonly Token[], j: number, list: Phrases): number {
  const t = tokens[j - 1];
  if (!t) return 0;
  for (const p of list.byLast.get(t.lower) ?? []) {
    const i = j - p.length;
    if (i < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length - 1 && ok; k++) ok = tokens[i + k]!.lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Whether a token is a lower-case word. */
export function isLowerWord(t: Token | undefined): boolean {
  return t?.word === true && t.text === t.lower && !/^\d/.test(t.text);
}

/** Whether a character is white space. */
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && c.trim() === '';
}
