import type { DocumentScore, Scorecard } from '@hemicycle/evaluate';
import type { ExtractionRecord } from '@hemicycle/schema';
import { escapeHtml } from './escape-html';
import { renderCell } from './render-cell';
import { renderFigureChart } from './render-chart';
import { renderPage } from './render-page';
import { SCORECARD_ROWS } from './scorecard-rows';

export interface IndexPageInput {
  records: readonly ExtractionRecord[];
  /** Page file of each document (relative to the index). */
  pages: ReadonlyMap<string, string>;
  /** Documents whose text could not be read, with why. */
  textNotes: ReadonlyMap<string, string>;
  scorecard: Scorecard | null;
  /** Flat figures (scorecardFigures) of the scorecard. */
  figures: Readonly<Record<string, number>>;
  baseline: { label: string; figures: Readonly<Record<string, number>> } | null;
  goldLabel: string | null;
  recordsLabel: string | null;
  tolerance: number;
}

const e = escapeHtml;

function scorecardTable(input: IndexPageInput, card: Scorecard): string {
  const docs: DocumentScore[] = card.documents;
  const base = input.baseline?.figures ?? {};
  const head = docs
    .map((d) => {
      const page = input.pages.get(d.doc);
      const name = page ? `<a href="${e(page)}">${e(d.doc)}</a>` : e(d.doc);
      return `<th>${name}${d.missing ? '<br><span class="wrong">no record</span>' : ''}</th>`;
    })
    .join('');
  const rows: string[] = [];
  let group = '';
  for (const row of SCORECARD_ROWS) {
    if (row.group !== group) {
      group = row.group;
      rows.push(`<tr class="group"><th colspan="${docs.length + 2}">${e(group)}</th></tr>`);
    }
    const cells = [
      renderCell(row.total(card.total), base[`total.${row.key}`], input.tolerance),
      ...docs.map((d) => renderCell(row.doc(d), base[`doc/${d.doc}.${row.key}`], input.tolerance)),
    ];
    rows.push(
      `<tr data-field="${e(row.key)}"><td class="field">${e(row.label)}</td>${cells.join('')}</tr>`,
    );
  }
  return `<div class="wrap"><table class="card scorecard"><thead><tr><th class="field">field</th><th>total (micro)</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function chart(input: IndexPageInput): string {
  const rows = SCORECARD_ROWS.map((row) => ({
    label: row.label,
    current: input.figures[`total.${row.key}`] ?? null,
    baseline: input.baseline?.figures[`total.${row.key}`] ?? null,
  }));
  const note = input.baseline
    ? `Bars: the current figures of the total column; black ticks: the committed baseline (${e(input.baseline.label)}). Red: more than ${input.tolerance} below the baseline; green: above it.`
    : 'No committed baseline for this gold folder: bars show the current figures only.';
  return `<div><h2>Total figures against the baseline</h2>${renderFigureChart(rows, input.tolerance)}<p class="note" style="max-width:620px">${note}</p></div>`;
}

function documentsTable(input: IndexPageInput, scored: ReadonlySet<string>): string {
  const rows = input.records.map((r) => {
    const page = input.pages.get(r.doc)!;
    const note = input.textNotes.get(r.doc);
    return `<tr><td class="field"><a href="${e(page)}">${e(r.doc)}</a></td><td class="field wide">${e(r.title ?? '(no title)')}</td><td class="field">${e(r.source.format)}</td><td>${r.sentences.length}</td><td>${r.entities.length}</td><td>${r.dates.length}</td><td>${r.quantities.length}</td><td>${r.statements.length}</td><td class="field">${scored.has(r.doc) ? 'yes' : '<span class="note">no</span>'}${note ? ` <span class="wrong" title="${e(note)}">text missing</span>` : ''}</td></tr>`;
  });
  return `<h2>Documents (${input.records.length})</h2><div class="wrap"><table class="card docs"><thead><tr><th class="field">document</th><th class="field">title</th><th class="field">format</th><th>sentences</th><th>entities</th><th>dates</th><th>quantities</th><th>statements</th><th class="field">gold</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The index page: the scorecard as a table, a chart of total figures against the baseline, the documents. */
export function renderIndexPage(input: IndexPageInput): string {
  const card = input.scorecard;
  const scored = new Set(card?.documents.map((d) => d.doc) ?? []);
  const sections: string[] = [];
  if (card) {
    const missing =
      card.missing.length > 0
        ? `<div class="warning">${card.missing.length} document(s) have a gold fixture but no record (scored 0): ${e(card.missing.join(', '))}</div>`
        : '';
    sections.push(
      `<div class="side-by-side">${chart(input)}<div><h2>Scorecard (${card.scored} document${card.scored === 1 ? '' : 's'} with gold)</h2>${missing}<p class="note" style="max-width:640px">Spec section 5: header fields are the share of documents right; sets, entities and statements show F1 with precision and recall below; totals are micro averages. A red frame marks a figure more than ${input.tolerance} below the baseline. Hover a cell for counts.</p>${scorecardTable(input, card)}</div></div>`,
    );
  } else {
    sections.push('<p class="note">No gold fixtures: nothing is scored.</p>');
  }
  sections.push(documentsTable(input, scored));
  const sub = [
    input.recordsLabel ? `records: ${e(input.recordsLabel)}` : null,
    input.goldLabel ? `gold: ${e(input.goldLabel)}` : 'no gold',
    input.baseline ? `baseline: ${e(input.baseline.label)}` : 'no baseline',
  ]
    .filter((x) => x !== null)
    .join(' · ');
  return renderPage({
    title: 'Hemicycle review',
    header: `<h1>Hemicycle review</h1><div class="sub">${sub}</div>`,
    body: sections.join('\n'),
  });
}
