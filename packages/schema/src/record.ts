import { z } from 'zod';
import { ActSchema, kindOfAct, StatementKindSchema } from './acts';
import { PoliticalGroupIdSchema } from './political-groups';
import { SpanSchema } from './span';

export const FORMATS = ['oeil-summary', 'ep-resolution', 'press-release', 'text'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

export const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_POINT = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `START/END` of those. */
export const ISO_DATE_VALUE = new RegExp(`^${ISO_POINT}(?:/${ISO_POINT})?$`);

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  format: FormatSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const PROCEDURE_REFERENCE = /^(\d{4})\/(\d{4}[A-Z]?)\(([A-Z]{3,4})\)$/;
export const ProcedureSchema = z
  .object({
    reference: z.string().regex(PROCEDURE_REFERENCE),
    year: z.number().int(),
    number: z.string(),
    type: z.string(),
  })
  .refine((p) => p.reference === `${p.year}/${p.number}(${p.type})`, {
    message: 'procedure parts disagree with its reference',
  });
export type Procedure = z.infer<typeof ProcedureSchema>;

export const EventSchema = z.object({
  date: z.string().regex(ISO_DAY),
  label: z.string().min(1).nullable(),
});
export type Event = z.infer<typeof EventSchema>;

export const VoteSchema = z.object({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstentions: z.number().int().nonnegative(),
});
export type Vote = z.infer<typeof VoteSchema>;

export const ENTITY_TYPES = [
  'institution',
  'political_group',
  'organization',
  'authority',
  'role',
  'person',
  'country',
  'location',
  'legal_act',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  mentions: z.array(SpanSchema).min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

export const DateMentionSchema = z.object({
  value: z.string().regex(ISO_DATE_VALUE),
  span: SpanSchema,
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const QUANTITY_UNITS = [
  'person',
  'child',
  'EUR',
  'USD',
  'percent',
  'vote',
  'other',
] as const;
export const QUANTITY_ROLES = [
  'killed',
  'injured',
  'detained',
  'deported',
  'displaced',
  'participants',
  'returned',
  'for',
  'against',
  'abstentions',
] as const;
export const QUALIFIERS = ['more than', 'less than', 'about', 'at least', 'up to'] as const;

export const QuantitySchema = z.object({
  value: z.number().finite(),
  unit: z.enum(QUANTITY_UNITS),
  role: z.enum(QUANTITY_ROLES).nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  span: SpanSchema,
});
export type Quantity = z.infer<typeof QuantitySchema>;
export type QuantityUnit = Quantity['unit'];
export type QuantityRole = NonNullable<Quantity['role']>;
export type Qualifier = NonNullable<Quantity['qualifier']>;

/** Whom a directive is addressed to: the id of the first addressee and the whole phrase as a span. */
export const AddresseeSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Addressee = z.infer<typeof AddresseeSchema>;

export const StatementSchema = z
  .object({
    act: ActSchema,
    kind: StatementKindSchema,
    speaker: z.string().min(1),
    addressee: AddresseeSchema.nullable(),
    content: SpanSchema,
    sentence: z.number().int().nonnegative(),
    span: SpanSchema,
  })
  .refine((s) => (kindOfAct(s.act) ?? s.kind) === s.kind, {
    message: 'kind does not follow from act (spec 2.4 table)',
  });
export type Statement = z.infer<typeof StatementSchema>;

const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

export const RecordSchema = z.object({
  schemaVersion: z.literal(1),
  doc: z.string().min(1),
  source: SourceSchema,
  title: z.string().nullable(),
  procedure: ProcedureSchema.nullable(),
  event: EventSchema.nullable(),
  vote: VoteSchema.nullable(),
  tabledBy: z
    .array(PoliticalGroupIdSchema)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'tabledBy has duplicates' }),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  countries: z.array(CountryCodeSchema).refine(isSortedUnique, {
    message: 'countries must be sorted with no duplicates',
  }),
  dates: z.array(DateMentionSchema),
  quantities: z.array(QuantitySchema),
  statements: z.array(StatementSchema),
});
/** One extraction record (spec record-v1 section 1). */
export type ExtractionRecord = z.infer<typeof RecordSchema>;

function isSortedUnique(xs: readonly string[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]! >= xs[i]!) return false;
  return true;
}
