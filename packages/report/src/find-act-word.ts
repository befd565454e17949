import type { Range } from '@hemicycle/schema';
import actWordsData from './data/act-words.json' with { type: 'json' };

function checkActWords(data: unknown): Record<string, string[]> {
  const ok =
    typeof data === 'object' &&
    data !== null &&
    Object.values(data).every(
      (v) => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w !== ''),
    );
  if (!ok) throw new Error('report: data/act-words.json must map each act to a list of verbs');
  return data as Record<string, string[]>;
}

/** Act lemma → the verbs that can write it, where they are not just the act's first word. */
const ACT_WORDS = checkActWords(actWordsData);
const WORD = /\p{L}+/gu;
/** Final consonants doubled before -ed and -ing (regretted, admitted). */
const DOUBLED = /[bdgmnprt]$/;

/** The inflected forms of an English verb lemma a text may use: urges, urged, urging, regretted. */
export function verbForms(lemma: string): Set<string> {
  const forms = new Set([lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}ing`]);
  if (lemma.endsWith('e')) {
    const stem = lemma.slice(0, -1);
    forms.add(`${lemma}d`).add(`${stem}ing`);
  }
  if (lemma.endsWith('y')) forms.add(`${lemma.slice(0, -1)}ies`).add(`${lemma.slice(0, -1)}ied`);
  if (DOUBLED.test(lemma)) {
    const last = lemma[lemma.length - 1]!;
    forms.add(`${lemma}${last}ed`).add(`${lemma}${last}ing`);
  }
  return forms;
}

const formsCache = new Map<string, Set<string>>();

function formsOfAct(act: string): Set<string> {
  let forms = formsCache.get(act);
  if (!forms) {
    const lemma = act.startsWith('other:') ? act.slice('other:'.length) : act;
    const verbs = ACT_WORDS[lemma] ?? [lemma.split(' ')[0]!];
    forms = new Set(verbs.flatMap((v) => [...verbForms(v)]));
    formsCache.set(act, forms);
  }
  return forms;
}

/**
 * Where the act's verb stands in `[from, to)` of the text (the last one before `to`), or null.
 * Records give the act as a lemma without offsets; this only places its mark on the page.
 */
export function findActWord(text: string, act: string, from: number, to: number): Range | null {
  const forms = formsOfAct(act);
  let found: Range | null = null;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    if (forms.has(m[0].toLowerCase())) {
      found = { start: from + m.index, end: from + m.index + m[0].length };
    }
  }
  return found;
}
