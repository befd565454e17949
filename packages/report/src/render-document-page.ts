import type { DocumentScore, HeaderCheck, SetScore } from '@hemicycle/evaluate';
import type { ExtractionRecord, Vote } from '@hemicycle/schema';
import {
  type DocumentView,
  documentView,
  type ItemStatus,
  type StatementView,
} from './document-view';
import { escapeHtml } from './escape-html';
import { clip, formatFigure } from './format-figure';
import { ENTITY_COLOURS, KIND_COLOURS } from './page-style';
import { renderCell } from './render-cell';
import { renderPage } from './render-page';
import { renderMarkedText } from './render-text';
import { SCORECARD_ROWS } from './scorecard-rows';

export interface DocumentPageInput {
  record: ExtractionRecord;
  /** The document text, or null when it could not be read (`textNote` says why). */
  text: string | null;
  /** A warning shown above the text (source missing, changed since the record was written). */
  textNote: string | null;
  /** The document's score against its gold fixture, or null when it has none. */
  score: DocumentScore | null;
  /** Link back to the index page. */
  indexHref: string;
  /** Flat baseline figures (`doc/<id>.<field>` keys), to frame drops; null when none. */
  baseline: Readonly<Record<string, number>> | null;
  tolerance: number;
}

const e = escapeHtml;

function headerValue(v: string | Vote | null | undefined): string {
  if (v === null || v === undefined) return '<span class="note">none</span>';
  if (typeof v === 'string') return e(v);
  return e(`${v.for} for, ${v.against} against, ${v.abstentions} abstentions`);
}

function checkMark(c: HeaderCheck | null | undefined): string {
  if (!c) return '';
  return c.correct
    ? ' <span class="right" title="as in the gold">✓</span>'
    : ` <span class="wrong" title="differs from the gold">✗</span> <span class="note">gold: ${headerValue(c.gold)}</span>`;
}

function setLine(values: readonly string[], s: SetScore | null): string {
  const shown = values.length === 0 ? '<span class="note">none</span>' : e(values.join(', '));
  if (!s) return shown;
  const parts = [shown, ` <span class="note">F1 ${formatFigure(s.f1)}</span>`];
  if (s.missed.length > 0)
    parts.push(` <span class="badge missed">missed</span> ${e(s.missed.join(', '))}`);
  if (s.spurious.length > 0)
    parts.push(` <span class="badge spurious">spurious</span> ${e(s.spurious.join(', '))}`);
  return parts.join('');
}

