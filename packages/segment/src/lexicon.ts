import type { JsonOf } from '@hemicycle/schema';
import { z } from 'zod';
import abbreviationsJson from './data/abbreviations.json' with { type: 'json' };
import continuationJson from './data/continuation-words.json' with { type: 'json' };
import referenceNounsJson from './data/reference-nouns.json' with { type: 'json' };
import startersJson from './data/sentence-starters.json' with { type: 'json' };

/** How a full stop after an abbreviation behaves (see data/abbreviations.json). */
export type AbbreviationClass = 'never' | 'beforeNumber' | 'maybe';

const FORM = z.string().min(1).max(12);
export const AbbreviationsSchema = z.object({
  $comment: z.string().optional(),
  never: z.array(FORM),
  beforeNumber: z.array(FORM),
  maybe: z.array(FORM),
  multiword: z.array(z.tuple([FORM, FORM])),
});
export const WordListSchema = z.object({
  $comment: z.string().optional(),
  words: z.array(z.string().min(1).max(30)),
});

// The data files are typed at compile time; data.test.ts checks them against the schemas above
// (they are not parsed at import: that cost start-up time).
export const abbreviations: JsonOf<z.infer<typeof AbbreviationsSchema>> = abbreviationsJson;
export const sentenceStarters: z.infer<typeof WordListSchema> = startersJson;
export const referenceNouns: z.infer<typeof WordListSchema> = referenceNounsJson;
export const continuationWords: z.infer<typeof WordListSchema> = continuationJson;

/** A two-word abbreviation of the data file as a pair (TypeScript types JSON pairs as arrays). */
function pair(words: readonly string[]): readonly [string, string] {
  const [first, last] = words;
  if (words.length !== 2 || first === undefined || last === undefined)
    throw new Error(`abbreviations.json: not two words: ${JSON.stringify(words)}`);
  return [first, last];
}

/** Single-word abbreviation forms, as written, to their class. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationClass> = buildAbbreviationMap();

/** Two-word abbreviations keyed by their last word: the word that must stand before it. */
export const MULTIWORD_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  abbreviations.multiword.map((words) => {
    const [first, last] = pair(words);
    return [last, first];
  }),
);

/** Words that usually open a sentence. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(sentenceStarters.words);

/** Nouns after which a capital letter or Roman numeral is a label, not an initial. */
export const REFERENCE_NOUNS: ReadonlySet<string> = new Set(referenceNouns.words);

/** Lower-case words that never end a line of running text. */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set(continuationWords.words);

function buildAbbreviationMap(): Map<string, AbbreviationClass> {
  const map = new Map<string, AbbreviationClass>();
  const classes: AbbreviationClass[] = ['maybe', 'beforeNumber', 'never'];
  for (const cls of classes) {
    for (const form of abbreviations[cls]) map.set(form, cls);
  }
  return map;
}

/** The class of the abbreviation `token` (the word before a full stop), or undefined. */
export function classifyAbbreviation(
  token: string,
  previousWord: string,
): AbbreviationClass | undefined {
  const exact = ABBREVIATIONS.get(token);
  if (exact !== undefined) return exact;
  const first = token.charAt(0);
  const lowered = first.toLowerCase();
  if (lowered !== first) {
    const fromCapital = ABBREVIATIONS.get(lowered + token.slice(1));
    if (fromCapital !== undefined) return fromCapital;
  }
  const before = MULTIWORD_ABBREVIATIONS.get(token);
  if (before !== undefined && before === previousWord.toLowerCase()) return 'maybe';
  return undefined;
}
