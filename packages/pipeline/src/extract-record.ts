import { extractEntities } from '@hemicycle/entities';
import { parseHeader } from '@hemicycle/ingest';
import type { ExtractionRecord, ParsedDocument, SourceDocument } from '@hemicycle/schema';
import { segmentSentences } from '@hemicycle/segment';
import { extractStatements } from '@hemicycle/statements';
import { onOriginalText, visibleText } from './invisible-characters';

/**
 * The whole pipeline as one pure function: a decoded document to its record.
 * header → sentences → entities, countries, dates, quantities → statements.
 * A text with invisible characters (soft hyphens, zero-width spaces) is read without them, and
 * the record's spans are put back onto the text as given.
 */
export function extractRecord(source: SourceDocument): ExtractionRecord {
  const view = visibleText(source.text);
  if (view === null) return readRecord(source);
  return onOriginalText(readRecord({ ...source, text: view.text }), view, source.text);
}

function readRecord(source: SourceDocument): ExtractionRecord {
  const header = parseHeader(source.text);
  const doc: ParsedDocument = { ...source, header };
  const sentences = segmentSentences(source.text, header.bodyStart);
  const { entities, countries, dates, quantities } = extractEntities(doc, sentences);
  const statements = extractStatements(doc, sentences, entities);
  return {
    schemaVersion: 1,
    doc: source.id,
    source: {
      path: source.path,
      sha256: source.sha256,
      bytes: source.bytes,
      format: header.format,
    },
    title: header.title,
    procedure: header.procedure,
    event: header.event,
    vote: header.vote,
    tabledBy: header.tabledBy,
    sentences,
    entities,
    countries,
    dates,
    quantities,
    statements,
  };
}
