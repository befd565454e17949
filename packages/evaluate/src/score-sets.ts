import type { Prf } from './prf';
import { prf } from './prf';

/** P/R/F1 of a predicted set against a gold set, with the unmatched values both ways. */
export interface SetScore extends Prf {
  /** Gold values not predicted, in gold order. */
  missed: string[];
  /** Predicted values not in the gold, in predicted order. */
  spurious: string[];
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Scores two sets of values: duplicates on either side count once. */
export function scoreSet(predicted: readonly string[], gold: readonly string[]): SetScore {
  const p = distinct(predicted);
  const g = distinct(gold);
  const goldSet = new Set(g);
  const predSet = new Set(p);
  const missed = g.filter((v) => !predSet.has(v));
  const spurious = p.filter((v) => !goldSet.has(v));
  const tp = g.length - missed.length;
  return { ...prf(tp, spurious.length, missed.length), missed, spurious };
}

/** The set key of a quantity: `value unit role` (`null` for no role), e.g. `17 person killed`. */
export function quantityKey(q: { value: number; unit: string; role: string | null }): string {
  return `${q.value} ${q.unit} ${q.role ?? 'null'}`;
}
