import type { Range } from './find-acts';
import { canBeVerb, isLikelyVerb } from './is-verb';
import { isAdverb, PURPOSE_MARKERS, RELATIVE_MARKERS } from './lexicon';
import { isLowerWord, type Phrases, phraseAt, type Token, tokenize } from './tokens';

const MAX_TOKENS = 2000;

interface Cut {
  /** Token index where the separator starts (", and", " and", ","). */
  at: number;
  /** Token index where the next action starts. */
  next: number;
  comma: boolean;
  to: boolean;
}

/** The verb after "to" at token `j` ("to regulate", "to urgently carry out"), or null. */
function infinitiveAt(tokens: readonly Token[], j: number): Token | null {
  if (tokens[j]?.lower !== 'to') return null;
  const next = tokens[j + 1];
  if (!isLowerWord(next)) return null;
  const verb = isAdverb(next!.text) && isLowerWord(tokens[j + 2]) ? tokens[j + 2]! : next!;
  return canBeVerb(verb.lower) ? verb : null;
}

/**
 * Split an infinitive content into its actions (spec 2.5): "A, and to B" and "A and to B" are two,
 * unless the first already opened an infinitive of its own ("propose X to make Y and to ensure Z")
 * or a purpose ("in order to P, and to Q"); "A, and B" with a bare verb B is two when A has an
 * object and no relative clause; verbs sharing one object ("develop and include X") stay one.
 */
export function splitActions(text: string, range: Range, bare: boolean): Range[] {
  const tokens = tokenize(text, range.start, range.end);
  // A run-on content of thousands of words is not an EP sentence: keep it whole.
  if (tokens.length > MAX_TOKENS) return [range];
  const cuts: Cut[] = [];
  const series: Cut[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'to' && infinitiveAt(tokens, j)) {
      const prev = tokens[j - 1]!;
      if (prev.lower === 'and') {
        const comma = tokens[j - 2]?.text === ',';
        cuts.push({ at: comma ? j - 2 : j - 1, next: j + 1, comma, to: true });
      } else if (prev.text === ',') {
        cuts.push({ at: j - 1, next: j + 1, comma: true, to: true });
      }
      continue;
    }
    if (!bare) continue;
    if (t.lower === 'and' && bareVerbAt(tokens, j + 1)) {
      const comma = tokens[j - 1]?.text === ',';
      cuts.push({ at: comma ? j - 1 : j, next: j + 1, comma, to: false });
    }
  }
  const accepted = acceptCuts(tokens, cuts);
  const closing = accepted.filter((c) => !c.to);
  // "reinstate X, end Y, and allow Z": a comma opens an action only in a series closed by "and V".
  const lastClose = closing.length ? closing[closing.length - 1]!.at : 0;
  for (let j = 1; j < lastClose; j++) {
    if (tokens[j]!.text === ',' && tokens[j + 1]?.lower !== 'and' && bareVerbAt(tokens, j + 1)) {
      series.push({ at: j, next: j + 1, comma: true, to: false });
    }
  }
  const fromSeries = series.filter((c) => {
    const close = closing.find((a) => a.at > c.at);
    return close !== undefined && !accepted.some((a) => a.at > c.at && a.at < close.at && a.to);
  });
  const all = fromSeries.length ? acceptCuts(tokens, [...cuts, ...fromSeries]) : accepted;
  const out: Range[] = [];
  let from = 0;
  for (const c of all) {
    out.push({ start: from === 0 ? range.start : tokens[from]!.start, end: tokens[c.at - 1]!.end });
    from = c.next;
  }
  out.push({ start: from === 0 ? range.start : tokens[from]!.start, end: range.end });
  return out;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'all',
  'any',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'every',
  'each',
  'further',
  'more',
  'no',
  'such',
  'appropriate',
  'necessary',
]);

/** A bare verb opening an action at token `j` ("ensure", "end the state of emergency"). */
function bareVerbAt(tokens: readonly Token[], j: number): boolean {
  const verb = tokens[j];
  const after = tokens[j + 1];
  if (!isLowerWord(verb) || verb!.lower === 'to' || !after || after.text === ',') return false;
  if (isLikelyVerb(verb!.lower)) return true;
  return DETERMINERS.has(after.lower) && canBeVerb(verb!.lower);
}

// Loops at module level rather than callbacks made per call: V8 holds a closure's optimised code
// only weakly, so closures made for every sentence were compiled again after every full GC.
function byPosition(a: Cut, b: Cut): number {
  return a.at - b.at;
}

/** Whether one of the phrases starts at a token in [from, to). */
function hasPhrase(tokens: readonly Token[], from: number, to: number, list: Phrases): boolean {
  for (let i = from; i < to; i++) if (phraseAt(tokens, i, list) > 0) return true;
  return false;
}

function hasInfinitive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (infinitiveAt(tokens, i) !== null) return true;
  return false;
}

/**
 * Whether every comma in [from, to) is followed by a bare verb and every item has an object
 * ("release X, lift Y"; not "investigate, prosecute and punish X", verbs sharing one object).
 */
function commasOpenVerbs(tokens: readonly Token[], from: number, to: number): boolean {
  let item = from;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.text !== ',') continue;
    if (i - item < 2 || !bareVerbAt(tokens, i + 1)) return false;
    item = i + 1;
  }
  return to - item >= 2;
}

function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.text === ',') return true;
  return false;
}

/** The cuts that hold, in order (see splitActions). */
function acceptCuts(tokens: readonly Token[], candidates: readonly Cut[]): Cut[] {
  const out: Cut[] = [];
  let from = 0;
  for (const c of [...candidates].sort(byPosition)) {
    if (c.at <= from) continue;
    if (hasPhrase(tokens, from, c.at, PURPOSE_MARKERS)) continue;
    const inner = hasInfinitive(tokens, from, c.at);
    if (c.to) {
      if (inner && !c.comma) continue;
    } else {
      if (inner || hasPhrase(tokens, from, c.at, RELATIVE_MARKERS)) continue;
      if (c.at - from < 2) continue;
      // "unity, political will and trust": a series of nouns, not a second action; but "release
      // X, lift Y and allow Z" is a series of actions: every comma opens a verb.
      if (!c.comma && hasComma(tokens, from, c.at) && !commasOpenVerbs(tokens, from, c.at))
        continue;
    }
    out.push(c);
    from = c.next;
  }
  return out;
}

/** Whether "for" stands in tokens [from, to). */
function innerFor(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.lower === 'for') return true;
  return false;
}

/**
 * "calls for A, and for B": the conjuncts of a call for (", and for" always; " and for" when asked,
 * or when no "for" of its own stands in the first conjunct).
 */
export function splitCallFor(text: string, range: Range, plainAnd: boolean): Range[] {
  const tokens = tokenize(text, range.start, range.end);
  const out: Range[] = [];
  let from = 0;
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (tokens[j]!.lower !== 'and' || tokens[j + 1]!.lower !== 'for' || !tokens[j + 2]) continue;
    const comma = tokens[j - 1]!.text === ',';
    // "calls for the creation of X and for the recognition of Y": the call's own "for" again;
    // not in "calls for support for farmers and for fishers", where it repeats an inner "for"
    if (!comma && !plainAnd && innerFor(tokens, from, j)) continue;
    const end = comma ? j - 1 : j;
    if (end <= from) continue;
    out.push({ start: from === 0 ? range.start : tokens[from]!.start, end: tokens[end - 1]!.end });
    from = j + 2;
  }
  out.push({ start: from === 0 ? range.start : tokens[from]!.start, end: range.end });
  return out;
}
