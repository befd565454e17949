import { z } from 'zod';
import data from './data/political-groups.json' with { type: 'json' };
import type { JsonOf } from './json-of';

export const POLITICAL_GROUP_IDS = [
  'EPP',
  'EPP-ED',
  'S&D',
  'PES',
  'Renew',
  'ALDE',
  'Greens/EFA',
  'ECR',
  'GUE/NGL',
  'The Left',
  'EFD',
  'EFDD',
  'ENF',
  'ID',
  'PfE',
  'ESN',
  'UEN',
  'IND/DEM',
  'NI',
] as const;

export const PoliticalGroupIdSchema = z.enum(POLITICAL_GROUP_IDS);
export type PoliticalGroupId = z.infer<typeof PoliticalGroupIdSchema>;

export interface PoliticalGroup {
  id: PoliticalGroupId;
  /** Short labels, matched as written (case-sensitive). */
  aliases: readonly string[];
  /** Full names, matched case-insensitively. */
  fullNames: readonly string[];
}

export const GroupTableSchema = z.object({
  $comment: z.string().optional(),
  groups: z.array(
    z.object({
      id: PoliticalGroupIdSchema,
      aliases: z.array(z.string().min(1)),
      fullNames: z.array(z.string().min(1)),
    }),
  ),
});

/** The data file, typed at compile time: data.test.ts checks it against the schema. */
const groupTable: JsonOf<z.infer<typeof GroupTableSchema>> = data;

/** A group id of the data file as a `PoliticalGroupId` (JSON strings are typed `string`). */
function groupId(id: string): PoliticalGroupId {
  const known = POLITICAL_GROUP_IDS.find((g) => g === id);
  if (known === undefined) throw new Error(`political-groups.json: unknown group id "${id}"`);
  return known;
}

/** The political groups of spec section 3, from data. */
export const politicalGroups: readonly PoliticalGroup[] = groupTable.groups.map((g) => ({
  id: groupId(g.id),
  aliases: g.aliases,
  fullNames: g.fullNames,
}));

const byAlias = new Map<string, PoliticalGroupId>();
const byFullName = new Map<string, PoliticalGroupId>();
for (const g of politicalGroups) {
  for (const a of g.aliases) byAlias.set(a, g.id);
  for (const f of g.fullNames) byFullName.set(normaliseName(f), g.id);
}

function normaliseName(s: string): string {
  return s.replace(/[’`]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The canonical id of a group label as texts write it ("Verts/ALE" → "Greens/EFA",
 * "PPE" → "EPP", "Group of the Greens/European Free Alliance" → "Greens/EFA"), or null.
 * A trailing "Group"/"group"/"groups" is ignored.
 */
export function resolvePoliticalGroup(label: string): PoliticalGroupId | null {
  const trimmed = label.trim();
  const direct = byAlias.get(trimmed);
  if (direct) return direct;
  const words = trimmed.split(/\s+/);
  if (words.length > 1 && /^[Gg]roups?$/.test(words.at(-1)!)) words.pop();
  const withoutGroup = words.join(' ');
  const withoutThe = words[0]?.toLowerCase() === 'the' ? words.slice(1).join(' ') : withoutGroup;
  return (
    byAlias.get(withoutGroup) ??
    byAlias.get(withoutThe) ??
    byFullName.get(normaliseName(trimmed)) ??
    null
  );
}
