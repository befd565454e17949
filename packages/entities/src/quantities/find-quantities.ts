import type {
  ParsedDocument,
  Qualifier,
  Quantity,
  QuantityRole,
  QuantityUnit,
  Span,
} from '@hemicycle/schema';
import { makeSpan } from '@hemicycle/schema';
import { isReferenceCue } from '../dates/date-data';
import { dateRanges } from '../dates/find-dates';
import {
  isBlank,
  isDigit,
  isLetter,
  matchPhraseAfter,
  matchPhraseBefore,
  phraseList,
  tokenAfter,
  tokenBefore,
  tokenText,
} from '../dates/text-tokens';
import {
  AMBIGUOUS_ALONE,
  APPOSITION_OPENERS,
  CHILD_NOUNS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  CURRENCY_SCALES,
  DEMONYM_ENDINGS,
  NON_NOUNS,
  NOT_COUNTED,
  NOT_COUNTED_FOLLOWERS,
  NUMBER_SCALES,
  NUMBER_UNITS,
  PERCENT_WORDS,
  PERSON_NOUNS,
  QUALIFIER_TABLE,
  ROLE_AFTER,
  ROLE_AUXILIARIES,
  ROLE_BEFORE,
  ROLE_NOUNS,
  VOTE_WORDS,
} from './quantity-data';
import { type ReadNumber, readDigits, readNumberWord } from './read-number';

const DIGITS_RE = /(?<![\w.,/‑–—-])\d+/g;
/** Words that may be number words (first letters of the table's words); looked up in the table. */
const NUMBER_WORD_RE = new RegExp(
  `\\b[${[...new Set([...NUMBER_UNITS.keys()].flatMap((w) => [w[0] ?? '', (w[0] ?? '').toUpperCase()]))].join('')}][a-z]{2,8}\\b`,
  'g',
);
const VOTE_CONTEXT_RE = /\bvot|abstention/i;
/** Words that end a noun phrase: a counted noun is not looked for past them. */
const STOP_WORDS = new Set([
  'of',
  'the',
  'and',
  'or',
  'in',
  'to',
  'for',
  'a',
  'an',
  'with',
  'by',
  'on',
  'at',
  'from',
  'than',
  'were',
  'was',
  'is',
  'are',
  'have',
  'has',
  'had',
  'be',
  'been',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'can',
  'could',
  'must',
  'that',
  'which',
  'who',
  'this',
  'these',
  'those',
  'as',
  'into',
  'per',
  'between',
  'under',
  'over',
  'after',
  'before',
  'since',
  'until',
  'not',
  'no',
  'its',
  'their',
  'his',
  'her',
]);
const MAX_MODIFIERS = 2;
const TO = phraseList(['to']);
const OUT_OF = phraseList(['out of']);
/** Auxiliaries that may follow a comma and still lead to the count's verb. */
const VERB_AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'remain',
  'remained',
]);
const VOTES_TO = phraseList(['votes to', 'vote to', 'votes against']);
/** Capitalised words that may open a sentence before a number ("Only 3 ...", "Some 300 ..."). */
const SENTENCE_OPENERS = new Set([
  'only',
  'all',
  'another',
  'just',
  'almost',
  'nearly',
  'roughly',
  'and',
  'but',
  'while',
  'whereas',
  'when',
  'although',
]);

interface Counted {
  unit: QuantityUnit;
  end: number;
  noun: string;
}

/** Where the digits sit inside a date mention, a reference chain, or a list marker. */
function insideRanges(
  ranges: readonly { start: number; end: number }[],
  pos: number,
  k: { i: number },
): boolean {
  while (k.i < ranges.length && (ranges[k.i]?.end ?? 0) <= pos) k.i++;
  const r = ranges[k.i];
  return r !== undefined && r.start <= pos;
}

/** The word after `pos`, or '' (a mark or the end). */
function nextWord(text: string, pos: number): string {
  const tok = tokenAfter(text, pos);
  if (!tok) return '';
  const word = tokenText(text, tok);
  return isLetter(word.charCodeAt(0)) ? word : '';
}

function isPluralNoun(word: string): boolean {
  if (word.length < 3) return false;
  const lower = word.toLowerCase();
  if (NON_NOUNS.has(lower)) return false;
  if (!lower.endsWith('s')) return false;
  return !(
    lower.endsWith('ss') ||
    lower.endsWith('us') ||
    lower.endsWith('is') ||
    lower.endsWith("'s")
  );
}

