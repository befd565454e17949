import { type EntityType, politicalGroups } from '@hemicycle/schema';
import nlp from 'compromise/two';
// The core without its 79 bundled locales (the package's node entry loads them all); English is registered below.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';
import countryData from '../data/country-aliases.json' with { type: 'json' };
import institutionData from '../data/institutions.json' with { type: 'json' };
import legalData from '../data/legal-acts.json' with { type: 'json' };
import cueData from '../data/name-cues.json' with { type: 'json' };
import nonEntityData from '../data/non-entities.json' with { type: 'json' };
import organizationData from '../data/organizations.json' with { type: 'json' };
import groupCueData from '../data/political-group-cues.json' with { type: 'json' };
import roleData from '../data/roles.json' with { type: 'json' };
import { PhraseTrie } from './phrase-trie';
import { slugify } from './slugify';

/** What a gazetteer phrase names. */
export interface GazetteerEntry {
  type: EntityType;
  id: string;
  name: string;
  /** A political group label that counts only next to a group cue. */
  groupNeedsContext?: boolean;
  /** A country name that is also a given name or word ("Chad", "Jordan"). */
  countryNeedsContext?: boolean;
  /** A short form that is a common capitalised word ("Parliament", "Union"). */
  commonWord?: boolean;
}

const Words = z.array(z.string().min(1));
export const NamedList = z.object({
  $comment: z.string().optional(),
  entries: z.array(z.object({ name: z.string().min(1), id: z.string().optional(), forms: Words })),
});
export const CountryData = z.object({
  $comment: z.string().optional(),
  aliases: z.record(z.string(), Words),
  demonyms: z.record(z.string(), Words),
  ambiguousNames: Words,
  memberStateCodes: z.record(z.string(), z.string()),
  territories: Words,
  skipNames: Words,
  nonCountryAdjectives: Words,
  stateWords: Words,
});
export const LegalData = z.object({
  $comment: z.string().optional(),
  entries: NamedList.shape.entries,
  heads: Words,
  lowerTailHeads: Words,
  shortFormHeads: Words,
  numberedKinds: Words,
  partWords: Words,
  bareParts: Words,
});
export const RoleData = z.object({
  $comment: z.string().optional(),
  entries: NamedList.shape.entries,
  heads: Words,
  bareHeads: Words,
});
export const CueData = z.object({
  $comment: z.string().optional(),
  personTitles: Words,
  personLowerCues: Words,
  personVerbs: Words,
  placeHeads: Words,
  placeOfHeads: Words,
  placePrepositions: Words,
  placeNames: Words,
  orgHeads: Words,
  institutionHeads: Words,
  institutionPrefixes: Words,
  authorityHeads: Words,
  authorityOfHeads: Words,
  articles: Words,
  placeNameHeads: Words,
  lowerOrgHeads: Words,
  orgListNouns: Words,
});
export const NonEntityData = z.object({
  $comment: z.string().optional(),
  phrases: Words,
  policyHeads: Words,
  commonCapitalised: Words,
  sentenceOpeners: Words,
});
export const GroupCueData = z.object({
  $comment: z.string().optional(),
  needsContext: Words,
  groupWords: Words,
  extraForms: z.record(z.string(), Words),
});

// The data files are committed source: typed here at compile time, validated against the schemas
// above by data.test.ts, not parsed at import (that cost start-up time).
export const institutions: z.infer<typeof NamedList> = institutionData;
export const organizations: z.infer<typeof NamedList> = organizationData;
export const legal: z.infer<typeof LegalData> = legalData;
export const roles: z.infer<typeof RoleData> = roleData;
export const cues: z.infer<typeof CueData> = cueData;
export const nonEntities: z.infer<typeof NonEntityData> = nonEntityData;
export const countryExtra: z.infer<typeof CountryData> = countryData;
export const groupCues: z.infer<typeof GroupCueData> = groupCueData;

countries.registerLocale(en);

function trieOf(phrases: readonly string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const p of phrases) trie.add(p, true);
  return trie;
}

// ---- the gazetteer: every known name, one trie ----

export const gazetteer = new PhraseTrie<GazetteerEntry>();
const COMMON_SHORT_FORMS = new Set([
  'Parliament',
  'Commission',
  'Council',
  'Union',
  'Court of Justice',
  'Ombudsman',
  'Community',
]);

function addNamed(list: z.infer<typeof NamedList>, type: EntityType): void {
  for (const e of list.entries) {
    const id = e.id ?? slugify(e.name);
    for (const f of e.forms) {
      gazetteer.add(f, { type, id, name: e.name, commonWord: COMMON_SHORT_FORMS.has(f) });
    }
  }
}
addNamed(institutions, 'institution');
addNamed(organizations, 'organization');
addNamed({ entries: legal.entries }, 'legal_act');
addNamed({ entries: roles.entries }, 'role');

const needsContext = new Set(groupCues.needsContext);
/** A group label as a mention: without a trailing "Group" unless that is part of the full name. */
function groupMentionForm(label: string): string {
  if (label.startsWith('Group of ') || label === 'Socialist Group') return label;
  return label.endsWith(' Group') ? label.slice(0, -' Group'.length).trimEnd() : label;
}
for (const g of politicalGroups) {
  const extra = groupCues.extraForms[g.id] ?? [];
  for (const label of [...g.aliases, ...g.fullNames, ...extra]) {
    const form = groupMentionForm(label);
    gazetteer.add(form, {
      type: 'political_group',
      id: g.id,
      name: g.fullNames[0] ?? g.id,
      groupNeedsContext: needsContext.has(form),
    });
  }
}

