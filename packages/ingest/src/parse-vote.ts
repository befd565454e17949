import type { JsonOf, Vote } from '@hemicycle/schema';
import { z } from 'zod';
import { compilePatterns, matchesAny, PatternListSchema } from './compile-patterns';
import data from './data/votes.json' with { type: 'json' };

export const VoteTableSchema = z.object({
  $comment: z.string().optional(),
  numberWords: z.record(z.string(), z.number().int().nonnegative()),
  abstentionWords: z.array(z.string().min(1)),
  voterWords: z.object({
    $comment: z.string().optional(),
    words: z.array(z.string().regex(/^[a-z]+$/)),
  }),
  notTheText: PatternListSchema,
  committee: PatternListSchema,
  plenary: PatternListSchema,
});
// Typed at compile time; checked against the schema in data.test.ts, not parsed at import.
export const voteTable: JsonOf<z.infer<typeof VoteTableSchema>> = data;
const numberWords = new Map(Object.entries(voteTable.numberWords));
const notTheText = compilePatterns(voteTable.notTheText);
const committee = compilePatterns(voteTable.committee);
const plenary = compilePatterns(voteTable.plenary);
const abstentionWords = new Set(voteTable.abstentionWords);
const voterWords = new Set(voteTable.voterWords.words);

/** A tally found in a text, with where it starts. */
export interface Tally extends Vote {
  index: number;
  end: number;
}

/**
 * Where a tally may be: the last digit of a number followed by what may open a vote word
 * ("512 votes", "680 in favour", "513 to 18", "400 MEPs voted"); the number's start is found,
 * and the words read, in code.
 */
const CANDIDATE = /\d\s{1,3}[vfitM]/g;
const DIGIT = /\d/;
const WORD_CHAR = /[\p{L}\p{N}.,]/u;
const MAX_DIGITS = 4;
/** Words, numbers; punctuation is dropped ("680 votes in favour (3 against, 4 abstentions)"). */
const TOKEN = /\d+|\p{L}+/gu;
const WINDOW = 160;
/** How far back the sentence of a tally is read to tell what was voted on. */
const CONTEXT = 300;

/**
 * Every plenary tally stated in `text` from `from` on, in order, in all the phrasings EP
 * summaries and press releases use: "by 512 votes to 23, with 61 abstentions", "by 513 to 18,
 * with 87 abstentions", "with 455 votes to 85 and 105 abstentions", "680 votes in favour
 * (3 against, 4 abstentions)", "by 420 votes in favour, 120 against and 30 abstentions",
 * "with no abstentions". A tally that states no abstentions has 0.
 */
export function findTallies(text: string, from = 0): Tally[] {
  return [...tallies(text, from)];
}

/** The tallies of `text` one by one, so that a caller can stop at the first it wants. */
function* tallies(text: string, from: number): Generator<Tally> {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  re.lastIndex = from;
  let skipUntil = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = numberStart(text, m.index, from);
    if (start < skipUntil || start === -1) continue;
    const tally = readTally(text, start);
    if (tally) {
      yield tally;
      skipUntil = tally.end;
      re.lastIndex = tally.end;
    }
  }
}

/**
 * The tally of the text itself (spec 2.5 "Several tallies"): the first tally whose sentence
 * is not about an amendment or a part of the text, and is not a committee's vote (a sentence
 * that names a committee and not the plenary); null when there is none.
 */
export function parseVote(text: string, from = 0): Vote | null {
  for (const t of tallies(text, from)) {
    if (isAboutTheText(text, t.index))
      return { for: t.for, against: t.against, abstentions: t.abstentions };
  }
  return null;
}

function isAboutTheText(text: string, index: number): boolean {
  const start = Math.max(0, index - CONTEXT);
  const before = text.slice(start, index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const sentence = cut === -1 ? before : before.slice(cut + 1);
  if (matchesAny(notTheText, sentence)) return false;
  return !matchesAny(committee, sentence) || matchesAny(plenary, sentence);
}

/** Where the number whose last digit is at `last` starts, or -1 when it is part of a longer token. */
function numberStart(text: string, last: number, from: number): number {
  let start = last;
  while (start > from && last - start < MAX_DIGITS && DIGIT.test(text[start - 1]!)) start--;
  const before = text[start - 1];
  if (before !== undefined && start > from && WORD_CHAR.test(before)) return -1;
  return start;
}

interface Token {
  word: string;
  end: number;
}

function tokensAt(text: string, index: number): Token[] {
  const window = text.slice(index, index + WINDOW);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(window); m !== null; m = TOKEN.exec(window)) {
    tokens.push({ word: m[0].toLowerCase(), end: index + m.index + m[0].length });
  }
  return tokens;
}

const isNumber = (w: string | undefined): boolean => w !== undefined && /^\d{1,4}$/u.test(w);

/** Reads one tally at `index` (where CANDIDATE matched), or null. */
function readTally(text: string, index: number): Tally | null {
  const t = tokensAt(text, index);
  const word = (k: number): string | undefined => t[k]?.word;
  let i = 0;
  const votesFor = Number(word(i++));
  let saysVotes = false;
  if (word(i) === 'votes' || word(i) === 'vote') {
    saysVotes = true;
    i++;
  } else if (voterWords.has(word(i) ?? '') && word(i + 1) === 'voted') {
    saysVotes = true;
    i += 2;
  }
  let inFavourForm = false;
  if (word(i) === 'in' && (word(i + 1) === 'favour' || word(i + 1) === 'favor')) {
    inFavourForm = true;
    i += 2;
  } else if (word(i) === 'for') {
    inFavourForm = true;
    i++;
  }
  if (inFavourForm) {
    if (word(i) === 'to' || word(i) === 'and' || word(i) === 'with' || word(i) === 'vs') i++;
  } else if (word(i) === 'to') i++;
  else return null;
  if (!isNumber(word(i))) return null;
  const against = Number(word(i++));
  if (word(i) === 'votes' || word(i) === 'vote' || word(i) === 'voted') {
    saysVotes = true;
    i++;
  }
  if (word(i) === 'against') i++;
  else if (inFavourForm) return null;
  let end = t[i - 1]!.end;
  let abstentions = 0;
  let saysAbstentions = false;
  const j = word(i) === 'and' || word(i) === 'with' ? i + 1 : i;
  const k = word(j);
  const abst = word(j + 1);
  if (k !== undefined && abst !== undefined && abstentionWords.has(abst)) {
    const n = isNumber(k) ? Number(k) : numberWords.get(k);
    if (n !== undefined) {
      abstentions = n;
      saysAbstentions = true;
      end = t[j + 1]!.end;
    }
  }
  if (!inFavourForm && !saysVotes && !saysAbstentions) return null;
  return { for: votesFor, against, abstentions, index, end };
}
