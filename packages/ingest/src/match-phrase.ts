const SPACE = /\s/u;
const APOSTROPHES = "'’";
const DASHES = '-‐‑–—';

/**
 * Where `phrase` ends when it is written at `pos` of `text`, or -1. Matched in code, not with a
 * regular expression: a space in the phrase stands for any run of white space (no-break spaces
 * included), an apostrophe for either apostrophe, a dash for any dash; letters are compared
 * case-insensitively when `ignoreCase`.
 */
export function phraseEndAt(
  text: string,
  pos: number,
  phrase: string,
  ignoreCase: boolean,
): number {
  let i = pos;
  for (const c of phrase) {
    const t = text[i];
    if (t === undefined) return -1;
    if (c === ' ') {
      if (!SPACE.test(t)) return -1;
      while (i < text.length && SPACE.test(text[i]!)) i++;
      continue;
    }
    if (APOSTROPHES.includes(c)) {
      if (!APOSTROPHES.includes(t)) return -1;
    } else if (DASHES.includes(c)) {
      if (!DASHES.includes(t)) return -1;
    } else if (t !== c && !(ignoreCase && t.toLowerCase() === c.toLowerCase())) return -1;
    i++;
  }
  return i;
}

/** Phrases grouped by their first letter (lower case), longest first, for matching at a position. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, string[]>();

  constructor(
    phrases: Iterable<string>,
    private readonly ignoreCase: boolean,
  ) {
    for (const p of phrases) {
      const key = this.key(p[0] ?? '');
      const list = this.byFirst.get(key) ?? [];
      list.push(p.replace(/\s+/gu, ' ').trim());
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  private key(c: string): string {
    return this.ignoreCase ? c.toLowerCase() : c;
  }

  /**
   * The ends of the phrases written at `pos` and not followed by a character `isWordChar`
   * accepts, longest first.
   */
  *endsAt(text: string, pos: number, isWordChar: (c: string) => boolean): Generator<number> {
    const list = this.byFirst.get(this.key(text[pos] ?? ''));
    if (!list) return;
    for (const p of list) {
      const end = phraseEndAt(text, pos, p, this.ignoreCase);
      if (end !== -1 && (end >= text.length || !isWordChar(text[end]!))) yield end;
    }
  }
}
