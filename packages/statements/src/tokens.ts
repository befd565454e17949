/** A word ("Commission’s", "VP/HR", "co-operation") or one punctuation character, with offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’/-]*|[^\s\p{L}\p{N}]/gu;

/** The tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    out.push({
      start: start + m.index,
      end: start + m.index + t.length,
      text: t,
      lower: t.toLowerCase(),
      word: t.length > 1 || isAlnum(c),
    });
  }
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** A list of phrases as lower-case token arrays, longest first. */
export type Phrases = readonly (readonly string[])[];

export function phrases(list: readonly string[]): Phrases {
  return [...new Set(list.map((p) => p.toLowerCase().trim()))]
    .map((p) => tokenize(p, 0, p.length).map((t) => t.lower))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** Token count of the longest phrase starting at token `i`, or 0. */
export function phraseAt(tokens: readonly Token[], i: number, list: Phrases): number {
  for (const p of list) {
    if (i + p.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k]!.lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** Token count of the longest phrase ending just before token `j`, or 0. */
export function phraseBefore(tokens: readonly Token[], j: number, list: Phrases): number {
  for (const p of list) {
    const i = j - p.length;
    if (i < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k]!.lower === p[k];
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