/** Whether a lower-case word is a qualifier phrase or its first word. */
function startsQualifier(lower: string): boolean {
  const prefix = `${lower} `;
  for (const p of QUALIFIER_TABLE.phrases.all) if (p === lower || p.startsWith(prefix)) return true;
  return false;
}

function endsLikeDemonym(lower: string): boolean {
  for (const e of DEMONYM_ENDINGS) if (lower.endsWith(e)) return true;
  return false;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The noun a number counts ("17 people", "three EU institutions"), or null; 'none' for measures. */
function countedNoun(text: string, pos: number): Counted | 'none' | null {
  let at = pos;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const tok = tokenAfter(text, at);
    if (!tok) return null;
    const word = tokenText(text, tok);
    if (!isLetter(word.charCodeAt(0))) {
      if (k === 0 && (word === '°' || word === '²')) return 'none';
      return null;
    }
    const lower = word.toLowerCase();
    if (k === 0 && NOT_COUNTED.has(lower)) return 'none';
    if (NOT_COUNTED.has(lower) && k > 0) return 'none';
    const child = matchPhraseAfter(text, tok.start, CHILD_NOUNS);
    if (child) return { unit: 'child', end: child.end, noun: child.phrase };
    const person = matchPhraseAfter(text, tok.start, PERSON_NOUNS);
    if (person) return { unit: 'person', end: person.end, noun: person.phrase };
    if (STOP_WORDS.has(lower)) return null;
    // "8.1 million Sudanese have been displaced" (not "five Japanese companies")
    if (isCapitalised(word) && endsLikeDemonym(lower) && !isPluralNoun(nextWord(text, tok.end))) {
      return { unit: 'person', end: tok.end, noun: lower };
    }
    if (isPluralNoun(word)) {
      const next = text.charCodeAt(tok.end);
      if (next === 45 || next === 0x2011) {
        at = tok.end;
        continue;
      }
      if (isCapitalised(word) && endsLikeDemonym(lower))
        return { unit: 'person', end: tok.end, noun: lower };
      return { unit: 'other', end: tok.end, noun: lower };
    }
    at = tok.end;
    const next = text.charCodeAt(at);
    if (next === 45 || next === 0x2011) at++;
  }
  return null;
}

/** Skips auxiliaries ("were", "have had to") and reads a role verb ("died", "injured"). */
function roleAfter(text: string, pos: number): QuantityRole | null {
  let at = pos;
  for (let k = 0; k < 6; k++) {
    const hit = matchPhraseAfter(text, at, ROLE_AFTER.phrases);
    if (hit) return ROLE_AFTER.meaning.get(hit.phrase) ?? null;
    const tok = tokenAfter(text, at);
    if (!tok) return null;
    const word = tokenText(text, tok).toLowerCase();
    if (word === ',') {
      at = afterAside(text, tok.end);
      if (at < 0) return null;
      continue;
    }
    if (!ROLE_AUXILIARIES.has(word)) return null;
    at = tok.end;
  }
  return null;
}

const MAX_ASIDE = 80;

/**
 * After a comma: the end of an aside (", including 300 minors,") or of a comma before the verb
 * (", have been detained"); -1 where the comma ends the count's clause.
 */
function afterAside(text: string, pos: number): number {
  if (matchPhraseAfter(text, pos, APPOSITION_OPENERS)) {
    const limit = Math.min(text.length, pos + MAX_ASIDE);
    for (let i = pos; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 59 || c === 46) return -1;
      if (c === 44) return i + 1;
    }
    return -1;
  }
  const next = tokenText(text, tokenAfter(text, pos)).toLowerCase();
  return VERB_AUXILIARIES.has(next) ? pos : -1;
}

function roleBefore(text: string, pos: number, floor: number): QuantityRole | null {
  const hit = matchPhraseBefore(text, pos, ROLE_BEFORE.phrases, floor);
  return hit ? (ROLE_BEFORE.meaning.get(hit.phrase) ?? null) : null;
}

