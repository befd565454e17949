import type { EntityType, ExtractionRecord } from '@hemicycle/schema';
import { type Candidate, matchGreedy } from './match-greedy';
import { type Prf, prf, roundFigure } from './prf';
import { countSharedTokens, tokenize } from './tokenize';

/** An entity mention as the gold lists it: a (type, mention text) pair. */
export interface EntityItem {
  type: EntityType;
  text: string;
}

/** A gold item matched leniently (not strictly) by a prediction. */
export interface PartialEntityMatch {
  gold: EntityItem;
  predicted: EntityItem;
  /** Shared tokens over the longer text's tokens (≥ 0.5). */
  overlap: number;
}

export interface EntityScore {
  strict: Prf;
  lenient: Prf;
  /** Gold items not matched even leniently. */
  missed: EntityItem[];
  /** Predicted items not matched even leniently. */
  spurious: EntityItem[];
  /** Lenient-only matches: a strict miss and a strict spurious item each. */
  partial: PartialEntityMatch[];
}

/** Every distinct (type, mention text) pair of a record, in order of first appearance. */
export function entityItems(record: ExtractionRecord): EntityItem[] {
  const seen = new Set<string>();
  const items: EntityItem[] = [];
  for (const e of record.entities) {
    for (const m of e.mentions) {
      const key = `${e.type}\u0000${m.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ type: e.type, text: m.text });
    }
  }
  return items;
}

function distinctItems(items: readonly EntityItem[]): EntityItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.type}\u0000${i.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface LenientCandidate extends Candidate {
  overlap: number;
  shared: number;
}

/**
 * Strict: same type and text. Lenient: same type, and the texts share at least half of the
 * longer one's tokens (multiset intersection, case-insensitive). One to one, greedily: strict
 * pairs first (in gold order), then lenient ones by descending overlap share, then by
 * shared-token count, gold order and predicted order.
 */
export function scoreEntities(
  predictedItems: readonly EntityItem[],
  goldItems: readonly EntityItem[],
): EntityScore {
  const predicted = distinctItems(predictedItems);
  const gold = distinctItems(goldItems);
  const predIndex = new Map(predicted.map((p, i) => [`${p.type}\u0000${p.text}`, i]));
  const strictCandidates: Candidate[] = [];
  for (const [g, item] of gold.entries()) {
    const p = predIndex.get(`${item.type}\u0000${item.text}`);
    if (p !== undefined) strictCandidates.push({ gold: g, predicted: p });
  }
  const taken = { gold: new Set<number>(), predicted: new Set<number>() };
  const strict = matchGreedy(strictCandidates, taken);

  const predTokens = predicted.map((p) => tokenize(p.text));
  const lenientCandidates: LenientCandidate[] = [];
  for (const [g, item] of gold.entries()) {
    if (taken.gold.has(g)) continue;
    const gt = tokenize(item.text);
    for (const [p, pItem] of predicted.entries()) {
      if (taken.predicted.has(p) || pItem.type !== item.type) continue;
      const pt = predTokens[p]!;
      const shared = countSharedTokens(gt, pt);
      const longer = Math.max(gt.length, pt.length);
      if (shared === 0 || 2 * shared < longer) continue;
      lenientCandidates.push({ gold: g, predicted: p, overlap: shared / longer, shared });
    }
  }
  lenientCandidates.sort(
    (a, b) =>
      b.overlap - a.overlap || b.shared - a.shared || a.gold - b.gold || a.predicted - b.predicted,
  );
  const lenientOnly = matchGreedy(lenientCandidates, taken);

  const lenientTp = strict.length + lenientOnly.length;
  return {
    strict: prf(strict.length, predicted.length - strict.length, gold.length - strict.length),
    lenient: prf(lenientTp, predicted.length - lenientTp, gold.length - lenientTp),
    missed: gold.filter((_, i) => !taken.gold.has(i)),
    spurious: predicted.filter((_, i) => !taken.predicted.has(i)),
    partial: lenientOnly
      .sort((a, b) => a.gold - b.gold)
      .map((c) => ({
        gold: gold[c.gold]!,
        predicted: predicted[c.predicted]!,
        overlap: roundFigure(c.overlap),
      })),
  };
}
