import {
  AddresseeSchema,
  DateMentionSchema,
  EntitySchema,
  EventSchema,
  type ExtractionRecord,
  ProcedureSchema,
  QuantitySchema,
  RecordSchema,
  SourceSchema,
  SpanSchema,
  StatementSchema,
  VoteSchema,
} from '@hemicycle/schema';

type Json = Record<string, unknown>;

/** Key orders taken from the schema, so that the output follows the contract's order. */
const KEYS = {
  record: Object.keys(RecordSchema.shape),
  source: Object.keys(SourceSchema.shape),
  procedure: Object.keys(ProcedureSchema.shape),
  event: Object.keys(EventSchema.shape),
  vote: Object.keys(VoteSchema.shape),
  entity: Object.keys(EntitySchema.shape),
  span: Object.keys(SpanSchema.shape),
  date: Object.keys(DateMentionSchema.shape),
  quantity: Object.keys(QuantitySchema.shape),
  statement: Object.keys(StatementSchema.shape),
  addressee: Object.keys(AddresseeSchema.shape),
} as const;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as it is: `ordered`'s default for nested values. */
const asIs = (_: string, v: unknown): unknown => v;

/**
 * A copy of `obj` with the schema's keys first, in the schema's order, then any other keys
 * (the pipeline may add fields) in their own order. `child` reorders nested values.
 */
function ordered(
  obj: unknown,
  keys: readonly string[],
  child: (key: string, value: unknown) => unknown = asIs,
): unknown {
  if (!isObject(obj)) return obj;
  const out: Json = {};
  for (const k of keys) if (Object.hasOwn(obj, k)) out[k] = child(k, obj[k]);
  for (const k of Object.keys(obj)) if (!Object.hasOwn(out, k)) out[k] = obj[k];
  return out;
}

// Every reordering function is defined once, here: closures made per record die young, and V8
// drops their optimised code with them, so each record's closures were compiled again and again.
const each = (v: unknown, f: (x: unknown) => unknown): unknown => (Array.isArray(v) ? v.map(f) : v);
const span = (v: unknown): unknown => ordered(v, KEYS.span);
const spanField = (k: string, v: unknown): unknown => (k === 'span' ? span(v) : v);
const mentionsField = (k: string, m: unknown): unknown => (k === 'mentions' ? each(m, span) : m);
const entity = (e: unknown): unknown => ordered(e, KEYS.entity, mentionsField);
const date = (d: unknown): unknown => ordered(d, KEYS.date, spanField);
const quantity = (q: unknown): unknown => ordered(q, KEYS.quantity, spanField);
const statementField = (k: string, x: unknown): unknown => {
  if (k === 'addressee') return ordered(x, KEYS.addressee);
  return k === 'content' || k === 'span' ? span(x) : x;
};
const statement = (s: unknown): unknown => ordered(s, KEYS.statement, statementField);

const RECORD_CHILDREN: Record<string, (v: unknown) => unknown> = {
  source: (v) => ordered(v, KEYS.source),
  procedure: (v) => ordered(v, KEYS.procedure),
  event: (v) => ordered(v, KEYS.event),
  vote: (v) => ordered(v, KEYS.vote),
  sentences: (v) => each(v, span),
  entities: (v) => each(v, entity),
  dates: (v) => each(v, date),
  quantities: (v) => each(v, quantity),
  statements: (v) => each(v, statement),
};
const recordField = (k: string, v: unknown): unknown => {
  const reorder = RECORD_CHILDREN[k];
  return reorder ? reorder(v) : v;
};

/**
 * One record as one line of JSON (no trailing newline), keys in the schema's order whatever
 * the order they were built in, so that the same record always gives the same bytes.
 * Fields the schema does not know follow the known ones, in their own order.
 */
export function serializeRecord(record: ExtractionRecord): string {
  return JSON.stringify(ordered(record, KEYS.record, recordField));
}
