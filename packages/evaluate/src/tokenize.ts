/** A word (letters, digits, marks) or a run of punctuation; white space separates tokens. */
const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}\s]+/gu;
/** Every quote mark counts as the same character: ’ ‘ “ ” " and '. */
const QUOTE = /[’‘“”"']/g;
/** Runs of white space, no-break spaces included (`\s` with the `u` flag covers Unicode spaces). */
const SPACES = /\s+/gu;

/** Folds runs of white space (no-break spaces included) to one space; nothing else changes. */
export function foldSpaces(text: string): string {
  return text.replace(SPACES, ' ');
}

/** Folds case, quote marks and white space, and trims: the strict comparison of contents. */
export function foldText(text: string): string {
  return foldSpaces(text.toLowerCase().replace(QUOTE, "'")).trim();
}

/** Lower-case tokens of a text, quotes folded: words and runs of punctuation. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(QUOTE, "'").match(TOKEN) ?? [];
}

/** Size of the multiset intersection of two token lists. */
export function countSharedTokens(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared;
}

/** Token F1 of two texts: 2·shared / (|a| + |b|); 1 when both have no token. */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  return (2 * countSharedTokens(a, b)) / (a.length + b.length);
}
