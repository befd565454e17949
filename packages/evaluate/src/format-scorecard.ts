import type { Vote } from '@hemicycle/schema';
import { formatTable } from './format-table';
import type { Prf } from './prf';
import type { Scorecard, StrictLenient } from './score-corpus';
import type { DocumentScore } from './score-document';
import type { EntityItem } from './score-entities';
import { HEADER_FIELDS } from './score-header';
import type { StatementItem } from './score-statements';

export interface FormatOptions {
  /** List every unmatched item (missed, spurious, partial matches, speaker mismatches). */
  details?: boolean;
}

const num = (x: number | null | undefined): string => (x == null ? '-' : x.toFixed(3));
const counts = (p: Prf): string => `${p.tp}/${p.fp}/${p.fn}`;
const prfCells = (p: Prf | null): string[] =>
  p === null ? ['-', '', '', ''] : [num(p.precision), num(p.recall), num(p.f1), counts(p)];

function headerValue(v: string | Vote | null): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  return `${v.for}/${v.against}/${v.abstentions}`;
}

function entity(e: EntityItem): string {
  return `${e.type} ${JSON.stringify(e.text)}`;
}

function statement(s: StatementItem): string {
  const to = s.addressee === null ? '' : ` -> ${JSON.stringify(s.addressee)}`;
  return `${s.act}${to} [${s.speaker}]: ${JSON.stringify(s.content)}`;
}

function fieldTable(card: Scorecard): string {
  const t = card.total;
  const rows: string[][] = [['field', 'P', 'R', 'F1', 'tp/fp/fn', '|', 'P', 'R', 'F1', 'tp/fp/fn']];
  for (const field of ['tabledBy', 'countries', 'dates', 'quantities'] as const) {
    rows.push([field, ...prfCells(t[field]), '|']);
  }
  const pair = (field: string, s: StrictLenient | null): string[] =>
    s === null ? [field, '-'] : [field, ...prfCells(s.strict), '|', ...prfCells(s.lenient)];
  rows.push(pair('entities', t.entities));
  rows.push(pair('statements', t.statements));
  rows.push(pair('directives', t.directives));
  const speaker = t.speaker
    ? `speaker: right in ${t.speaker.same} of ${t.speaker.matched} matched statements (${num(t.speaker.share)})`
    : 'speaker: not scored';
  const table = formatTable(rows);
  // A line over the table naming the two column groups, aligned on the header row.
  const head = table.slice(0, table.indexOf('\n'));
  const groups = `${' '.repeat(head.indexOf(' P '))} strict`.padEnd(head.indexOf('|'));
  return `${groups}|  lenient\n${table}\n${speaker}`;
}

function headerTable(card: Scorecard): string {
  const rows: string[][] = [['header', 'right', 'share']];
  for (const field of HEADER_FIELDS) {
    const h = card.total.header[field];
    rows.push(h === null ? [field, '-', '-'] : [field, `${h.right}/${h.scored}`, num(h.share)]);
  }
  return formatTable(rows);
}

function documentRow(d: DocumentScore): string[] {
  const checks = HEADER_FIELDS.map((f) => d.header[f]).filter((c) => c !== null);
  const right = checks.filter((c) => c.correct).length;
  const f1 = (p: Prf | null): string => (p === null ? '-' : num(p.f1));
  const both = (s: StrictLenient | null): string =>
    s === null ? '-' : `${num(s.strict.f1)}/${num(s.lenient.f1)}`;
  return [
    d.missing ? `${d.doc} (missing)` : d.doc,
    checks.length === 0 ? '-' : `${right}/${checks.length}`,
    f1(d.tabledBy),
    f1(d.countries),
    f1(d.dates),
    f1(d.quantities),
    both(d.entities),
    both(d.statements),
    both(d.directives),
    num(d.speaker?.share),
  ];
}

function documentDetails(d: DocumentScore): string[] {
  const lines = [`${d.doc}${d.missing ? ' (missing: no record)' : ''}`];
  const add = (label: string, items: readonly string[]): void => {
    for (const item of items) lines.push(`  ${label}: ${item}`);
  };
  for (const field of HEADER_FIELDS) {
    const h = d.header[field];
    if (h && !h.correct) {
      lines.push(
        `  header ${field}: predicted ${headerValue(h.predicted)}, gold ${headerValue(h.gold)}`,
      );
    }
  }
  for (const field of ['tabledBy', 'countries', 'dates', 'quantities'] as const) {
    const s = d[field];
    if (s === null) continue;
    add(`${field} missed`, s.missed);
    add(`${field} spurious`, s.spurious);
  }
  if (d.entities) {
    add('entity missed', d.entities.missed.map(entity));
    add('entity spurious', d.entities.spurious.map(entity));
    add(
      'entity partial',
      d.entities.partial.map(
        (p) =>
          `gold ${entity(p.gold)} ~ predicted ${JSON.stringify(p.predicted.text)} (${num(p.overlap)})`,
      ),
    );
  }
  if (d.statements) {
    add('statement missed', d.statements.missed.map(statement));
    add(
      'statement spurious',
      d.statements.spurious.map((s) => `@${s.start}-${s.end} ${statement(s)}`),
    );
    for (const p of d.statements.partial) {
      lines.push(`  statement partial (content F1 ${num(p.contentF1)}): gold ${statement(p.gold)}`);
      lines.push(
        `    predicted @${p.predicted.start}-${p.predicted.end} ${statement(p.predicted)}`,
      );
    }
  }
  if (d.speaker) {
    add(
      'speaker wrong',
      d.speaker.mismatches.map(
        (m) => `predicted ${m.predicted.speaker}, gold ${m.gold.speaker}: ${statement(m.gold)}`,
      ),
    );
  }
  if (lines.length === 1) lines.push('  nothing missed, nothing spurious');
  return lines;
}

/**
 * The scorecard as text: header shares, the field table (P/R/F1 strict and lenient, micro
 * averages over the corpus), one line per document, and with `details` every unmatched item.
 */
export function formatScorecard(card: Scorecard, options: FormatOptions = {}): string {
  const missing =
    card.missing.length > 0 ? ` (${card.missing.length} missing: ${card.missing.join(', ')})` : '';
  const parts = [
    `Scorecard: ${card.scored} document${card.scored === 1 ? '' : 's'} with gold${missing}`,
    headerTable(card),
    fieldTable(card),
    formatTable([
      [
        'document',
        'header',
        'tabledBy',
        'countries',
        'dates',
        'quantities',
        'entities s/l',
        'statements s/l',
        'directives s/l',
        'speaker',
      ],
      ...card.documents.map(documentRow),
    ]),
  ];
  if (options.details) {
    parts.push(card.documents.map((d) => documentDetails(d).join('\n')).join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