/** Whether the number at `start` follows a reference cue: "Article 5", "OJ L 88", "p. 45", "No 17". */
function followsReferenceCue(text: string, start: number, floor: number): boolean {
  const prev = tokenBefore(text, start, floor);
  if (!prev) return false;
  const word = tokenText(text, prev);
  if (word === '.') {
    const abbr = tokenBefore(text, prev.start, floor);
    return abbr !== null && abbr.end === prev.start && isReferenceCue(tokenText(text, abbr), true);
  }
  if (word === ':') {
    // "Footnote: 4 Texts adopted".
    const label = tokenBefore(text, prev.start, floor);
    return label !== null && isReferenceCue(tokenText(text, label), false);
  }
  if (word === ')' || word === '(') {
    // "Regulation (EU) 2019", "Rule 132(2)": look one token further back.
    const inner = tokenBefore(text, prev.start, floor);
    const open = inner ? tokenBefore(text, inner.start, floor) : null;
    const cue = open ? tokenBefore(text, open.start, floor) : null;
    return (
      cue !== null && tokenText(text, open) === '(' && isReferenceCue(tokenText(text, cue), false)
    );
  }
  return isLetter(word.charCodeAt(0)) && isReferenceCue(word, false);
}

/** "1, 2 and 3" after a reference: the chain continues ("Articles 4, 6, 9 and 191"). */
function continuesReference(text: string, lastRefEnd: number, start: number): boolean {
  if (lastRefEnd < 0 || start - lastRefEnd > 12) return false;
  const gap = text.slice(lastRefEnd, start).trim();
  return (
    gap === ',' ||
    gap === 'and' ||
    gap === 'or' ||
    gap === 'to' ||
    gap === '-' ||
    gap === '–' ||
    gap === ''
  );
}

const CLOSERS = new Set([')', '’', "'", '”', '"', ']']);

/**
 * A footnote call or a number glued to a reference: "Drugs') 1 aims", "2004/757/JHA 14 applies",
 * "Tier 2 CCP": digits after a closing bracket or quote, after a token with a slash, or after a
 * capitalised word that is not a function word opening the sentence.
 */
function followsNameOrReference(
  text: string,
  start: number,
  floor: number,
): 'reference' | 'name' | null {
  const prev = tokenBefore(text, start, floor);
  if (!prev || prev.end === start) return null;
  const word = tokenText(text, prev);
  if (CLOSERS.has(word)) return 'reference';
  let i = prev.end;
  const limit = Math.max(floor, prev.end - 30);
  while (i > limit && !isBlank(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 10) {
    if (text.charCodeAt(i - 1) === 47) return 'reference';
    i--;
  }
  if (!isCapitalised(word) || word.length < 2) return null;
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower) || SENTENCE_OPENERS.has(lower)) return null;
  if (startsQualifier(lower)) return null;
  const before = tokenBefore(text, prev.start, floor);
  if (!before) return null;
  const b = tokenText(text, before);
  const opensSentence =
    b === '.' ||
    b === ':' ||
    b === ';' ||
    b === '!' ||
    b === '?' ||
    b === '(' ||
    b === '–' ||
    b === '-';
  return opensSentence ? null : 'name';
}

/** "one in ten residents": a ratio, not a count. */
function isRatio(text: string, start: number, floor: number): boolean {
  if (matchPhraseBefore(text, start, OUT_OF, floor)) return true;
  const prev = tokenBefore(text, start, floor);
  if (!prev || tokenText(text, prev).toLowerCase() !== 'in') return false;
  const first = tokenBefore(text, prev.start, floor);
  const w = tokenText(text, first).toLowerCase();
  return w === 'one' || (w.length > 0 && isDigit(w.charCodeAt(0)));
}

/** A number alone on its line start, followed by "." or ")": a list marker. */
function isListMarker(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if (after !== 46 && after !== 41) return false;
  let i = start;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 40;
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  plainFourDigits: boolean;
  dotGroupDecimal: number | null;
  isWord: boolean;
}

