import type { ExtractionRecord, Gold, Vote } from '@hemicycle/schema';
import { foldSpaces } from './tokenize';

/** The header fields of spec section 5, in report order. */
export const HEADER_FIELDS = ['title', 'procedure', 'event.date', 'event.label', 'vote'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** One header field of one document: right or wrong, with both values to read a miss. */
export interface HeaderCheck {
  correct: boolean;
  gold: string | Vote | null;
  predicted: string | Vote | null;
}

/** A field the gold leaves out is not scored (null); a gold `null` is scored. */
export type HeaderScore = Record<HeaderField, HeaderCheck | null>;

function sameVote(a: Vote | null, b: Vote | null): boolean {
  if (a === null || b === null) return a === b;
  return a.for === b.for && a.against === b.against && a.abstentions === b.abstentions;
}

function sameTitle(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  return foldSpaces(predicted) === foldSpaces(gold);
}

function check(
  correct: boolean,
  gold: string | Vote | null,
  predicted: string | Vote | null,
): HeaderCheck {
  return { correct, gold, predicted };
}

function copyVote(v: Vote | null | undefined): Vote | null {
  return v ? { for: v.for, against: v.against, abstentions: v.abstentions } : null;
}

/**
 * Scores the header fields: exact equality, titles compared with runs of white space (no-break
 * spaces included) folded to one space. With no record (`null`), every scored field is wrong.
 */
export function scoreHeader(record: ExtractionRecord | null, gold: Gold): HeaderScore {
  const missing = record === null;
  const title = record?.title ?? null;
  const procedure = record?.procedure?.reference ?? null;
  const event = record?.event ?? null;
  const vote = copyVote(record?.vote);
  const score: HeaderScore = {
    title: null,
    procedure: null,
    'event.date': null,
    'event.label': null,
    vote: null,
  };
  if (gold.title !== undefined) {
    score.title = check(!missing && sameTitle(title, gold.title), gold.title, title);
  }
  if (gold.procedure !== undefined) {
    score.procedure = check(!missing && procedure === gold.procedure, gold.procedure, procedure);
  }
  if (gold.event !== undefined) {
    const g = gold.event;
    const dateRight = g === null ? event === null : event?.date === g.date;
    const labelRight = g === null ? event === null : event !== null && event.label === g.label;
    score['event.date'] = check(!missing && dateRight, g?.date ?? null, event?.date ?? null);
    score['event.label'] = check(!missing && labelRight, g?.label ?? null, event?.label ?? null);
  }
  if (gold.vote !== undefined) {
    const g = copyVote(gold.vote);
    score.vote = check(!missing && sameVote(vote, g), g, vote);
  }
  return score;
}
