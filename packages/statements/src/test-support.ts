import type { Entity, Format, ParsedDocument, Statement } from '@hemicycle/schema';
import { segmentSentences } from '@hemicycle/segment';
import { extractStatements } from './extract-statements';

/** A document of one genre around a body text, for tests: header fields set by hand. */
export function docOf(
  body: string,
  format: Format,
  eventLabel: string | null = null,
): ParsedDocument {
  const head = eventLabel ? `## Test\n2012/2553(RSP) - 15/03/2012 - ${eventLabel}\n` : '## Test\n';
  const text = head + body;
  return {
    id: 'test',
    path: 'test.txt',
    text,
    sha256: '0'.repeat(64),
    bytes: text.length,
    header: {
      format,
      title: 'Test',
      procedure: null,
      event: eventLabel ? { date: '2012-03-15', label: eventLabel } : null,
      vote: null,
      tabledBy: [],
      bodyStart: head.length,
    },
  };
}

/** The statements of a document, sentences from the real splitter. */
export function statementsOf(doc: ParsedDocument, entities: readonly Entity[] = []): Statement[] {
  return extractStatements(doc, segmentSentences(doc.text, doc.header.bodyStart), entities);
}

/** What a test compares: act, addressee text and content text. */
export function brief(s: Statement): { act: string; addressee: string | null; content: string } {
  return { act: s.act, addressee: s.addressee?.text ?? null, content: s.content.text };
}

/** An entity with one mention: where `written` stands in the document for the `nth` time (from 0). */
export function entityAt(
  doc: ParsedDocument,
  id: string,
  type: Entity['type'],
  name: string,
  written: string,
  nth = 0,
): Entity {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = doc.text.indexOf(written, at + 1);
  if (at < 0) throw new Error(`"${written}" is not in the test document`);
  return { id, type, name, mentions: [{ start: at, end: at + written.length, text: written }] };
}
