import vocabularyData from '../data/english-vocabulary.json' with { type: 'json' };

/**
 * wink-nlp's English vocabulary: the lexicon of its model, wink-eng-lite-web-model, extracted by
 * scripts/extract-vocabulary.mjs (a test checks it against the installed model). Read as a list
 * rather than through wink-nlp at run time: loading wink-nlp and its model cost every thread about
 * 13 MiB and a one-document run 13% of its time, for this one question (see the package README).
 */
export const vocabulary: { source: string; words: readonly string[] } = vocabularyData;
const words: ReadonlySet<string> = new Set(vocabulary.words);

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

/** Longer than any word of the vocabulary (a run of text without spaces): not looked up. */
const MAX_VOCABULARY_WORD = 64;

/** Digits followed by something else: wink-nlp reads "15e" as "15" "e" (unless it lists the whole, "2nd"). */
const LEADING_DIGITS = /^\d+(?=\D)/;
/** Letters before a superscript or subscript digit: wink-nlp reads "km²" as "km" "²". */
const BEFORE_OTHER_NUMBER = /^\P{No}+(?=\p{No})/u;

/**
 * The word wink-nlp's tokenizer would make first of `word` (a run of letters and digits): the
 * whole when its vocabulary lists it, else the part before a split it always makes.
 */
function firstWord(word: string): string {
  if (words.has(word)) return word;
  return LEADING_DIGITS.exec(word)?.[0] ?? BEFORE_OTHER_NUMBER.exec(word)?.[0] ?? word;
}

/**
 * Whether wink-nlp knows a lower-case word: whether the first token it would read of it is in its
 * vocabulary (what `readDoc(word)` gives as the first token's id, below the ids of new words).
 */
export function inVocabulary(lower: string): boolean {
  return lower.length <= MAX_VOCABULARY_WORD && words.has(firstWord(lower));
}

/**
 * Whether a word is in wink-nlp's English vocabulary (checked in lower case), or ends like an
 * English common noun: a capitalised word that is not ("Zhanaozen", "Bialiatski") is likely a name.
 */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return inVocabulary(lower) || hasCommonNounSuffix(lower);
}