function classify(text: string, from: number, c: Candidate): Quantity | null {
  let { start, end, value } = c;
  const after = text.charCodeAt(end);
  // Glued to letters ("68th", "12a"), slashes, brackets or hyphens: ordinals, footnotes, references.
  let gluedScale = 0;
  if (isLetter(after)) {
    const tok = tokenAfter(text, end);
    gluedScale = CURRENCY_SCALES.get(tokenText(text, tok).toLowerCase()) ?? 0;
    if (!gluedScale || c.isWord) return null;
  }
  if (after === 47 || after === 40 || after === 95) return null;
  if ((after === 45 || after === 0x2011 || after === 0x2013) && !c.isWord) return null;
  if (c.isWord && (after === 45 || after === 0x2011)) return null;
  if (after === 58 && isDigit(text.charCodeAt(end + 1))) return null;
  const before = text.charCodeAt(start - 1);
  if (before === 91 /* [ */) return null;
  if (before === 40 && after === 41) return null;

  // Currency and qualifier in front.
  let spanStart = start;
  let currency: 'EUR' | 'USD' | null = null;
  const cur = matchPhraseBefore(text, start, CURRENCY_BEFORE.phrases, from);
  if (cur) {
    currency = CURRENCY_BEFORE.meaning.get(cur.phrase) ?? null;
    spanStart = cur.start;
  }
  const glued = currency || c.isWord ? null : followsNameOrReference(text, start, from);
  if (glued === 'reference') return null;
  if (isRatio(text, start, from)) return null;
  const qual = matchPhraseBefore(text, spanStart, QUALIFIER_TABLE.phrases, from);
  const qualifier: Qualifier | null = qual
    ? (QUALIFIER_TABLE.meaning.get(qual.phrase) ?? null)
    : null;
  const outerStart = qual ? qual.start : spanStart;

  // Scale: "1.5 billion", "7 million", "EUR 20m".
  let scaleEnd = end;
  if (gluedScale && currency) {
    value *= gluedScale;
    scaleEnd = tokenAfter(text, end)?.end ?? end;
  } else {
    const tok = tokenAfter(text, end);
    const word = tokenText(text, tok).toLowerCase();
    const scale = NUMBER_SCALES.get(word) ?? (currency ? CURRENCY_SCALES.get(word) : undefined);
    if (tok && scale !== undefined && word !== 'hundred') {
      if (c.dotGroupDecimal !== null) value = c.dotGroupDecimal;
      value = Math.round(value * scale * 1000) / 1000;
      scaleEnd = tok.end;
    } else if (c.isWord && AMBIGUOUS_ALONE.has(text.slice(start, end).toLowerCase())) {
      return null;
    }
  }
  const scaled = scaleEnd !== end;

  const make = (unit: QuantityUnit, role: QuantityRole | null, spanEnd: number): Quantity => ({
    value,
    unit,
    role,
    qualifier,
    span: makeSpan(text, spanStart, spanEnd),
  });

  if (!currency) {
    const curAfter = matchPhraseAfter(text, scaleEnd, CURRENCY_AFTER.phrases);
    if (curAfter) {
      const unit = CURRENCY_AFTER.meaning.get(curAfter.phrase) ?? 'EUR';
      return make(unit, null, curAfter.end);
    }
  } else {
    return make(currency, null, scaleEnd);
  }

  const percent = matchPhraseAfter(text, scaleEnd, PERCENT_WORDS);
  if (percent) return make('percent', null, percent.end);

  // Vote tallies.
  const votes = matchPhraseAfter(text, scaleEnd, VOTE_WORDS.votes);
  if (votes && !scaled) {
    const against = matchPhraseAfter(text, votes.end, VOTE_WORDS.against);
    if (against) return make('vote', 'against', against.end);
    const inFavour = matchPhraseAfter(text, votes.end, VOTE_WORDS.for);
    const to = matchPhraseAfter(text, votes.end, TO);
    const tallyFollows = to && isDigit(text.charCodeAt(tokenAfter(text, to.end)?.start ?? -1));
    if (inFavour) return make('vote', 'for', inFavour.end);
    if (tallyFollows) return make('vote', 'for', votes.end);
    return make('vote', null, votes.end);
  }
  const abst = matchPhraseAfter(text, scaleEnd, VOTE_WORDS.abstentions);
  if (abst && !scaled) return make('vote', 'abstentions', abst.end);
  if (!scaled && !c.isWord) {
    if (matchPhraseBefore(text, outerStart, VOTES_TO, from)) return make('vote', 'against', end);
    const window = text.slice(Math.max(from, start - 150), Math.min(text.length, end + 150));
    if (VOTE_CONTEXT_RE.test(window)) {
      const against = matchPhraseAfter(text, end, VOTE_WORDS.against);
      if (against) return make('vote', 'against', against.end);
      const inFavour = matchPhraseAfter(text, end, VOTE_WORDS.for);
      if (inFavour) return make('vote', 'for', inFavour.end);
    }
  }

  // Counted things.
  const counted = countedNoun(text, scaleEnd);
  if (counted === 'none') return null;
  if (counted) {
    const follower = tokenText(text, tokenAfter(text, counted.end)).toLowerCase();
    if (NOT_COUNTED_FOLLOWERS.has(follower) && follower === 'per') return null;
    if (counted.unit === 'other') {
      // "Tier 2 CCP", "Horizon 2020 projects": a number in a name, not a count.
      if (c.plainFourDigits || glued === 'name') return null;
      return make('other', null, counted.end);
    }
    const role =
      roleAfter(text, counted.end) ??
      roleBefore(text, outerStart, from) ??
      ROLE_NOUNS.meaning.get(counted.noun) ??
      null;
    return make(counted.unit, role, counted.end);
  }
  // "2 431 returned", "of whom 20 were arrested": a count of people by what happened to them.
  const role = roleAfter(text, scaleEnd) ?? roleBefore(text, outerStart, from);
  if (role && !c.plainFourDigits && glued !== 'name') return make('person', role, scaleEnd);
  return null;
}

