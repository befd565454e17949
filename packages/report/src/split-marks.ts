/** A stretch of the document text to highlight: offsets, CSS classes and a hover label. */
export interface Mark {
  start: number;
  end: number;
  /** CSS classes, e.g. `ent ent-country`, `st-content k-directive`. */
  classes: readonly string[];
  /** One line of the hover text, e.g. `country: Kazakhstan`. */
  label: string;
  /** Key shared by every piece of one item (a statement's act, addressee and content), for hover. */
  key?: string;
  /** Element id given to the first segment of the mark (a link target). */
  anchor?: string;
}

/** A run of text between two consecutive boundaries, with every mark that covers it. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Splits `[0, length)` at every mark boundary, so that overlapping and nested marks become a
 * flat run of segments, each carrying the marks that cover it all (in the order given).
 * Marks are clamped to the text; empty ones are dropped. Runs in O((n + m) log m).
 */
export function splitMarks(length: number, marks: readonly Mark[]): Segment[] {
  const kept = marks
    .map((mark, order) => ({
      mark,
      order,
      start: Math.max(0, Math.min(length, mark.start)),
      end: Math.max(0, Math.min(length, mark.end)),
    }))
    .filter((m) => m.end > m.start);
  const bounds = new Set<number>([0, length]);
  for (const m of kept) {
    bounds.add(m.start);
    bounds.add(m.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const byStart = [...kept].sort((a, b) => a.start - b.start || a.order - b.order);
  const segments: Segment[] = [];
  let active: typeof kept = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    let changed = false;
    if (active.some((m) => m.end <= from)) {
      active = active.filter((m) => m.end > from);
      changed = true;
    }
    while (next < byStart.length && byStart[next]!.start <= from) {
      active.push(byStart[next]!);
      next++;
      changed = true;
    }
    if (changed) active.sort((a, b) => a.order - b.order);
    segments.push({ start: from, end: to, marks: active.map((m) => m.mark) });
  }
  return segments;
}
