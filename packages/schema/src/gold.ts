import { z } from 'zod';
import { ActSchema } from './acts';
import { PoliticalGroupIdSchema } from './political-groups';
import {
  EntityTypeSchema,
  ISO_DATE_VALUE,
  ISO_DAY,
  QUANTITY_ROLES,
  QUANTITY_UNITS,
  VoteSchema,
} from './record';

/**
 * A hand-written gold fixture (spec section 4): what a record must contain, without offsets.
 * A field left out of a fixture is not scored.
 */
export const GoldSchema = z
  .object({
    doc: z.string().min(1),
    title: z.string().nullable().optional(),
    procedure: z.string().nullable().optional(),
    event: z
      .object({ date: z.string().regex(ISO_DAY), label: z.string().nullable() })
      .nullable()
      .optional(),
    vote: VoteSchema.nullable().optional(),
    tabledBy: z.array(PoliticalGroupIdSchema).optional(),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
    entities: z.array(z.object({ type: EntityTypeSchema, text: z.string().min(1) })).optional(),
    dates: z.array(z.object({ value: z.string().regex(ISO_DATE_VALUE) })).optional(),
    quantities: z
      .array(
        z.object({
          value: z.number(),
          unit: z.enum(QUANTITY_UNITS),
          role: z.enum(QUANTITY_ROLES).nullable(),
        }),
      )
      .optional(),
    statements: z
      .array(
        z.object({
          act: ActSchema,
          speaker: z.string().min(1),
          addressee: z.string().nullable(),
          content: z.string(),
        }),
      )
      .optional(),
  })
  .passthrough();
export type Gold = z.infer<typeof GoldSchema>;