const CITATION_RE = /^[^\S\r\n]*(?:[–—-][^\S\r\n]*)?having regard to\b/gim;

/**
 * The citations of a resolution or act ("– having regard to Regulation (EU) 2021/691 ..."): the
 * numbers there belong to the cited texts, not to the world.
 */
function citationLines(text: string, from: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  CITATION_RE.lastIndex = from;
  for (let m = CITATION_RE.exec(text); m !== null; m = CITATION_RE.exec(text)) {
    const eol = text.indexOf('\n', m.index + m[0].length);
    const end = eol < 0 ? text.length : eol;
    lines.push({ start: m.index, end });
    CITATION_RE.lastIndex = end;
  }
  return lines;
}

/** "2 journalists and 3 activists were abducted": coordinated counts share the role said once. */
function shareRoles(text: string, quantities: Quantity[]): void {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const q = quantities[i];
    const next = quantities[i + 1];
    if (!q || !next || q.role !== null || next.role === null) continue;
    if (!PEOPLE.has(q.unit) || !PEOPLE.has(next.unit)) continue;
    if (next.span.start - q.span.end > 12) continue;
    const gap = text.slice(q.span.end, next.span.start).trim();
    if (gap === 'and' || gap === ',' || gap === 'or' || gap === ', and') q.role = next.role;
  }
}

const PEOPLE: ReadonlySet<QuantityUnit> = new Set(['person', 'child']);

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/** Quantities (spec 2.3): numbers the text states about the world, with unit, role and qualifier. */
export function findQuantities(doc: ParsedDocument, _sentences: readonly Span[]): Quantity[] {
  const text = doc.text;
  const from = Math.max(0, Math.min(doc.header.bodyStart, text.length));
  const dates = dateRanges(doc);
  const candidates: Candidate[] = [];
  DIGITS_RE.lastIndex = from;
  for (let m = DIGITS_RE.exec(text); m !== null; m = DIGITS_RE.exec(text)) {
    const read: ReadNumber | null = readDigits(text, m.index);
    if (!read) {
      let i = m.index;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      DIGITS_RE.lastIndex = i;
      continue;
    }
    candidates.push({ start: m.index, isWord: false, ...read });
    DIGITS_RE.lastIndex = Math.max(DIGITS_RE.lastIndex, read.end);
  }
  NUMBER_WORD_RE.lastIndex = from;
  for (let m = NUMBER_WORD_RE.exec(text); m !== null; m = NUMBER_WORD_RE.exec(text)) {
    if (!NUMBER_UNITS.has(m[0].toLowerCase())) continue;
    const read = readNumberWord(text, m.index);
    if (!read) continue;
    candidates.push({
      start: m.index,
      end: read.end,
      value: read.value,
      plainFourDigits: false,
      dotGroupDecimal: null,
      isWord: true,
    });
    NUMBER_WORD_RE.lastIndex = read.end;
  }
  candidates.sort(byStart);

  const out: Quantity[] = [];
  const inDate = { i: 0 };
  const citations = citationLines(text, from);
  const inCitation = { i: 0 };
  let lastRefEnd = -1;
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    if (insideRanges(dates, c.start, inDate) || insideRanges(citations, c.start, inCitation))
      continue;
    if (!c.isWord) {
      if (
        followsReferenceCue(text, c.start, from) ||
        continuesReference(text, lastRefEnd, c.start)
      ) {
        lastRefEnd = c.end;
        continue;
      }
      if (isListMarker(text, c.start, c.end)) continue;
    }
    const q = classify(text, from, c);
    if (q) {
      out.push(q);
      lastEnd = q.span.end;
    }
  }
  shareRoles(text, out);
  return out;
}
