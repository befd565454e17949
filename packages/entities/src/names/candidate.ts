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
  /** A known short form that is a common word ("Union", "Council"): never nested as the last word. */
  common?: boolean;
  /** An office named with its holder ("Vice-President of the Commission Maroš Šefčovič"): no mention, names inside it are. */
  title?: boolean;
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
  role: ['institution', 'organization', 'country', 'location'],
  legal_act: ['institution', 'organization', 'legal_act'],
  authority: ['country'],
  none: ['institution', 'organization', 'country', 'location', 'legal_act', 'political_group'],
};

/**
 * The mentions to keep: longest first, then by rank, never overlapping; inside a nestable
 * candidate, gazetteer names that stand by themselves are kept too.
 */
export function chooseCandidates(cands: readonly Candidate[]): Candidate[] {
  if (cands.length === 0) return [];
  const sorted = [...cands].sort(byLengthRankStart);
  let size = 0;
  for (const c of cands) if (c.e > size) size = c.e;
  // which tokens a kept candidate covers: overlap tests cost the candidate's length, not the list's
  const taken = new Uint8Array(size);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (!free(c, taken)) continue;
    chosen.push(c);
    taken.fill(1, c.s, c.e);
  }
  const nested: Candidate[] = [];
  const nestedTaken = new Uint8Array(size);
  // known names by start token, so that each parent looks only at the names inside it
  const byStart: Candidate[][] = [];
  for (const c of sorted) {
    if (c.known !== true || c.type === null) continue;
    let list = byStart[c.s];
    if (!list) {
      list = [];
      byStart[c.s] = list;
    }
    list.push(c);
  }
  for (const parent of chosen) {
    if (!parent.nestable) continue;
    const allowed = NESTED_TYPES[parent.type ?? 'none'] ?? [];
    const inside: Candidate[] = [];
    for (let k = parent.s; k < parent.e; k++) for (const c of byStart[k] ?? []) inside.push(c);
    inside.sort(byLengthRankStart);
    for (const c of inside) {
      if (c.e > parent.e || (c.s === parent.s && c.e === parent.e)) continue;
      if (c.type === null || !allowed.includes(c.type)) continue;
      if (c.id !== undefined && c.id === parent.id) continue;
      // "Energy Union", "State of the Union": the head word of a longer name is no mention of its own
      if (c.common && c.e === parent.e && !parent.title) continue;
      if (!free(c, nestedTaken)) continue;
      nested.push(c);
      nestedTaken.fill(1, c.s, c.e);
    }
  }
  return [...chosen, ...nested].sort(byStartLongestFirst);
}

// Comparators and helpers at module level, not closures made per call: V8 holds a closure's
// optimised code only weakly, so closures made afresh for every sentence were compiled again
// after every full GC (`node --trace-opt`: up to 47 times each on the 50 MB bench corpus).

/** Longest first, then by rank, then leftmost. */
function byLengthRankStart(a: Candidate, b: Candidate): number {
  return b.e - b.s - (a.e - a.s) || b.rank - a.rank || a.s - b.s;
}

/** Leftmost first; of two at one start, the longer. */
function byStartLongestFirst(a: Candidate, b: Candidate): number {
  return a.s - b.s || b.e - a.e;
}

/** Whether none of a candidate's tokens is marked. */
function free(c: Candidate, marks: Uint8Array): boolean {
  for (let k = c.s; k < c.e; k++) if (marks[k] === 1) return false;
  return true;
}
