/** A figure in [0, 1] with three decimals, or an en dash when there is none. */
export function formatFigure(x: number | null | undefined): string {
  return x == null ? '–' : x.toFixed(3);
}

/** The colour band of a cell: good (≥ 0.8), mid (≥ 0.5), low. */
export function figureBand(x: number): 'good' | 'mid' | 'low' {
  return x >= 0.8 ? 'good' : x >= 0.5 ? 'mid' : 'low';
}

/** A text cut to `max` characters with an ellipsis (for lists; the full text is in the page). */
export function clip(text: string, max = 180): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
