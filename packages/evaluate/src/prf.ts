/** Counts of a matching and the figures that follow from them. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Figures are rounded to 4 decimals in the scorecard (far below the 0.005 regression margin). */
export function roundFigure(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Precision, recall and F1 from counts. A ratio whose denominator is 0 is 1 when both sets
 * are empty (nothing expected, nothing predicted) and 0 otherwise.
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const empty = tp + fp + fn === 0;
  const ratio = (num: number, den: number): number =>
    den === 0 ? (empty ? 1 : 0) : roundFigure(num / den);
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** Sums counts (micro average) and recomputes the figures. */
export function sumPrf(scores: readonly Pick<Prf, 'tp' | 'fp' | 'fn'>[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return prf(tp, fp, fn);
}

/** The figures of a document with no record: counts kept, every ratio 0. */
export function zeroFigures(p: Prf): Prf {
  return { ...p, precision: 0, recall: 0, f1: 0 };
}

/** The share right, or null when nothing was scored. */
export function share(right: number, total: number): number | null {
  return total === 0 ? null : roundFigure(right / total);
}
