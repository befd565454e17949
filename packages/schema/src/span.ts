import { z } from 'zod';

/** Offsets into the document text in UTF-16 code units, `end` exclusive; `text` is the slice. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end is before its start' })
  .refine((s) => s.text.length === s.end - s.start, {
    message: 'span text length differs from end - start',
  });

export type Span = z.infer<typeof SpanSchema>;

/** A span projected from offsets: the text is always the slice, never a copy that can drift. */
export function makeSpan(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

/** The offsets of a span, for stages that work on positions only. */
export interface Range {
  start: number;
  end: number;
}