function headerSection(r: ExtractionRecord, s: DocumentScore | null): string {
  const h = s?.header;
  const rows: [string, string][] = [
    ['title', headerValue(r.title) + checkMark(h?.title)],
    ['procedure', headerValue(r.procedure?.reference ?? null) + checkMark(h?.procedure)],
    ['event date', headerValue(r.event?.date ?? null) + checkMark(h?.['event.date'])],
    ['event label', headerValue(r.event?.label ?? null) + checkMark(h?.['event.label'])],
    ['vote', headerValue(r.vote) + checkMark(h?.vote)],
    ['tabled by', setLine(r.tabledBy, s?.tabledBy ?? null)],
    ['countries', setLine(r.countries, s?.countries ?? null)],
    ['format', e(r.source.format)],
  ];
  return `<h3>Header</h3><dl class="head">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function figuresSection(
  s: DocumentScore | null,
  baseline: Readonly<Record<string, number>> | null,
  tolerance: number,
): string {
  if (!s) return '<p class="note">No gold fixture for this document: nothing is scored.</p>';
  const rows = SCORECARD_ROWS.filter((r) => !r.key.startsWith('header.')).map((row) => {
    const base = baseline?.[`doc/${s.doc}.${row.key}`];
    const baseCell =
      base === undefined ? '<td class="na">–</td>' : `<td>${formatFigure(base)}</td>`;
    return `<tr data-field="${e(row.key)}"><td class="field">${e(row.label)}</td>${renderCell(row.doc(s), base, tolerance)}${baseline ? baseCell : ''}</tr>`;
  });
  const head = `<tr><th class="field">field</th><th>F1 or share</th>${baseline ? '<th>baseline</th>' : ''}</tr>`;
  const missing = s.missing ? '<p class="note wrong">The document gave no record.</p>' : '';
  return `<h3>Figures of this document</h3>${missing}<table class="card">${head}${rows.join('')}</table>`;
}

function badge(status: ItemStatus): string {
  return status === 'unscored' ? '' : `<span class="badge ${status}">${status}</span> `;
}

function statementItem(v: StatementView): string {
  const st = v.statement;
  const to = st.addressee ? ` → <em>${e(st.addressee.text)}</em>` : '';
  const partial = v.goldContent
    ? `<br><span class="note">gold: “${e(clip(v.goldContent))}”</span>`
    : '';
  const speaker = v.goldSpeaker
    ? ` <span class="wrong" title="speaker differs from the gold">gold speaker: ${e(v.goldSpeaker)}</span>`
    : '';
  return `<li class="st-item" data-k="${v.key}">${badge(v.status)}<a href="#${v.anchor}" class="act sw-k-${e(v.kind)}">${e(st.act)}</a>${to} <span class="who">[${e(st.speaker)}]</span>${speaker}: “${e(clip(st.content.text))}”${partial}</li>`;
}

function statementsSection(view: DocumentView): string {
  if (view.statements.length === 0) return '<h3>Statements</h3><p class="note">none</p>';
  return `<h3>Statements (${view.statements.length})</h3><ol>${view.statements.map(statementItem).join('')}</ol>`;
}

function missedSection(view: DocumentView, scored: boolean): string {
  if (!scored) return '';
  if (view.missed.length === 0)
    return '<h3>Missed</h3><p class="note">Nothing in the gold is missing.</p>';
  const items = view.missed.map((m) => {
    const where =
      m.anchors.length === 0
        ? ' <span class="note">(not located in the text)</span>'
        : ` ${m.anchors.map((a, i) => `<a href="#${a}">#${i + 1}</a>`).join(' ')}`;
    return `<li><span class="badge missed">${m.field}</span> ${e(clip(m.label, 240))}${where}</li>`;
  });
  return `<h3>Missed: in the gold, not in the record (${view.missed.length})</h3><ul>${items.join('')}</ul>`;
}

function spuriousSection(view: DocumentView, scored: boolean): string {
  if (!scored || view.spurious.length === 0) return '';
  const items = view.spurious.map((x) => {
    const link = x.anchor ? ` <a href="#${x.anchor}">#</a>` : '';
    return `<li><span class="badge spurious">${x.field}</span> ${e(clip(x.label, 240))}${link}</li>`;
  });
  return `<h3>Spurious: in the record, not in the gold (${view.spurious.length})</h3><ul>${items.join('')}</ul>`;
}

function partialSection(view: DocumentView): string {
  if (view.partial.length === 0) return '';
  const items = view.partial.map(
    (p) =>
      `<li><span class="badge partial">${p.field} ${formatFigure(p.figure)}</span> gold ${e(clip(p.gold, 240))}<br><span class="note">predicted ${e(clip(p.predicted, 240))}</span></li>`,
  );
  return `<h3>Partial matches (lenient only)</h3><ul>${items.join('')}</ul>`;
}

function entitiesSection(view: DocumentView): string {
  if (view.entities.length === 0) return '<h3>Entities</h3><p class="note">none</p>';
  const items = view.entities.map(
    (x) =>
      `<li data-k="${x.key}"><span class="sw t-${e(x.type)}">${e(x.type.replace('_', ' '))}</span> ${e(x.name)} <span class="note">${e(x.id)} ×${x.mentions}</span>${x.texts
        .filter((t) => t.status === 'spurious' || t.status === 'partial')
        .map((t) => ` ${badge(t.status)}${e(t.text)}`)
        .join('')}</li>`,
  );
  return `<h3>Entities (${view.entities.length})</h3><ul>${items.join('')}</ul>`;
}

