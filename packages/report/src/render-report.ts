import { type Scorecard, scorecardFigures } from '@hemicycle/evaluate';
import type { ExtractionRecord } from '@hemicycle/schema';
import { documentFileNames } from './document-file-names';
import { renderDocumentPage } from './render-document-page';
import { renderIndexPage } from './render-index-page';

/** A record with its document text (null when it could not be read; `textNote` says why). */
export interface ReportDocument {
  record: ExtractionRecord;
  text: string | null;
  textNote?: string | null;
}

/** Flat figures (`scorecardFigures`) of the committed baseline, with where they come from. */
export interface ReportBaseline {
  label: string;
  figures: Readonly<Record<string, number>>;
}

export interface ReportInput {
  documents: readonly ReportDocument[];
  /** The scorecard of the records against gold fixtures, or null when there is no gold. */
  scorecard: Scorecard | null;
  baseline: ReportBaseline | null;
  goldLabel?: string | null;
  recordsLabel?: string | null;
  /** A figure this far below its baseline is marked as a drop (default 0.005). */
  tolerance?: number;
}

/** The regression margin of the quality gate: drops up to this much are noise. */
export const DEFAULT_TOLERANCE = 0.005;

/**
 * The static review as files: `index.html` (scorecard table, chart against the baseline, list
 * of documents) and `docs/<id>.html` per record (its text with every extraction marked). Pure:
 * returns file name → HTML; the caller writes them. Pages fetch nothing and run only their own
 * hover script; every text from documents, records and gold is escaped.
 */
export function renderReport(input: ReportInput): Map<string, string> {
  const records = input.documents.map((d) => d.record);
  const pages = documentFileNames(records.map((r) => r.doc));
  const scores = new Map(input.scorecard?.documents.map((d) => [d.doc, d]) ?? []);
  const textNotes = new Map<string, string>();
  const files = new Map<string, string>();
  for (const d of input.documents) {
    const note = d.textNote ?? null;
    if (d.text === null) textNotes.set(d.record.doc, note ?? 'the document text could not be read');
    const page = pages.get(d.record.doc)!;
    if (files.has(page)) continue;
    files.set(
      page,
      renderDocumentPage({
        record: d.record,
        text: d.text,
        textNote: d.text === null ? (note ?? 'The document text could not be read.') : note,
        score: scores.get(d.record.doc) ?? null,
        indexHref: '../index.html',
        baseline: input.baseline?.figures ?? null,
        tolerance: input.tolerance ?? DEFAULT_TOLERANCE,
      }),
    );
  }
  files.set(
    'index.html',
    renderIndexPage({
      records,
      pages,
      textNotes,
      scorecard: input.scorecard,
      figures: input.scorecard ? scorecardFigures(input.scorecard) : {},
      baseline: input.baseline,
      goldLabel: input.goldLabel ?? null,
      recordsLabel: input.recordsLabel ?? null,
      tolerance: input.tolerance ?? DEFAULT_TOLERANCE,
    }),
  );
  return files;
}