const territories = new Set(countryExtra.territories);
const ambiguousCountries = new Set(countryExtra.ambiguousNames);
const skipCountryNames = new Set(countryExtra.skipNames);
/** Official English name of each ISO 3166-1 alpha-2 code (i18n-iso-countries). */
export const countryNames = new Map<string, string>();
function addCountry(code: string, form: string): void {
  const name = countryNames.get(code) ?? code;
  const entry: GazetteerEntry = {
    type: territories.has(code) ? 'location' : 'country',
    id: code,
    name,
    countryNeedsContext: ambiguousCountries.has(form),
  };
  gazetteer.add(form, entry);
}
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  const list = Array.isArray(names) ? names : [names];
  countryNames.set(code, countries.getName(code, 'en', { select: 'official' }) ?? list[0] ?? code);
  for (const n of list) {
    if (skipCountryNames.has(n) || /[,(]/.test(n)) continue;
    addCountry(code, n.replace(/^The\s+/, ''));
  }
}
for (const [code, forms] of Object.entries(countryExtra.aliases)) {
  for (const f of forms) addCountry(code, f.replace(/^the\s+/i, ''));
}
for (const p of cues.placeNames) {
  gazetteer.add(p, { type: 'location', id: slugify(p), name: p });
}

/** Whether a code is an ISO 3166-1 alpha-2 code (EP member codes "EL", "UK" mapped first). */
export function countryCode(code: string): string | null {
  const mapped = countryExtra.memberStateCodes[code] ?? code;
  return countries.isValid(mapped) && mapped.length === 2 ? mapped : null;
}

/** Country adjectives and demonyms → code ("Kazakh" → KZ). */
export const demonyms = new PhraseTrie<string>();
for (const [code, forms] of Object.entries(countryExtra.demonyms)) {
  for (const f of forms) demonyms.add(f, code);
}
// adjectives that contain a country adjective but name no country ("Latin American", "Inter-American")
for (const f of countryExtra.nonCountryAdjectives) demonyms.add(f, '');

// ---- cue tables ----

export const legalHeads = new Set(legal.heads);
export const lowerTailHeads = new Set(legal.lowerTailHeads);
export const shortFormHeads = new Set(legal.shortFormHeads);
export const numberedKinds = trieOf(legal.numberedKinds);
export const partWords = trieOf(legal.partWords);
export const bareParts = new Set(legal.bareParts);
export const roleHeads = trieOf(roles.heads);
export const bareRoleHeads = new Set(roles.bareHeads);
export const personTitles = trieOf(cues.personTitles);
export const personLowerCues = trieOf(cues.personLowerCues);
export const personVerbs = new Set(cues.personVerbs);
export const placeHeads = trieOf(cues.placeHeads);
export const placeOfHeads = trieOf(cues.placeOfHeads);
export const placeNameHeads = new Set(cues.placeNameHeads);
export const lowerOrgHeads = trieOf(cues.lowerOrgHeads);
export const orgListNouns = trieOf(cues.orgListNouns);
export const placePrepositions = new Set(cues.placePrepositions);
export const orgHeads = new Set(cues.orgHeads);
export const institutionHeads = new Set(cues.institutionHeads);
export const institutionPrefixes = new Set(cues.institutionPrefixes);
export const authorityHeads = trieOf(cues.authorityHeads);
export const authorityOfHeads = trieOf(cues.authorityOfHeads);
export const articles = new Set(cues.articles);
export const nonEntityPhrases = trieOf(nonEntities.phrases);
export const policyHeads = new Set(nonEntities.policyHeads);
export const commonCapitalised = new Set(nonEntities.commonCapitalised);
export const sentenceOpeners = new Set(nonEntities.sentenceOpeners);
export const groupWords = new Set(groupCues.groupWords);
/** Words of a state's formal name ("Republic" of Moldova, the Swiss "Confederation"). */
export const stateWords = trieOf(countryExtra.stateWords);

// ---- compromise's lexicon: given names and places it knows ----

const world = nlp.world() as {
  model: { one: { lexicon: Record<string, string | string[] | undefined> } };
};
const lexicon = world.model.one.lexicon;
function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);
const NON_NAME_TAGS = new Set([
  'Adverb',
  'Adjective',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Pronoun',
  'PresentTense',
  'PastTense',
  'Infinitive',
  'Gerund',
  'Modal',
  'QuestionWord',
  'Month',
  'WeekDay',
]);
export function isFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => FIRST_NAME_TAGS.has(t));
}
export function isKnownPlace(word: string): boolean {
  return lexiconTags(word).some((t) => PLACE_TAGS.has(t));
}
export function isLastName(word: string): boolean {
  return lexiconTags(word).includes('LastName');
}
/** Words compromise knows as verbs, adverbs, function words, months: never a name's first word. */
export function isNonNameWord(word: string): boolean {
  return lexiconTags(word).some((t) => NON_NAME_TAGS.has(t));
}
/** Words compromise knows only as verb forms other than gerunds ("calls", "adopted", "propose"). */
export function isFiniteVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return (
    tags.length > 0 &&
    tags.every(
      (t) => t === 'PresentTense' || t === 'PastTense' || t === 'Infinitive' || t === 'Modal',
    )
  );
}

export function isInfinitive(word: string): boolean {
  return lexiconTags(word).includes('Infinitive');
}