function valuesSection(r: ExtractionRecord): string {
  const dates = r.dates.map(
    (d) => `<li><span class="sw dt">${e(d.value)}</span> “${e(d.span.text)}”</li>`,
  );
  const quantities = r.quantities.map(
    (q) =>
      `<li><span class="sw qt">${e(`${q.qualifier ? `${q.qualifier} ` : ''}${q.value} ${q.unit}${q.role ? ` ${q.role}` : ''}`)}</span> “${e(q.span.text)}”</li>`,
  );
  return `<h3>Dates (${dates.length})</h3>${dates.length ? `<ul>${dates.join('')}</ul>` : '<p class="note">none</p>'}<h3>Quantities (${quantities.length})</h3>${quantities.length ? `<ul>${quantities.join('')}</ul>` : '<p class="note">none</p>'}`;
}

/** The legend: entity types, dates and quantities, statement parts by kind, gold comparison. */
export function renderLegend(scored: boolean): string {
  const types = Object.keys(ENTITY_COLOURS)
    .map((t) => `<span class="t-${t}">${t.replace('_', ' ')}</span>`)
    .join('');
  const kinds = Object.keys(KIND_COLOURS)
    .map((k) => `<span class="st-content k-${k}">${k}</span>`)
    .join('');
  const gold = scored
    ? '<div class="legend"><span class="sp">spurious: predicted, not in the gold</span><span class="pa">partial: lenient match only</span><span class="ms">missed: in the gold, found in the text</span></div>'
    : '';
  return `<h3>Legend</h3><div class="legend">${types}<span class="dt">date</span><span class="qt">quantity</span></div><div class="legend"><span class="st-act k-directive">act</span><span class="st-addr k-directive">addressee</span><span class="st-content k-directive">content</span><span class="note">statement, coloured by kind:</span>${kinds}</div>${gold}<p class="note">Hover over a mark for what it is; hover a statement to see all of it.</p>`;
}

function spanMismatches(record: ExtractionRecord, text: string): number {
  let bad = 0;
  const check = (s: { start: number; end: number; text: string }): void => {
    if (text.slice(s.start, s.end) !== s.text) bad++;
  };
  for (const x of record.entities) x.mentions.forEach(check);
  for (const d of record.dates) check(d.span);
  for (const q of record.quantities) check(q.span);
  for (const s of record.statements) {
    check(s.span);
    check(s.content);
  }
  return bad;
}

/** The page of one document: its text with every extraction marked, and the lists beside it. */
export function renderDocumentPage(input: DocumentPageInput): string {
  const { record, text, score } = input;
  const view = documentView(record, text, score);
  const notes: string[] = [];
  if (input.textNote) notes.push(input.textNote);
  if (text !== null) {
    const bad = spanMismatches(record, text);
    if (bad > 0) {
      notes.push(
        `${bad} span${bad === 1 ? '' : 's'} of the record do not match this text: the source changed since the record was written, so marks may be misplaced.`,
      );
    }
  }
  const warnings = notes.map((n) => `<div class="warning">${e(n)}</div>`).join('');
  const textBlock =
    text === null
      ? '<div class="doc-text note">The document text could not be read, so nothing can be marked in it; the lists beside show what the record holds.</div>'
      : `<div class="doc-text" id="text">${renderMarkedText(text, view.marks)}</div>`;
  const aside = [
    renderLegend(score !== null),
    headerSection(record, score),
    figuresSection(score, input.baseline, input.tolerance),
    missedSection(view, score !== null),
    spuriousSection(view, score !== null),
    partialSection(view),
    statementsSection(view),
    entitiesSection(view),
    valuesSection(record),
  ].join('\n');
  const title = record.title ?? '(no title)';
  const header = `<h1>${e(record.doc)}: ${e(title)}</h1><div class="sub"><a href="${e(input.indexHref)}">← all documents</a> · ${e(record.source.format)} · ${e(record.source.path)} · ${record.sentences.length} sentences, ${record.entities.length} entities, ${record.statements.length} statements</div>`;
  return renderPage({
    title: `${record.doc}: ${title}`,
    header,
    body: `${warnings}<div class="layout"><section>${textBlock}</section><aside>${aside}</aside></div>`,
  });
}
