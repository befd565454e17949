import { z } from 'zod';
import data from './data/acts.json' with { type: 'json' };

export const StatementKindSchema = z.enum(['directive', 'expressive', 'assertive', 'commissive']);
export type StatementKind = z.infer<typeof StatementKindSchema>;

export const ActTableSchema = z.object({
  $comment: z.string().optional(),
  directive: z.array(z.string()),
  expressive: z.array(z.string()),
  assertive: z.array(z.string()),
  commissive: z.array(z.string()),
});

/** data/acts.json, typed at compile time: data.test.ts checks it against the schema. */
export const actTable: z.infer<typeof ActTableSchema> = data;

/** The act table of spec section 2.4: act lemma → kind (a later kind wins for an act listed twice). */
export const ACT_KINDS: ReadonlyMap<string, StatementKind> = new Map(
  StatementKindSchema.options.flatMap((kind) => actTable[kind].map((act) => [act, kind] as const)),
);

/** `other:<lemma>` for act verbs outside the table. */
export const OTHER_ACT = /^other:[a-z][a-z' -]*$/;

/** An act from the table or an `other:<lemma>`. */
export const ActSchema = z
  .string()
  .refine((a) => ACT_KINDS.has(a) || OTHER_ACT.test(a), { message: 'unknown act' });

/** The kind the table gives an act, or undefined for `other:` acts. */
export function kindOfAct(act: string): StatementKind | undefined {
  return ACT_KINDS.get(act);
}
