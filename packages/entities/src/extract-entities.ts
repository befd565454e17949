import type { DateMention, Entity, ParsedDocument, Quantity, Span } from '@hemicycle/schema';
import { findDates } from './dates/find-dates';
import { findNames } from './names/find-names';
import { findQuantities } from './quantities/find-quantities';

/** What the entities stage adds to a record. */
export interface EntityExtraction {
  entities: Entity[];
  /** ISO 3166-1 alpha-2 codes, sorted, no duplicates. */
  countries: string[];
  dates: DateMention[];
  quantities: Quantity[];
}

/** Entities with stable ids, countries, dates and quantities of a parsed document. */
export function extractEntities(doc: ParsedDocument, sentences: readonly Span[]): EntityExtraction {
  const { entities, countries } = findNames(doc, sentences);
  return {
    entities,
    countries,
    dates: findDates(doc, sentences),
    quantities: findQuantities(doc, sentences),
  };
}
