import { type JsonOf, kindOfAct, type StatementKind, StatementKindSchema } from '@hemicycle/schema';
import { z } from 'zod';
import cuesData from './data/cues.json' with { type: 'json' };
import speakersData from './data/speakers.json' with { type: 'json' };
import verbsData from './data/verbs.json' with { type: 'json' };
import { NO_PHRASES, type Phrases, phrases } from './tokens';

export type { Phrases } from './tokens';

const FrameSchema = z.enum(['addressee', 'call-for', 'that', 'np', 'to']);
/** How the words after an act verb are read. */
export type Frame = z.infer<typeof FrameSchema>;
const FormClassSchema = z.enum(['s', 'ed', 'base', 'ing']);
/** The inflection a verb form carries: agreement decides coordination. */
export type FormClass = z.infer<typeof FormClassSchema>;

const FormsSchema = z.object({
  s: z.string(),
  ed: z.string(),
  base: z.string(),
  ing: z.string().optional(),
});

const VerbSchema = z.object({
  act: z.string(),
  kind: StatementKindSchema.optional(),
  frame: FrameSchema,
  particles: z.array(z.string()).optional(),
  forms: FormsSchema,
  prepositions: z.array(z.string()).optional(),
  passive: z.boolean().optional(),
  participle: z.boolean().optional(),
  strong: z.boolean().optional(),
  complements: z.array(z.string()).optional(),
  agentsOnly: z.boolean().optional(),
  hearer: z.boolean().optional(),
});

const PhrasalSchema = z.object({
  $comment: z.string().optional(),
  forms: FormsSchema,
  nouns: z.record(z.string(), z.string()),
  kinds: z.record(z.string(), StatementKindSchema).optional(),
  participle: z.boolean().optional(),
  strong: z.boolean().optional(),
  addresseeAfterNoun: z.boolean().optional(),
  verbNouns: z.record(z.string(), z.string()).optional(),
});

export const VerbsFileSchema = z.object({
  $comment: z.string().optional(),
  verbs: z.array(VerbSchema),
  phrasal: z.array(PhrasalSchema),
  adjectives: z.array(z.string()),
  possessives: z.array(z.string()),
  contentPrepositions: z.array(z.string()),
  passiveAuxiliaries: z.array(z.string()),
  frameOpeners: z.array(z.string()),
  adjectivalOpeners: z.array(z.string()),
  reportingVerbs: z.record(z.string(), z.string()),
  reportingKinds: z.record(z.string(), StatementKindSchema),
  extraInfinitives: z.array(z.string()),
  beAdjectives: z.record(z.string(), z.string()),
  beForms: z.record(z.string(), FormClassSchema),
  beCompounds: z.record(z.string(), z.string()),
  compounds: z.array(
    z.object({
      $comment: z.string().optional(),
      words: z.array(z.string()).min(2),
      act: z.string(),
      kind: StatementKindSchema.optional(),
      frame: FrameSchema,
      cls: FormClassSchema,
    }),
  ),
  verbSuffixes: z.array(z.string()),
});

const GenreSchema = z.object({
  speaker: z.string(),
  subjects: z.array(z.string()),
  /** Subjects that stand for the committee a press release names ("The committee calls on"). */
  committeeSubjects: z.array(z.string()).optional(),
  /** Institutions that speak for themselves when named as subject ("The Commission committed to"). */
  institutionSpeakers: z.array(z.string()).optional(),
  events: z.array(z.string()),
  bodyCues: z.array(z.string()),
});

export const SpeakersFileSchema = z.object({
  $comment: z.string().optional(),
  genres: z.object({
    parliament: GenreSchema,
    committee: GenreSchema,
    commission: GenreSchema,
    press: GenreSchema,
    resolution: GenreSchema,
  }),
  institutions: z.record(z.string(), z.string()),
});

