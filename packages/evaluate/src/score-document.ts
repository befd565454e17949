import type { ExtractionRecord, Gold } from '@hemicycle/schema';
import { type Prf, zeroFigures } from './prf';
import { type EntityScore, entityItems, scoreEntities } from './score-entities';
import { type HeaderScore, scoreHeader } from './score-header';
import { quantityKey, type SetScore, scoreSet } from './score-sets';
import {
  type DirectiveScore,
  type SpeakerScore,
  type StatementItem,
  type StatementScore,
  scoreStatements,
  statementItems,
} from './score-statements';

/** The set fields of spec section 5. */
export const SET_FIELDS = ['tabledBy', 'countries', 'dates', 'quantities'] as const;
export type SetField = (typeof SET_FIELDS)[number];

/**
 * Every figure of one document. A field the gold leaves out is `null` (not scored).
 * `missing` is true when the document has a gold fixture but no record: every gold item is
 * then missed and every figure is 0.
 */
export interface DocumentScore {
  doc: string;
  missing: boolean;
  header: HeaderScore;
  tabledBy: SetScore | null;
  countries: SetScore | null;
  dates: SetScore | null;
  quantities: SetScore | null;
  entities: EntityScore | null;
  statements: StatementScore | null;
  directives: DirectiveScore | null;
  speaker: SpeakerScore | null;
}

function zeroSet(s: SetScore): SetScore {
  return { ...zeroFigures(s), missed: s.missed, spurious: s.spurious };
}

function zeroPair<T extends { strict: Prf; lenient: Prf }>(s: T): T {
  return { ...s, strict: zeroFigures(s.strict), lenient: zeroFigures(s.lenient) };
}

/** Scores one record against its gold fixture; pass `null` for a document that gave no record. */
export function scoreDocument(record: ExtractionRecord | null, gold: Gold): DocumentScore {
  const missing = record === null;
  const set = (predicted: string[], goldValues: string[] | undefined): SetScore | null => {
    if (goldValues === undefined) return null;
    const s = scoreSet(predicted, goldValues);
    return missing ? zeroSet(s) : s;
  };
  const entities =
    gold.entities === undefined
      ? null
      : scoreEntities(
          record ? entityItems(record) : [],
          gold.entities.map((e) => ({ type: e.type, text: e.text })),
        );
  const statements =
    gold.statements === undefined
      ? null
      : scoreStatements(
          record ? statementItems(record) : [],
          gold.statements.map(
            (s): StatementItem => ({
              act: s.act,
              speaker: s.speaker,
              addressee: s.addressee,
              content: s.content,
            }),
          ),
        );
  return {
    doc: gold.doc,
    missing,
    header: scoreHeader(record, gold),
    tabledBy: set(record?.tabledBy ?? [], gold.tabledBy),
    countries: set(record?.countries ?? [], gold.countries),
    dates: set(
      record?.dates.map((d) => d.value) ?? [],
      gold.dates?.map((d) => d.value),
    ),
    quantities: set(record?.quantities.map(quantityKey) ?? [], gold.quantities?.map(quantityKey)),
    entities: entities && missing ? zeroPair(entities) : entities,
    statements: statements && (missing ? zeroPair(statements.statements) : statements.statements),
    directives: statements && (missing ? zeroPair(statements.directives) : statements.directives),
    speaker: statements?.speaker ?? null,
  };
}
