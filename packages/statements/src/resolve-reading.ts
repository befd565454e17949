import type { StatementKind } from '@hemicycle/schema';
import type { Range } from './find-acts';
import {
  ADJECTIVES,
  BE_ADJECTIVES,
  BE_FORMS,
  COMPOUNDS,
  CONTENT_PREPOSITIONS,
  isAdverb,
  MULTI_ADVERBS,
  POSSESSIVES,
  readingsByForm,
  type VerbReading,
} from './lexicon';
import { NO_PHRASES, phraseAt, type Token } from './tokens';

/** The act(s) a verb at some token stands for, and where its content may start. */
export interface Resolved {
  acts: { act: string; kind: StatementKind }[];
  reading: VerbReading;
  /** Index of the first token after the verb phrase. */
  next: number;
  afterVerb: number;
  addressee?: Range;
  /** "is not convinced that": a negated act (see Act). */
  negated?: boolean;
}

/** "its deep concern and its condolences regarding": the acts the nouns name, and where they end. */
function phrasalNouns(
  tokens: readonly Token[],
  i: number,
  nouns: ReadonlyMap<string, { act: string; kind: StatementKind }>,
): { acts: { act: string; kind: StatementKind }[]; next: number } | null {
  const acts: { act: string; kind: StatementKind }[] = [];
  let at = i + 1;
  for (let round = 0; round < 3; round++) {
    let pos = at;
    if (round > 0) {
      if (tokens[pos]?.lower !== 'and') break;
      pos++;
    }
    let noun: { act: string; kind: StatementKind } | undefined;
    for (let w = 0; w < 5 && pos < tokens.length; w++) {
      const word = tokens[pos]!.lower;
      pos++;
      noun = nouns.get(word);
      if (noun) break;
      if (!(w === 0 && POSSESSIVES.has(word)) && !ADJECTIVES.has(word)) break;
    }
    if (!noun) break;
    const found = noun;
    if (!acts.some((a) => a.act === found.act)) acts.push(found);
    at = pos;
  }
  return acts.length > 0 ? { acts, next: at } : null;
}

/**
 * "reiterates its call on X to V", "renews its call for N": a possessive, adjectives and a noun
 * that stands for a verb with a particle; the act is that verb's, spoken by the verb at `i`.
 */
function verbNoun(tokens: readonly Token[], i: number, r: VerbReading): Resolved | null {
  if (!r.verbNouns || r.verbNouns.size === 0 || !POSSESSIVES.has(tokens[i + 1]?.lower ?? ''))
    return null;
  let at = i + 2;
  while (at < i + 5 && tokens[at] && ADJECTIVES.has(tokens[at]!.lower)) at++;
  const form = tokens[at] ? r.verbNouns.get(tokens[at]!.lower) : undefined;
  const particle = tokens[at + 1];
  if (!form || !particle) return null;
  for (const inner of readingsByForm.get(form) ?? []) {
    if (!inner.particles.has(particle.lower)) continue;
    const reading: VerbReading = {
      ...inner,
      cls: r.cls,
      passive: false,
      participle: r.participle,
      strong: r.strong,
    };
    return {
      acts: [{ act: inner.act, kind: inner.kind }],
      reading,
      next: at + 2,
      afterVerb: particle.end,
    };
  }
  return null;
}

/** The reading of the verb at token `i` given the words after it (particle, phrasal noun). */
function readingAt(
  tokens: readonly Token[],
  i: number,
  readings: readonly VerbReading[],
): Resolved | null {
  const verb = tokens[i]!;
  for (const r of readings) {
    if (r.nouns) {
      const named = verbNoun(tokens, i, r);
      if (named) return named;
      const found = phrasalNouns(tokens, i, r.nouns);
      if (!found) continue;
      let next = found.next;
      if (r.addresseeAfterNoun) {
        if (tokens[next]?.lower !== 'to') continue;
        let colon = -1;
        for (let k = next + 1; k < Math.min(tokens.length, next + 30); k++) {
          const t = tokens[k]!.text;
          if (t === ':') {
            colon = k;
            break;
          }
          if (t === ';' || t === '.') break;
        }
        if (colon <= next + 1) continue;
        return {
          acts: found.acts,
          reading: r,
          next: colon + 1,
          afterVerb: tokens[colon]!.end,
          addressee: { start: tokens[next + 1]!.start, end: tokens[colon - 1]!.end },
        };
      }
      // "reaffirms its commitment, in this regard, to social inclusion"
      if (tokens[next]?.text === ',') {
        for (let c = next + 1; c < Math.min(tokens.length, next + 9); c++) {
          if (tokens[c]!.text !== ',') continue;
          if (phraseAt(tokens, c + 1, CONTENT_PREPOSITIONS)) next = c + 1;
          break;
        }
      }
      next += phraseAt(tokens, next, CONTENT_PREPOSITIONS);
      return { acts: found.acts, reading: r, next, afterVerb: tokens[next - 1]!.end };
    }
    if (r.particles.size > 0) {
      // "Calls once again on the Commission", "calls, therefore, for": adverbs may stand before
      // the particle.
      const j = pastAdverbParenthesis(
        tokens,
        adverbsAfter(tokens, i + 1, r.particles),
        r.particles,
      );
      const p = tokens[j];
      if (!p || !r.particles.has(p.lower)) continue;
      return { acts: [{ act: r.act, kind: r.kind }], reading: r, next: j + 1, afterVerb: p.end };
    }
    if (r.complements && !complementAhead(tokens, i + 1, r.complements)) continue;
    return { acts: [{ act: r.act, kind: r.kind }], reading: r, next: i + 1, afterVerb: verb.end };
  }
  return null;
}

