export {
  ACT_KINDS,
  ActSchema,
  kindOfAct,
  OTHER_ACT,
  type StatementKind,
  StatementKindSchema,
} from './acts';
export type { Header, ParsedDocument, SourceDocument } from './document';
export { type Gold, GoldSchema } from './gold';
export type { JsonOf } from './json-of';
export { recordJsonSchema } from './json-schema';
export {
  POLITICAL_GROUP_IDS,
  type PoliticalGroup,
  type PoliticalGroupId,
  PoliticalGroupIdSchema,
  politicalGroups,
  resolvePoliticalGroup,
} from './political-groups';
export {
  type Addressee,
  AddresseeSchema,
  type DateMention,
  DateMentionSchema,
  ENTITY_TYPES,
  type Entity,
  EntitySchema,
  type EntityType,
  EntityTypeSchema,
  type Event,
  EventSchema,
  type ExtractionRecord,
  FORMATS,
  type Format,
  FormatSchema,
  ISO_DATE_VALUE,
  ISO_DAY,
  PROCEDURE_REFERENCE,
  type Procedure,
  ProcedureSchema,
  QUALIFIERS,
  QUANTITY_ROLES,
  QUANTITY_UNITS,
  type Qualifier,
  type Quantity,
  type QuantityRole,
  QuantitySchema,
  type QuantityUnit,
  RecordSchema,
  type Source,
  SourceSchema,
  type Statement,
  StatementSchema,
  type Vote,
  VoteSchema,
} from './record';
export { err, ok, type Result } from './result';
export { makeSpan, type Range, type Span, SpanSchema } from './span';
export { formatIssues, type RecordIssue, validateRecord } from './validate';
