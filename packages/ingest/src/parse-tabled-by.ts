import {
  type JsonOf,
  type PoliticalGroupId,
  politicalGroups,
  resolvePoliticalGroup,
} from '@hemicycle/schema';
import { z } from 'zod';
import { compilePatterns, matchesAny, PatternListSchema } from './compile-patterns';
import data from './data/tabled-by.json' with { type: 'json' };
import { PhraseIndex } from './match-phrase';

export const TabledByTableSchema = z.object({
  $comment: z.string().optional(),
  bodyTriggers: PatternListSchema,
  headerTriggers: PatternListSchema,
  listWords: z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)) }),
  notTheText: PatternListSchema,
});
// Typed at compile time; checked against the schema in data.test.ts, not parsed at import.
export const tabledByTable: JsonOf<z.infer<typeof TabledByTableSchema>> = data;

/** One small pattern per phrasing (small patterns keep the ReDoS check decidable), each scanned once. */
const bodyTriggers = compilePatterns(tabledByTable.bodyTriggers, 'g');
const headerTriggers = compilePatterns(tabledByTable.headerTriggers, 'g');
const notTheText = compilePatterns(tabledByTable.notTheText, 'i');

/** Every way the schema's data writes a group: short labels and full names. */
const groupNames = new PhraseIndex(
  politicalGroups.flatMap((g) => [...g.aliases, ...g.fullNames]),
  true,
);
/** Words that may stand between the groups of a list. */
const listWords = new PhraseIndex(tabledByTable.listWords.words, false);
/** Characters that separate the groups of a list (not a line break). */
const LIST_SEPARATORS = ' \t\u00A0,;';
/** A group name or list word must not run on into a longer word ("IDentity", "Renewed"). */
const NAME_CHAR = /[\p{L}\p{N}/&]/u;
const isNameChar = (c: string) => NAME_CHAR.test(c);

/** Aliases long enough to be recognised whatever their case ("the Left" → "The Left"). */
const longAliases = new Map<string, PoliticalGroupId>();
for (const g of politicalGroups)
  for (const a of g.aliases) if (a.length >= 5) longAliases.set(a.toLowerCase(), g.id);

/** The canonical id of a label found in a list, or null. */
export function resolveGroupLabel(label: string): PoliticalGroupId | null {
  const folded = label.replace(/\s+/gu, ' ').trim();
  return (
    resolvePoliticalGroup(folded) ??
    longAliases.get(folded.toLowerCase()) ??
    longAliases.get(folded.replace(/^the\s/i, '').toLowerCase()) ??
    null
  );
}

const MAX_LIST = 400;

/**
 * The groups of a list starting at `from` ("the EPP, ECR, ALDE, S&D, and Greens/EFA groups",
 * "the EPP, S&D, Renew, Greens/EFA and ECR groups and The Left", "the Verts/ALE Group"),
 * with their offsets. The list ends at the first word that is neither a group nor a list word.
 */
export function readGroupList(
  text: string,
  from: number,
): { id: PoliticalGroupId; index: number }[] {
  const found: { id: PoliticalGroupId; index: number }[] = [];
  const limit = Math.min(text.length, from + MAX_LIST);
  let pos = from;
  while (pos < limit) {
    let advanced = false;
    for (const end of groupNames.endsAt(text, pos, isNameChar)) {
      const id = resolveGroupLabel(text.slice(pos, end));
      if (id) {
        found.push({ id, index: pos });
        pos = end;
        advanced = true;
        break;
      }
    }
    if (advanced) continue;
    if (LIST_SEPARATORS.includes(text[pos]!)) {
      pos++;
      continue;
    }
    const word = listWords.endsAt(text, pos, isNameChar).next();
    if (word.done) break;
    pos = word.value;
  }
  return found;
}

function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return cut === -1 ? before : before.slice(cut + 1);
}

/**
 * The canonical ids of the groups that tabled the text (spec section 3), in order of first
 * mention, no duplicates: lists after "tabled by" anywhere in the text (not in sentences about
 * amendments), and in the header (`[0, headerEnd)`) lists after "on behalf of" and after a
 * document reference ("B9-0220/2020 (Verts/ALE)"). Groups merely mentioned elsewhere do not count.
 */
export function parseTabledBy(text: string, headerEnd = 0): PoliticalGroupId[] {
  const found: { id: PoliticalGroupId; index: number }[] = [];
  const header = text.slice(0, headerEnd);
  for (const trigger of headerTriggers) {
    trigger.lastIndex = 0;
    for (let m = trigger.exec(header); m !== null; m = trigger.exec(header)) {
      found.push(...readGroupList(text, m.index + m[0].length));
    }
  }
  for (const trigger of bodyTriggers) {
    trigger.lastIndex = 0;
    for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
      if (matchesAny(notTheText, sentenceBefore(text, m.index))) continue;
      found.push(...readGroupList(text, m.index + m[0].length));
    }
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.id))];
}