export const CuesFileSchema = z.object({
  $comment: z.string().optional(),
  adverbs: z.array(z.string()),
  adverbSuffix: z.string(),
  nonAdverbsInLy: z.array(z.string()),
  auxiliaries: z.array(z.string()),
  negators: z.array(z.string()),
  subordinators: z.array(z.string()),
  coordinators: z.array(z.string()),
  participleLeads: z.array(z.string()),
  addresseeTrailers: z.array(z.string()),
  agentNouns: z.array(z.string()),
  relativeMarkers: z.array(z.string()),
  purposeMarkers: z.array(z.string()),
  bullets: z.array(z.string()),
  sentenceAdverbials: z.array(z.string()),
  timeWords: z.array(z.string()),
  timeNouns: z.array(z.string()),
  months: z.array(z.string()),
  dayParts: z.array(z.string()),
  relativeAntecedents: z.array(z.string()),
  proceduralVerbs: z.array(z.string()),
  reportedTitles: z.array(z.string()),
  personTitles: z.array(z.string()),
  nonPersons: z.array(z.string()),
  closingSections: z.array(z.string()),
  parentheticalStarts: z.array(z.string()),
  proceduralContents: z.array(z.string()),
});

// The data files are typed at compile time; data.test.ts checks them against the schemas above
// (they are not parsed at import: that cost start-up time). TypeScript types a JSON string as
// `string`: the literal unions (frame, kind, form class) are read with `oneOf` below.
export const verbsFile: JsonOf<z.infer<typeof VerbsFileSchema>> = verbsData;
export const speakersFile: z.infer<typeof SpeakersFileSchema> = speakersData;
export const cues: z.infer<typeof CuesFileSchema> = cuesData;

const FRAMES: readonly Frame[] = FrameSchema.options;
const KINDS: readonly StatementKind[] = StatementKindSchema.options;

/** `value` of a data file as one of `options`, the literal union its schema allows. */
function oneOf<T extends string>(options: readonly T[], value: string): T {
  const found = options.find((o) => o === value);
  if (found === undefined)
    throw new Error(`statements lexicon: "${value}" is not one of ${options.join(', ')}`);
  return found;
}

/** One reading of a verb form. */
export interface VerbReading {
  act: string;
  kind: StatementKind;
  frame: Frame;
  cls: FormClass;
  /** A word that must follow the verb ("calls on", "points out"). */
  particles: ReadonlySet<string>;
  /** Prepositions that may open the content ("believes in", "commits itself to"). */
  prepositions: Phrases;
  passive: boolean;
  participle: boolean;
  strong: boolean;
  /** Phrasal readings: noun (lower case) → act. */
  nouns?: ReadonlyMap<string, { act: string; kind: StatementKind }>;
  /** Words one of which must follow the object ("holds X responsible"): else no act ("held a debate"). */
  complements?: ReadonlySet<string>;
  /** "X to V" names an addressee only when X can act ("wants the Commission to", not "the rules to"). */
  agentsOnly?: boolean;
  /** "reminds the Commission that C", "reminds X of Y": a hearer stands before the content. */
  hearer?: boolean;
  /** "addressed the following recommendations to the Council:": the addressee follows the noun. */
  addresseeAfterNoun?: boolean;
  /**
   * Nouns read as the verb they name, with its particle and frame ("reiterates its call on X to
   * V" is `call on`): noun (lower case) → the lower-case verb form whose readings apply.
   */
  verbNouns?: ReadonlyMap<string, string>;
}

function kindFor(act: string, given?: string): StatementKind {
  const k = kindOfAct(act) ?? (given === undefined ? undefined : oneOf(KINDS, given));
  if (!k) throw new Error(`statements lexicon: no kind for act "${act}"`);
  return k;
}

const CLASSES: readonly FormClass[] = FormClassSchema.options;

/** A record of the file as a map (its values are never undefined: only its type allows it). */
function definedEntries(
  record: Record<string, string | undefined> | undefined,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(record ?? {}))
    if (value !== undefined) map.set(key, value);
  return map;
}