/** Past up to three adverbs from token `j` ("once again", "strongly"), none of them a particle. */
function adverbsAfter(tokens: readonly Token[], j: number, particles: ReadonlySet<string>): number {
  let k = j;
  for (let n = 0; n < 3; n++) {
    const multi = phraseAt(tokens, k, MULTI_ADVERBS);
    if (multi) k += multi;
    else if (tokens[k] && isAdverb(tokens[k]!.text) && !particles.has(tokens[k]!.lower)) k++;
    else break;
  }
  return k;
}

/** Past ", therefore," / ", once again," at token `j` (adverbs between two commas), else `j`. */
function pastAdverbParenthesis(
  tokens: readonly Token[],
  j: number,
  particles: ReadonlySet<string>,
): number {
  if (tokens[j]?.text !== ',') return j;
  const k = adverbsAfter(tokens, j + 1, particles);
  return k > j + 1 && tokens[k]?.text === ',' ? k + 1 : j;
}

const NO_WORDS: ReadonlySet<string> = new Set();

const COMPLEMENT_WINDOW = 10;

/** Whether one of `words` follows within a few words, before a clause ends ("holds X fully responsible"). */
function complementAhead(
  tokens: readonly Token[],
  from: number,
  words: ReadonlySet<string>,
): boolean {
  for (let k = from; k < Math.min(tokens.length, from + COMPLEMENT_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/** "would like X to V": several words standing for one act verb. */
function compound(tokens: readonly Token[], i: number): Resolved | null {
  const list = COMPOUNDS.get(tokens[i]!.lower);
  if (!list) return null;
  // "is, therefore, of the opinion that": adverbs between commas after the first word
  const gap = pastAdverbParenthesis(tokens, i + 1, NO_WORDS) - (i + 1);
  const view = gap ? [tokens[i]!, ...tokens.slice(i + 1 + gap, i + 1 + gap + 8)] : null;
  for (const c of list) {
    let n = phraseAt(tokens, i, c.words);
    if (!n && view) {
      const m = phraseAt(view, 0, c.words);
      if (m) n = m + gap;
    }
    if (!n) continue;
    return {
      acts: [{ act: c.reading.act, kind: c.reading.kind }],
      reading: c.reading,
      next: i + n,
      afterVerb: tokens[i + n - 1]!.end,
    };
  }
  return null;
}

const BE_PREPOSITIONS = new Set([
  'about',
  'at',
  'by',
  'over',
  'with',
  'that',
  'to',
  'regarding',
  'for',
]);

/** "is deeply concerned about", "Members were alarmed by", "Is convinced that": an act led by "be". */
function beAdjective(tokens: readonly Token[], i: number): Resolved | null {
  const cls = BE_FORMS.get(tokens[i]!.lower);
  if (!cls) return null;
  let j = i + 1;
  let negated = false;
  while (j < Math.min(tokens.length, i + 4)) {
    if (tokens[j]!.lower === 'not') negated = true;
    else if (!isAdverb(tokens[j]!.text)) break;
    j++;
  }
  const adjective = tokens[j];
  const act = adjective ? BE_ADJECTIVES.get(adjective.lower) : undefined;
  if (!act) return null;
  const prep = tokens[j + 1];
  if (!prep || !BE_PREPOSITIONS.has(prep.lower)) return null;
  const reading: VerbReading = {
    act: act.act,
    kind: act.kind,
    frame: 'np',
    cls,
    particles: new Set(),
    prepositions: NO_PHRASES,
    passive: false,
    participle: false,
    strong: true,
  };
  return {
    acts: [act],
    reading,
    next: j + 2,
    afterVerb: prep.end,
    ...(negated ? { negated } : {}),
  };
}

/** The reading of the act verb at token `i` ("calls on", "expresses its concern", "would like", "is concerned"), or null. */
export function resolveReading(tokens: readonly Token[], i: number): Resolved | null {
  const readings = readingsByForm.get(tokens[i]!.lower);
  return (
    compound(tokens, i) ?? (readings ? readingAt(tokens, i, readings) : beAdjective(tokens, i))
  );
}
