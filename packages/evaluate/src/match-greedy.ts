/** A possible pairing of a gold item with a predicted item, by index. */
export interface Candidate {
  gold: number;
  predicted: number;
}

/**
 * One-to-one matching: takes the candidate pairs in the order given, skipping any pair
 * whose gold or predicted item is already taken. The caller orders the candidates.
 */
export function matchGreedy<C extends Candidate>(
  candidates: readonly C[],
  taken: { gold: Set<number>; predicted: Set<number> } = { gold: new Set(), predicted: new Set() },
): C[] {
  const matched: C[] = [];
  for (const c of candidates) {
    if (taken.gold.has(c.gold) || taken.predicted.has(c.predicted)) continue;
    taken.gold.add(c.gold);
    taken.predicted.add(c.predicted);
    matched.push(c);
  }
  return matched;
}
