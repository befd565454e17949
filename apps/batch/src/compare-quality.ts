import { splitFigureKey } from '@hemicycle/evaluate';
import { z } from 'zod';
import type { QualitySnapshot } from './quality';

/** The regression margin: a figure may fall this much below its baseline (rounding noise). */
export const QUALITY_TOLERANCE = 0.005;

const SnapshotSchema = z.object({
  documents: z.array(z.string()),
  figures: z.record(z.string(), z.number()),
  unmatched: z.record(z.string(), z.array(z.string())),
});

export const BaselineSchema = z.object({
  baselineVersion: z.literal(1),
  note: z.string().optional(),
  tolerance: z.number().optional(),
  sections: z.record(z.string(), SnapshotSchema),
});
/** quality/baseline.json: a snapshot per gold set (`corpus/gold`, `../shared/gold`). */
export type Baseline = z.infer<typeof BaselineSchema>;

/** The group of unmatched items that explains a field: `header.title`, `entities`, `statements`. */
function itemGroup(field: string): string {
  if (field.startsWith('header.')) return field;
  const head = field.split('.')[0]!;
  return head === 'directives' ? 'statements' : head;
}

/** A figure that fell below its baseline by more than the tolerance (or is no longer computed). */
export interface Regression {
  key: string;
  doc: string | null;
  field: string;
  baseline: number;
  /** null: the figure is no longer computed (its field or document is not scored any more). */
  current: number | null;
  /** Unmatched items now that were not unmatched in the baseline (prefixed by document for totals). */
  newItems: string[];
}

function newItemsOf(
  baseline: QualitySnapshot,
  current: QualitySnapshot,
  doc: string | null,
  group: string,
): string[] {
  const docs = doc === null ? current.documents : [doc];
  const items: string[] = [];
  for (const d of docs) {
    const key = `doc/${d}.${group}`;
    const before = new Set([
      ...(baseline.unmatched[key] ?? []),
      ...(baseline.unmatched[`doc/${d}.record`] ?? []),
    ]);
    for (const item of [
      ...(current.unmatched[key] ?? []),
      ...(current.unmatched[`doc/${d}.record`] ?? []),
    ]) {
      if (!before.has(item)) items.push(doc === null ? `${d}: ${item}` : item);
    }
  }
  return [...new Set(items)];
}

/**
 * Every figure of the baseline that the current snapshot lowers by more than `tolerance`, with
 * the items that changed. Pure. Figures new in the current snapshot are not regressions.
 */
export function compareSnapshots(
  baseline: QualitySnapshot,
  current: QualitySnapshot,
  tolerance = QUALITY_TOLERANCE,
): Regression[] {
  const regressions: Regression[] = [];
  for (const [key, before] of Object.entries(baseline.figures)) {
    const now = current.figures[key];
    if (now !== undefined && now >= before - tolerance) continue;
    const { doc, field } = splitFigureKey(key);
    regressions.push({
      key,
      doc,
      field,
      baseline: before,
      current: now ?? null,
      newItems: newItemsOf(baseline, current, doc, itemGroup(field)),
    });
  }
  return regressions;
}

const fig = (x: number): string => x.toFixed(4);

/** The regressions of one gold set as a readable message: field, document, figures, items. */
export function formatRegressions(
  label: string,
  regressions: readonly Regression[],
  maxItems = 8,
): string {
  if (regressions.length === 0) return `${label}: no figure below its baseline`;
  const lines = [
    `${label}: ${regressions.length} figure${regressions.length === 1 ? '' : 's'} dropped below the baseline (quality/baseline.json) by more than ${QUALITY_TOLERANCE}:`,
  ];
  // One block per document (totals first) and group of items: the figures, then the items once.
  const groups = new Map<string, Regression[]>();
  for (const r of regressions) {
    const key = `${r.doc === null ? '' : `doc ${r.doc}`}\u0000${itemGroup(r.field)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const explainedByDocument = new Set(
    regressions.filter((r) => r.doc !== null).map((r) => `${r.doc}\u0000${itemGroup(r.field)}`),
  );
  for (const rs of groups.values()) {
    const first = rs[0]!;
    const group = itemGroup(first.field);
    lines.push(`  ${first.doc === null ? 'total' : `document ${first.doc}`}, ${group}:`);
    for (const r of rs) {
      const now =
        r.current === null
          ? 'no longer computed'
          : `${fig(r.current)} (${fig(r.current - r.baseline)})`;
      lines.push(`    ${r.field}: ${fig(r.baseline)} → ${now}`);
    }
    // A total's items come from its documents: those already named under a document are not repeated.
    const items = first.newItems.filter(
      (item) =>
        first.doc !== null ||
        ![...explainedByDocument].some((k) => {
          const [doc, g] = k.split('\u0000');
          return g === group && item.startsWith(`${doc}: `);
        }),
    );
    for (const item of items.slice(0, maxItems)) lines.push(`      now ${item}`);
    if (items.length > maxItems) lines.push(`      … and ${items.length - maxItems} more`);
    if (first.doc === null && items.length < first.newItems.length) {
      lines.push('      (items: see the documents below)');
    }
  }
  lines.push(
    'If the drop is intended, run `pnpm quality:update` and say why in the commit message; otherwise fix the extraction.',
  );
  return lines.join('\n');
}

/** Every figure that differs between two snapshots, as `key: old → new`, for quality:update. */
export function diffSnapshots(before: QualitySnapshot | null, after: QualitySnapshot): string[] {
  const old = before?.figures ?? {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(after.figures)])].sort(
    (a, b) =>
      Number(a.startsWith('doc/')) - Number(b.startsWith('doc/')) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const lines: string[] = [];
  for (const key of keys) {
    const a = old[key];
    const b = after.figures[key];
    if (a === b) continue;
    if (a === undefined) lines.push(`  + ${key}: ${fig(b!)} (new)`);
    else if (b === undefined) lines.push(`  - ${key}: ${fig(a)} → gone`);
    else
      lines.push(
        `  ${b < a ? '▼' : '▲'} ${key}: ${fig(a)} → ${fig(b)} (${b > a ? '+' : ''}${fig(b - a)})`,
      );
  }
  return lines;
}
