import type { EntityType } from '@hemicycle/schema';

/** A possible mention, as token indexes [s, e) of its segment. */
export interface Candidate {
  s: number;
  e: number;
  /** null: a non-entity (policy, boilerplate) that keeps its words from being read as names. */
  type: EntityType | null;
  id?: string;
  name?: string;
  /** Higher wins between candidates of one length. */
  rank: number;
  /** Names inside it may stand as mentions of their own (roles, references to parts of acts). */
  nestable?: boolean;
  /** From a gazetteer (may nest inside a nestable candidate). */
  known?: boolean;
  /** Type of the doc-level registry entry to add (persons, places, organisations found by rule). */
  register?: boolean;
}

/** Ranks: a gazetteer name beats a rule of the same length. */
export const RANK = {
  nonEntity: 9,
  partRef: 8,
  numbered: 8,
  gazetteer: 7,
  authority: 7,
  head: 5,
  person: 4,
  place: 3,
  guess: 1,
} as const;

/** Which names may stand nested inside a name of each type. */
const NESTED_TYPES: Partial<Record<EntityType | 'none', readonly EntityType[]>> = {
  role: ['institution', 'organization', 'country'],
  legal_act: ['institution', 'organization', 'legal_act'],
  authority: ['country'],
  none: ['institution', 'organization', 'country', 'legal_act', 'political_group'],
};

/**
 * The mentions to keep: longest first, then by rank, never overlapping; inside a nestable
 * candidate, gazetteer names that stand by themselves are kept too.
 */
export function chooseCandidates(cands: readonly Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.e - b.s - (a.e - a.s) || b.rank - a.rank || a.s - b.s);
  const chosen: Candidate[] = [];
  const overlaps = (c: Candidate, list: readonly Candidate[]) =>
    list.some((o) => c.s < o.e && o.s < c.e);
  for (const c of sorted) if (!overlaps(c, chosen)) chosen.push(c);
  const nested: Candidate[] = [];
  for (const parent of chosen) {
    if (!parent.nestable) continue;
    const allowed = NESTED_TYPES[parent.type ?? 'none'] ?? [];
    for (const c of sorted) {
      if (!c.known || c.type === null || !allowed.includes(c.type)) continue;
      if (c.id !== undefined && c.id === parent.id) continue;
      if (c.s < parent.s || c.e > parent.e || (c.s === parent.s && c.e === parent.e)) continue;
      if (!overlaps(c, nested)) nested.push(c);
    }
  }
  return [...chosen, ...nested].sort((a, b) => a.s - b.s || b.e - a.e);
}