/** Lower-case verb form → its readings (phrasal readings first). */
export const readingsByForm: ReadonlyMap<string, readonly VerbReading[]> = (() => {
  const map = new Map<string, VerbReading[]>();
  const add = (form: string | undefined, r: VerbReading): void => {
    if (!form) return;
    const key = form.toLowerCase();
    const list = map.get(key) ?? [];
    list.push(r);
    map.set(key, list);
  };
  for (const p of verbsFile.phrasal) {
    const nouns = new Map<string, { act: string; kind: StatementKind }>();
    for (const [noun, act] of Object.entries(p.nouns)) {
      // never undefined in the file: only its type allows it (see JsonOf)
      if (act === undefined) continue;
      nouns.set(noun, { act, kind: kindFor(act, p.kinds?.[act]) });
    }
    for (const cls of CLASSES) {
      add(p.forms[cls], {
        act: '',
        kind: 'assertive',
        frame: 'np',
        cls,
        particles: new Set(),
        prepositions: NO_PHRASES,
        passive: false,
        participle: p.participle ?? false,
        strong: p.strong ?? false,
        nouns,
        addresseeAfterNoun: p.addresseeAfterNoun ?? false,
        verbNouns: definedEntries(p.verbNouns),
      });
    }
  }
  for (const v of verbsFile.verbs) {
    const frame = oneOf(FRAMES, v.frame);
    for (const cls of CLASSES) {
      add(v.forms[cls], {
        act: v.act,
        kind: kindFor(v.act, v.kind),
        frame,
        cls,
        particles: new Set(v.particles ?? []),
        prepositions: phrases(v.prepositions ?? []),
        passive: v.passive ?? false,
        participle: v.participle ?? false,
        strong: v.strong ?? false,
        ...(v.complements ? { complements: new Set(v.complements) } : {}),
        ...(v.agentsOnly ? { agentsOnly: true } : {}),
        ...(v.hearer ? { hearer: true } : {}),
      });
    }
  }
  for (const p of verbsFile.phrasal) {
    for (const [noun, form] of definedEntries(p.verbNouns)) {
      if (!map.get(form)?.some((r) => r.particles.size > 0))
        throw new Error(
          `statements lexicon: verb noun "${noun}" names "${form}", no verb with a particle`,
        );
    }
  }
  return map;
})();

/**
 * Whether the lexicon reads a lower-case form as an act verb: "renews", an act only in "renews
 * its call on", is not one.
 */
export function isActVerbForm(lower: string): boolean {
  return readingsByForm.get(lower)?.some((r) => !r.nouns || r.nouns.size > 0) ?? false;
}

export const ADVERBS: ReadonlySet<string> = new Set(cues.adverbs.map((a) => a.toLowerCase()));
export const MULTI_ADVERBS: Phrases = phrases(cues.adverbs.filter((a) => a.includes(' ')));
export const AUXILIARIES: Phrases = phrases(cues.auxiliaries);
/** "does not consider", "cannot accept": a negated act, which speaks no statement but ends the one before. */
export const NEGATORS: Phrases = phrases(cues.negators);
export const PASSIVE_AUXILIARIES: Phrases = phrases(verbsFile.passiveAuxiliaries);
export const SUBORDINATORS: ReadonlySet<string> = new Set([...cues.subordinators, 'that']);
export const MULTI_SUBORDINATORS: Phrases = phrases(
  cues.subordinators.filter((a) => a.includes(' ')),
);
export const COORDINATORS: ReadonlySet<string> = new Set(cues.coordinators);
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(cues.participleLeads);
export const ADDRESSEE_TRAILERS: Phrases = phrases(cues.addresseeTrailers);
export const RELATIVE_MARKERS: Phrases = phrases(cues.relativeMarkers);
/** Nouns for the speaker's text that a relative clause may speak for ("a resolution which calls"). */
export const RELATIVE_ANTECEDENTS: ReadonlySet<string> = new Set(cues.relativeAntecedents);
export const PURPOSE_MARKERS: Phrases = phrases(cues.purposeMarkers);
export const FRAME_OPENERS: Phrases = phrases(verbsFile.frameOpeners);
/** Openers that are adjectives before a noun ("encourages further dialogue"). */
export const ADJECTIVAL_OPENERS: ReadonlySet<string> = new Set(verbsFile.adjectivalOpeners);
export const CONTENT_PREPOSITIONS: Phrases = phrases([...verbsFile.contentPrepositions, 'that']);
export const REPORTING_VERBS: Phrases = phrases(Object.keys(verbsFile.reportingVerbs));
/** "he", "she": a person named before ("“...,” he added", "She welcomed"). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const REPORTED_TITLES: Phrases = phrases(cues.reportedTitles);
export const NON_ADVERBS_LY: ReadonlySet<string> = new Set(cues.nonAdverbsInLy);
export const AGENT_NOUNS: ReadonlySet<string> = new Set(cues.agentNouns);
export const INSTITUTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(speakersFile.institutions).filter(([k]) => !k.startsWith('$')),
);
export const PROCEDURAL: ReadonlySet<string> = new Set(cues.proceduralVerbs);
export const ADJECTIVES: ReadonlySet<string> = new Set(verbsFile.adjectives);
export const POSSESSIVES: ReadonlySet<string> = new Set(verbsFile.possessives);

/** Whether a word is an adverb that may stand between a subject and its verb ("strongly", "also"). */
export function isAdverb(word: string): boolean {
  const w = word.toLowerCase();
  if (ADVERBS.has(w)) return true;
  return w.length > 4 && w.endsWith(cues.adverbSuffix) && !NON_ADVERBS_LY.has(w);
}

