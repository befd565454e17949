import type { Entity } from '@hemicycle/schema';
import type { Range } from './find-acts';
import { INSTITUTIONS } from './lexicon';
import { slugify } from './slugify';
import { type Token, tokenize } from './tokens';

interface IndexedMention {
  start: number;
  end: number;
  id: string;
  /** Position in the entities' iteration order (entity by entity, mention by mention). */
  order: number;
}

/** Every mention sorted by start (then iteration order), with the longest mention's length. */
interface MentionIndex {
  mentions: IndexedMention[];
  longest: number;
}

// One index per entities array: extractStatements asks for many addressees of one document, and
// scanning every mention for each of them was quadratic in the document's size.
const indexes = new WeakMap<readonly Entity[], MentionIndex>();

function indexOf(entities: readonly Entity[]): MentionIndex {
  let index = indexes.get(entities);
  if (!index) {
    const mentions: IndexedMention[] = [];
    let longest = 0;
    for (const e of entities) {
      for (const m of e.mentions) {
        mentions.push({ start: m.start, end: m.end, id: e.id, order: mentions.length });
        longest = Math.max(longest, m.end - m.start);
      }
    }
    mentions.sort(byStartThenOrder);
    index = { mentions, longest };
    indexes.set(entities, index);
  }
  return index;
}

// Module-level helpers, not closures made per call: V8 holds a closure's optimised code only
// weakly, and closures made for every sentence were compiled again after every full GC.
function byStartThenOrder(a: IndexedMention, b: IndexedMention): number {
  return a.start - b.start || a.order - b.order;
}

/** A comma, "and" or "or": the end of a list's first item. */
function endsFirstItem(t: Token): boolean {
  return t.text === ',' || t.lower === 'and' || t.lower === 'or';
}

/** Index of the token that starts at `start`, or -1. */
function tokenStartingAt(tokens: readonly Token[], start: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start === start) return i;
  return -1;
}

/** Index of the first mention starting at or after `offset`. */
function firstFrom(mentions: readonly IndexedMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The id of an addressee: the entity whose mention covers the phrase's start (or is the first
 * name inside it, after articles), else a known institution name, else a slug of the first
 * coordinated name.
 */
export function resolveAddresseeId(text: string, r: Range, entities: readonly Entity[]): string {
  const { mentions, longest } = indexOf(entities);
  const from = firstFrom(mentions, r.start);
  // A mention covering r.start starts at most `longest` before it; the first in iteration order wins.
  let covering: IndexedMention | null = null;
  for (let i = firstFrom(mentions, r.start - longest); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start > r.start) break;
    if (m.end > r.start && (!covering || m.order < covering.order)) covering = m;
  }
  if (covering) return covering.id;
  // Else the mention that starts first inside the phrase (the first in iteration order on a tie).
  const next = mentions[from];
  const best = next && next.start < r.end ? { start: next.start, id: next.id } : null;
  const tokens = tokenize(text, r.start, r.end);
  let stop = tokens.findIndex(endsFirstItem);
  if (stop < 0) stop = tokens.length;
  const firstTokens = tokens.slice(tokens[0]?.lower === 'the' ? 1 : 0, stop);
  if (best && tokenStartingAt(tokens, best.start) === (tokens[0]?.lower === 'the' ? 1 : 0)) {
    return best.id;
  }
  const first = firstTokens.length
    ? text.slice(firstTokens[0]!.start, firstTokens[firstTokens.length - 1]!.end)
    : '';
  // "Instructs its President": the possessive names whose office it is.
  const owner = text.slice(Math.max(0, r.start - 4), r.start).toLowerCase();
  const owned = owner === 'its ' ? INSTITUTIONS.get(`its ${first.toLowerCase()}`) : undefined;
  return (
    owned ??
    INSTITUTIONS.get(first.toLowerCase()) ??
    (slugify(first) || slugify(text.slice(r.start, r.end)) || 'unknown')
  );
}
