import nlp from 'compromise/two';
import { verbsFile } from './lexicon';

const EXTRA: ReadonlySet<string> = new Set(verbsFile.extraInfinitives);
const SUFFIXES = verbsFile.verbSuffixes;

// compromise's lexicon: word → its first tag. Read once; tagging a single word is the fallback.
const world = nlp.world() as {
  model: { one: { lexicon: Record<string, string | string[] | undefined> } };
};
const lexicon = world.model.one.lexicon;
const canCache = new Map<string, boolean>();
// Warm the tagger at load so the first document does not pay for it.
nlp('to be').has('^to #Infinitive$');
const likelyCache = new Map<string, boolean>();

function firstTag(word: string): string | undefined {
  const t = lexicon[word];
  return Array.isArray(t) ? t[0] : t;
}

function taggedInfinitive(word: string): boolean {
  // A match is about three times cheaper than building compromise's JSON.
  return nlp(`to ${word}`).has('^to #Infinitive$');
}

/** Whether a lower-case word can be a bare infinitive (after "to": "to regulate", not "to health"). */
export function canBeVerb(word: string): boolean {
  const w = word.toLowerCase();
  const hit = canCache.get(w);
  if (hit !== undefined) return hit;
  let result = false;
  if (/^[a-z][a-z-]*$/.test(w)) {
    const tag = firstTag(w);
    result =
      tag === 'Infinitive' ||
      EXTRA.has(w) ||
      (tag !== 'Determiner' && tag !== 'Preposition' && tag !== 'Pronoun' && taggedInfinitive(w));
  }
  canCache.set(w, result);
  return result;
}

/** Whether a word is first of all a verb (lexicon says infinitive): a stricter test for bare coordination. */
export function isLikelyVerb(word: string): boolean {
  const w = word.toLowerCase();
  const hit = likelyCache.get(w);
  if (hit !== undefined) return hit;
  const tag = firstTag(w);
  // Words the lexicon does not list are tagged only when they look like verbs ("recognise", "clarify").
  const verbLike = SUFFIXES.some((x) => w.endsWith(x));
  const result =
    tag === 'Infinitive' ||
    EXTRA.has(w) ||
    (tag === undefined && verbLike && /^[a-z]+$/.test(w) && taggedInfinitive(w));
  likelyCache.set(w, result);
  return result;
}

/** The lemma of an -s verb form ("deems" → "deem", "focuses" → "focus", "applies" → "apply"). */
export function lemmaOfS(form: string): string {
  const w = form.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (['sses', 'shes', 'ches', 'xes', 'zes', 'oes'].some((e) => w.endsWith(e)))
    return w.slice(0, -2);
  if (w.endsWith('uses') && canBeVerb(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
