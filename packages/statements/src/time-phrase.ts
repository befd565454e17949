import { cues } from './lexicon';
import type { Token } from './tokens';

const TIME_WORDS: ReadonlySet<string> = new Set(cues.timeWords);
const TIME_NOUNS: ReadonlySet<string> = new Set(cues.timeNouns);
const MONTHS: ReadonlySet<string> = new Set(cues.months);
const DAY_PARTS: ReadonlySet<string> = new Set(cues.dayParts);
const DETERMINERS: ReadonlySet<string> = new Set(['this', 'last']);
const DAY = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;

/** "on 16 March 2024", "on March 16, 2024", "on Thursday (evening)": the tokens after "on". */
function afterOn(tokens: readonly Token[], i: number): number {
  const a = tokens[i]?.lower ?? '';
  const b = tokens[i + 1]?.lower ?? '';
  if (TIME_NOUNS.has(a)) return DAY_PARTS.has(b) ? i + 2 : i + 1;
  const dayMonth = (DAY.test(a) && MONTHS.has(b)) || (MONTHS.has(a) && DAY.test(b));
  if (!dayMonth) return i;
  const j = i + 2;
  if (tokens[j]?.text === ',' && YEAR.test(tokens[j + 1]?.text ?? '')) return j + 2;
  return YEAR.test(tokens[j]?.text ?? '') ? j + 1 : j;
}

/**
 * The length of a time adverbial starting at token `i` ("today", "on Thursday", "on 16 March
 * 2024", "this week", "last Tuesday evening"), or 0.
 */
export function timePhraseAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (TIME_WORDS.has(t.lower)) return 1;
  if (t.lower === 'on') {
    const end = afterOn(tokens, i + 1);
    return end > i + 1 ? end - i : 0;
  }
  if (DETERMINERS.has(t.lower)) {
    const n = tokens[i + 1]?.lower ?? '';
    if (TIME_NOUNS.has(n) || DAY_PARTS.has(n))
      return DAY_PARTS.has(tokens[i + 2]?.lower ?? '') ? 3 : 2;
  }
  return 0;
}

/** The length of a time adverbial that ends right before token `k` ("Parliament on Thursday | called"), or 0. */
export function timePhraseBefore(tokens: readonly Token[], k: number): number {
  for (let s = Math.max(0, k - 6); s < k; s++) {
    if (timePhraseAt(tokens, s) === k - s) return k - s;
  }
  return 0;
}
