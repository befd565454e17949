import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * Whether a word is in wink-nlp's English vocabulary (checked in lower case): a capitalised
 * word that is not ("Zhanaozen", "Bialiatski") is likely a name. Answers are cached.
 */
const nlp = winkNLP(model, []);
const its = nlp.its;
function idOf(word: string): number {
  const ids = nlp.readDoc(word).tokens().out(its.uniqueId) as unknown as number[];
  return ids[0] ?? Number.POSITIVE_INFINITY;
}
// Words outside the vocabulary get ids from here on (wink grows its lexicon as it reads).
const FIRST_UNKNOWN_ID = idOf('qzxjvkqzxjvk');
const cache = new Map<string, boolean>();
/** Suffixes of English common nouns and adjectives the vocabulary may lack ("secretariat", "roadmap"). */
const COMMON_NOUN_SUFFIXES = [
  'ariat',
  'tion',
  'sion',
  'ment',
  'ness',
  'ity',
  'ance',
  'ence',
  'ism',
  'ship',
  'hood',
  'ure',
  'ical',
  'ive',
  'ous',
  'able',
  'ible',
  'ists',
];
function hasCommonNounSuffix(word: string): boolean {
  return COMMON_NOUN_SUFFIXES.some((s) => word.endsWith(s));
}

/**
 * Longer than any word of the vocabulary: such a token is not looked up. wink-nlp's tokenizer
 * runs a regex that is quadratic in a token's length (/[a-z].*\.$/i in the model's isAbbrev), so
 * a 300 KB "word" (a run of text without spaces) took minutes.
 */
const MAX_VOCABULARY_WORD = 64;

export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = cache.get(lower);
  if (known === undefined) {
    if (cache.size > 100_000) cache.clear();
    known =
      (lower.length <= MAX_VOCABULARY_WORD && idOf(lower) < FIRST_UNKNOWN_ID) ||
      hasCommonNounSuffix(lower);
    cache.set(lower, known);
  }
  return known;
}