/** "is (deeply) concerned about": adjective → act, after a form of "be". */
export const BE_ADJECTIVES: ReadonlyMap<string, { act: string; kind: StatementKind }> = new Map(
  Object.entries(verbsFile.beAdjectives)
    .filter(([k]) => !k.startsWith('$'))
    .map(([adj, act]) => [adj, { act, kind: kindFor(act) }]),
);
/** Forms of "be" and the inflection they carry. */
export const BE_FORMS: ReadonlyMap<string, FormClass> = new Map(
  Object.entries(verbsFile.beForms).map(([form, cls]) => [form, oneOf(CLASSES, cls)]),
);
/** Act of a reported speech → its kind. */
export const REPORTING_KINDS: Readonly<Record<string, StatementKind>> = Object.fromEntries(
  Object.entries(verbsFile.reportingKinds).map(([act, kind]) => [act, oneOf(KINDS, kind)]),
);
export const PARENTHETICAL_STARTS: Phrases = phrases(cues.parentheticalStarts);

/**
 * Several words that make one act verb ("would like" → want), first word → readings: the listed
 * compounds, and each form of "be" before each be-compound ("is of the opinion" → consider).
 */
export const COMPOUNDS: ReadonlyMap<string, readonly { words: Phrases; reading: VerbReading }[]> =
  (() => {
    const map = new Map<string, { words: Phrases; reading: VerbReading }[]>();
    const beCompounds = Object.entries(verbsFile.beCompounds).filter(([k]) => !k.startsWith('$'));
    const all = [
      ...verbsFile.compounds,
      ...Object.entries(verbsFile.beForms).flatMap(([be, cls]) =>
        beCompounds.map(([phrase, act]) => ({
          words: [be, ...phrase.split(' ')],
          act,
          kind: undefined,
          frame: 'that' as const,
          cls,
        })),
      ),
    ];
    for (const c of all) {
      const first = c.words[0]!.toLowerCase();
      const list = map.get(first) ?? [];
      list.push({
        words: phrases([c.words.join(' ')]),
        reading: {
          act: c.act,
          kind: kindFor(c.act, c.kind),
          frame: oneOf(FRAMES, c.frame),
          cls: oneOf(CLASSES, c.cls),
          particles: new Set(),
          prepositions: NO_PHRASES,
          passive: false,
          participle: false,
          strong: true,
        },
      });
      map.set(first, list);
    }
    return map;
  })();
/** Contents that only move the procedure ("Parliament's position ... should amend the proposal as follows"). */
export const PROCEDURAL_CONTENTS: readonly string[] = cues.proceduralContents.map((c) =>
  c.toLowerCase(),
);
/** Sentence adverbials that may stand before a subject without a comma ("Furthermore Parliament calls"). */
export const SENTENCE_ADVERBIALS: Phrases = phrases(cues.sentenceAdverbials);
