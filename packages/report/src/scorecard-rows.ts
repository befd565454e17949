import type { DocumentScore, HeaderField, Prf, ScorecardTotal } from '@hemicycle/evaluate';

/** One cell of the scorecard table: a main figure (F1 or share right) and what explains it. */
export interface Cell {
  value: number;
  /** Shown under the figure: `P 0.800 R 0.667`, `3/5 right`, `✓`. */
  detail: string;
  /** Hover text: counts, gold and predicted values. */
  tip: string;
  /** Shown instead of the number (header ✓/✗ of a document). */
  mark?: string;
}

/** A row of the scorecard: a field of spec section 5 and how to read it in totals and documents. */
export interface ScorecardRow {
  group: string;
  label: string;
  /** The flat figure key after `total.` or `doc/<id>.` (see scorecardFigures), for the baseline. */
  key: string;
  total(t: ScorecardTotal): Cell | null;
  doc(d: DocumentScore): Cell | null;
}

const fmt = (x: number): string => x.toFixed(3);

function prfCell(p: Prf | null | undefined): Cell | null {
  if (!p) return null;
  return {
    value: p.f1,
    detail: `P ${fmt(p.precision)} R ${fmt(p.recall)}`,
    tip: `precision ${fmt(p.precision)}, recall ${fmt(p.recall)}, F1 ${fmt(p.f1)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`,
  };
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function headerRow(field: HeaderField): ScorecardRow {
  return {
    group: 'Header: share of documents right',
    label: field,
    key: `header.${field}`,
    total: (t) => {
      const h = t.header[field];
      if (!h || h.share === null) return null;
      return {
        value: h.share,
        detail: `${h.right}/${h.scored} right`,
        tip: `${h.right} of ${h.scored} documents right`,
      };
    },
    doc: (d) => {
      const c = d.header[field];
      if (!c) return null;
      return {
        value: c.correct ? 1 : 0,
        detail: '',
        mark: c.correct ? '✓' : '✗',
        tip: c.correct
          ? `right: ${show(c.gold)}`
          : `predicted ${show(c.predicted)}; gold ${show(c.gold)}`,
      };
    },
  };
}

function setRow(field: 'tabledBy' | 'countries' | 'dates' | 'quantities'): ScorecardRow {
  return {
    group: 'Sets: P/R/F1',
    label: field,
    key: `${field}.f1`,
    total: (t) => prfCell(t[field]),
    doc: (d) => prfCell(d[field]),
  };
}

function pairRows(field: 'entities' | 'statements' | 'directives', group: string): ScorecardRow[] {
  return (['strict', 'lenient'] as const).map((mode) => ({
    group,
    label: `${field} ${mode}`,
    key: `${field}.${mode}.f1`,
    total: (t: ScorecardTotal) => prfCell(t[field]?.[mode]),
    doc: (d: DocumentScore) => prfCell(d[field]?.[mode]),
  }));
}

function speakerCell(
  s: { matched: number; same: number; share: number | null } | null,
): Cell | null {
  if (!s || s.share === null) return null;
  return {
    value: s.share,
    detail: `${s.same}/${s.matched}`,
    tip: `speaker right in ${s.same} of ${s.matched} matched statements`,
  };
}

/** The rows of the scorecard table and chart, in the order of spec section 5. */
export const SCORECARD_ROWS: readonly ScorecardRow[] = [
  headerRow('title'),
  headerRow('procedure'),
  headerRow('event.date'),
  headerRow('event.label'),
  headerRow('vote'),
  setRow('tabledBy'),
  setRow('countries'),
  setRow('dates'),
  setRow('quantities'),
  ...pairRows('entities', 'Entities: F1 (P/R below)'),
  ...pairRows('statements', 'Statements: F1 (P/R below)'),
  ...pairRows('directives', 'Directives alone: F1 (P/R below)'),
  {
    group: 'Statements: speaker',
    label: 'speaker right',
    key: 'speaker.share',
    total: (t) => speakerCell(t.speaker),
    doc: (d) => speakerCell(d.speaker),
  },
];
