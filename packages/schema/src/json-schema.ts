import { z } from 'zod';
import { RecordSchema } from './record';

/** The record's JSON Schema, generated from zod, for users in other languages. */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RecordSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://hemicycle.dev/schema/record-v1.json',
    title: 'Hemicycle extraction record, version 1',
    description:
      'One record per input document. Every span obeys text === documentText.slice(start, end) (not expressible in JSON Schema).',
  };
}
