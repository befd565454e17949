import type { Entity, ParsedDocument, Span } from '@hemicycle/schema';
import { DocumentNames } from './document-names';
import { segmentsOf } from './segments-of';

/** Named entities (spec 2.1) with stable ids, and the countries the text names or refers to. */
export function findNames(
  doc: ParsedDocument,
  sentences: readonly Span[],
): { entities: Entity[]; countries: string[] } {
  const names = new DocumentNames(doc.text);
  for (const seg of segmentsOf(doc, sentences)) names.read(seg);
  return names.result();
}
