import type { Qualifier, QuantityRole } from '@hemicycle/schema';
import { QUALIFIERS, QUANTITY_ROLES } from '@hemicycle/schema';
import { z } from 'zod';
import numberWordsJson from '../data/number-words.json' with { type: 'json' };
import qualifiersJson from '../data/quantity-qualifiers.json' with { type: 'json' };
import rolesJson from '../data/quantity-roles.json' with { type: 'json' };
import unitsJson from '../data/quantity-units.json' with { type: 'json' };
import { type PhraseList, phraseList } from '../dates/text-tokens';

const words = z.array(z.string().min(1));

export const UnitsSchema = z.object({
  currencies: z.record(z.enum(['EUR', 'USD']), z.object({ before: words, after: words })),
  percent: words,
  personNouns: words,
  childNouns: words,
  demonymEndings: words,
  voteWords: z.object({ votes: words, for: words, against: words, abstentions: words }),
  notCounted: words,
  notCountedFollowers: words,
  nonNouns: words,
  textualParts: words,
  comment: z.string().optional(),
});

const RoleTable = z.partialRecord(z.enum(QUANTITY_ROLES), words);
export const RolesSchema = z.object({
  comment: z.string().optional(),
  auxiliaries: words,
  after: RoleTable,
  before: RoleTable,
  nouns: RoleTable,
  appositionOpeners: words,
});

export const QualifiersSchema = z.partialRecord(z.enum(QUALIFIERS), words);

export const NumberWordsSchema = z.object({
  units: z.record(z.string(), z.number().int().positive()),
  tens: z.record(z.string(), z.number().int().positive()),
  scales: z.record(z.string(), z.number().positive()),
  ambiguousAlone: words,
  currencyScales: z.record(z.string(), z.number().positive()),
});

// The data files are committed source: typed here at compile time, validated against the schemas
// above by data.test.ts, not parsed at import (that cost start-up time).
export const units: z.infer<typeof UnitsSchema> = unitsJson;
export const roles: z.infer<typeof RolesSchema> = rolesJson;
export const qualifiers: z.infer<typeof QualifiersSchema> = qualifiersJson;
export const numberWords: z.infer<typeof NumberWordsSchema> = numberWordsJson;

/** A phrase table: phrases longest first, each with what it means. */
export interface PhraseTable<T> {
  phrases: PhraseList;
  meaning: ReadonlyMap<string, T>;
}

function table<T extends string>(record: Partial<Record<T, string[]>>): PhraseTable<T> {
  const meaning = new Map<string, T>();
  for (const [key, list] of Object.entries(record) as [T, string[]][]) {
    for (const phrase of list) {
      const p = phrase.toLowerCase();
      if (!meaning.has(p)) meaning.set(p, key);
    }
  }
  return { phrases: phraseList(meaning.keys()), meaning };
}

function lowerSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((w) => w.toLowerCase()));
}

export const CURRENCY_BEFORE = table<'EUR' | 'USD'>({
  EUR: units.currencies.EUR?.before ?? [],
  USD: units.currencies.USD?.before ?? [],
});
export const CURRENCY_AFTER = table<'EUR' | 'USD'>({
  EUR: units.currencies.EUR?.after ?? [],
  USD: units.currencies.USD?.after ?? [],
});
export const PERCENT_WORDS: PhraseList = phraseList(units.percent);
export const PERSON_NOUNS: PhraseList = phraseList(units.personNouns);
export const CHILD_NOUNS: PhraseList = phraseList(units.childNouns);
export const DEMONYM_ENDINGS: readonly string[] = units.demonymEndings;
export const VOTE_WORDS = {
  votes: phraseList(units.voteWords.votes),
  for: phraseList(units.voteWords.for),
  against: phraseList(units.voteWords.against),
  abstentions: phraseList(units.voteWords.abstentions),
};
/** Durations and measurements ("2000 km" is not a year either). */
export const MEASURES: ReadonlySet<string> = lowerSet(units.notCounted);
/** Durations, measurements and the parts of a text: a number of them is not a quantity. */
export const NOT_COUNTED: ReadonlySet<string> = lowerSet([
  ...units.notCounted,
  ...units.textualParts,
]);
export const NOT_COUNTED_FOLLOWERS: ReadonlySet<string> = lowerSet(units.notCountedFollowers);
export const NON_NOUNS: ReadonlySet<string> = lowerSet(units.nonNouns);

export const ROLE_AUXILIARIES: ReadonlySet<string> = lowerSet(roles.auxiliaries);
export const ROLE_AFTER = table<QuantityRole>(roles.after);
export const ROLE_BEFORE = table<QuantityRole>(roles.before);
export const ROLE_NOUNS = table<QuantityRole>(roles.nouns);
export const APPOSITION_OPENERS: PhraseList = phraseList(roles.appositionOpeners);

export const QUALIFIER_TABLE = table<Qualifier>(qualifiers);

export const NUMBER_UNITS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.units));
export const NUMBER_TENS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.tens));
export const NUMBER_SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries(numberWords.scales),
);
export const CURRENCY_SCALES: ReadonlyMap<string, number> = new Map(
  Object.entries(numberWords.currencyScales),
);
export const AMBIGUOUS_ALONE: ReadonlySet<string> = lowerSet(numberWords.ambiguousAlone);

/** Lower-case first words of person and child nouns: a year followed by one is a count. */
export const COUNTED_HEADS: ReadonlySet<string> = new Set(
  [...units.personNouns, ...units.childNouns].map((n) => n.toLowerCase().split(' ')[0] ?? n),
);
