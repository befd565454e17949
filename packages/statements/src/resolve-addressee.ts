import type { Entity } from '@hemicycle/schema';
import type { Range } from './find-acts';
import { INSTITUTIONS } from './lexicon';
import { slugify } from './slugify';
import { tokenize } from './tokens';

/**
 * The id of an addressee: the entity whose mention covers the phrase's start (or is the first
 * name inside it, after articles), else a known institution name, else a slug of the first
 * coordinated name.
 */
export function resolveAddresseeId(text: string, r: Range, entities: readonly Entity[]): string {
  let best: { start: number; id: string } | null = null;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start <= r.start && m.end > r.start) return e.id;
      if (m.start >= r.start && m.start < r.end && (!best || m.start < best.start)) {
        best = { start: m.start, id: e.id };
      }
    }
  }
  const tokens = tokenize(text, r.start, r.end);
  let stop = tokens.findIndex((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or');
  if (stop < 0) stop = tokens.length;
  const firstTokens = tokens.slice(tokens[0]?.lower === 'the' ? 1 : 0, stop);
  if (
    best &&
    tokens.findIndex((t) => t.start === best.start) === (tokens[0]?.lower === 'the' ? 1 : 0)
  ) {
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
