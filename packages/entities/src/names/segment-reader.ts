import { MONTH_FULL_NAMES, WEEKDAY_INDEX } from '../dates/date-data';
import { type Candidate, RANK } from './candidate';
import { isKnownWord } from './is-known-word';
import {
  commonCapitalised,
  type GazetteerEntry,
  gazetteer,
  isFiniteVerb,
  isFirstName,
  isInfinitive,
  isLastName,
  isNonNameWord,
  legalHeads,
  nonEntityPhrases,
  numberedKinds,
  orgHeads,
  partWords,
  roleHeads,
  sentenceOpeners,
} from './knowledge';
import type { Token } from './tokenize';

// Predicates at module level rather than arrow functions in the methods: V8 holds a closure's
// optimised code only weakly, so callbacks made for every sentence were compiled again after
// every full GC.
function isPlace(v: GazetteerEntry): boolean {
  return v.type === 'country' || v.type === 'location';
}
function isLegalAct(v: GazetteerEntry): boolean {
  return v.type === 'legal_act';
}
/** Whether one of the first `n` tokens is a word of three letters or more. */
function someLongWord(tokens: readonly Token[], n: number): boolean {
  for (let k = 0; k < n; k++) if (tokens[k]!.word && tokens[k]!.text.length > 2) return true;
  return false;
}

/** Words that join the parts of a name ("Office for Democratic Institutions and Human Rights"). */
const COMPLEMENT_CONNECTORS = new Set([
  'of',
  'on',
  'for',
  'in',
  'against',
  'with',
  'at',
  'to',
  'from',
]);
export const NAME_PARTICLES = new Set([
  'und',
  'Al',
  'El',
  'Abu',
  'Bin',
  'Ibn',
  'Von',
  'Da',
  'Di',
  'Du',
  'Le',
  'La',
  'Del',
  'Dos',
  'de',
  'De',
  'van',
  'Van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'dos',
  'das',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'ibn',
]);
const LOWER_TAIL_STOPS = new Set([
  'and',
  'or',
  'which',
  'that',
  'who',
  'whose',
  'where',
  'when',
  'in',
  'with',
  'as',
  'by',
  'under',
  'within',
  'for',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'should',
  'shall',
  'will',
  'must',
  'would',
  'could',
  'can',
  'may',
  'might',
  'adopted',
  'thereof',
  'but',
  'not',
  'so',
  'its',
  'their',
]);
const TRAILING_CONNECTORS = new Set([
  'of',
  'on',
  'for',
  'the',
  'to',
  'and',
  'in',
  'with',
  'at',
  'from',
  'against',
]);
export const ROMAN = /^[IVXLC]+$/;
const PART_NUMBER = /^(?:\d+[a-z]?|[IVXLC]+)$/;
export const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const ACT_SUFFIX = new Set(['EU', 'EC', 'EEC', 'Euratom', 'CFSP', 'JHA', 'ECSC']);
export const TWO_LETTERS = /^[A-Z]{2}$/;
const LIST_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const HAS_DIGIT = /\d/;
/** No name runs longer than this many tokens on one side of its head (keeps every scan linear). */
const MAX_NAME_TOKENS = 24;
/** Month and weekday names: calendar words, never names (from the dates' data). */
const CALENDAR: ReadonlySet<string> = new Set([...MONTH_FULL_NAMES, ...WEEKDAY_INDEX.keys()]);
const QUOTES = new Set(['"', '“', '‘', "'", '«']);
/** Marks after which a word opens a sentence or a list item ("A. whereas", "- bring about", "a) ..."). */
const INITIAL_AFTER = new Set([
  '.',
  ':',
  '!',
  '?',
  '•',
  '·',
  '-',
  '–',
  '—',
  ')',
  '"',
  '“',
  '‘',
  "'",
]);
/** Connectors that may open a name's complement; more may follow inside it. */
const FIRST_CONNECTORS = new Set(['of', 'on', 'for', 'against']);
export const ACT_KIND_WORDS = new Set([
  'Framework',
  'Implementing',
  'Delegated',
  'Basic',
  'Amending',
  'Proposed',
  'New',
  'Joint',
]);

/**
 * Reading helpers over the tokens of one segment: which words can be part of a name, and how far
 * a name runs from a head word or a title.
 */
export class SegmentReader {
  protected readonly initial: boolean[];
  /** capWord answers: 0 not yet known, 1 yes, 2 no. */
  private readonly capMemo: Uint8Array;

  constructor(
    protected readonly tokens: readonly Token[],
    protected readonly text: string,
  ) {
    this.capMemo = new Uint8Array(tokens.length);
    this.initial = [];
    for (let i = 0; i < tokens.length; i++)
      this.initial.push(this.isInitial(tokens[i] as Token, i));
  }

  protected tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  protected isInitial(t: Token, i: number): boolean {
    if (i === 0) return true;
    const prev = this.tokens[i - 1] as Token;
    for (let c = prev.end; c < t.start; c++) if (this.text.charCodeAt(c) === 10) return true;
    if (!prev.word && INITIAL_AFTER.has(prev.text)) {
      // "A. whereas", "1. Calls", "- bring about", "a) ..."
      return true;
    }
    if (i <= 2 && !someLongWord(this.tokens, i)) return true;
    return false;
  }

  /** A capitalised word that can be part of a name. */
  protected capWord(i: number): boolean {
    const memo = this.capMemo[i];
    if (memo !== undefined && memo !== 0) return memo === 1;
    const yes = this.isCapWord(i);
    if (i >= 0 && i < this.capMemo.length) this.capMemo[i] = yes ? 1 : 2;
    return yes;
  }

  private isCapWord(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word || !t.cap || commonCapitalised.has(t.text)) return false;
    if (t.text.length === 1 || LIST_NUMERAL.test(t.text) || PLURAL_ACRONYM.test(t.text))
      return false;
    if (HAS_DIGIT.test(t.text)) return false;
    if (this.initial[i]) {
      if (sentenceOpeners.has(t.text)) return false;
      // after an opening quote a capitalised adjective may open a title ("'False Information Law'")
      const quoted = i > 0 && QUOTES.has(this.tok(i - 1)?.text ?? '');
      if (!quoted && isNonNameWord(t.text)) return false;
    }
    return true;
  }

  /** A capitalised word, an ordinal or a number joined to one ("EU-2020", "11th"). */
  protected namePart(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word) return false;
    if (this.capWord(i)) return true;
    // "Good Friday Agreement": a calendar word inside a name
    if (CALENDAR.has(t.text) && this.capWord(i - 1)) return true;
    const prev = this.tok(i - 1);
    return t.num && prev !== undefined && !t.spaceBefore && (prev.key === '-' || prev.key === '/');
  }

  /** "AI" Act, "Dublin III" Regulation: an acronym, or a numeral after a capitalised word, before a head. */
  private acronymOrNumeral(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word || !t.upper || (this.initial[i] && sentenceOpeners.has(t.text))) return false;
    return !LIST_NUMERAL.test(t.text) || this.capWord(i - 1);
  }

  protected joiner(i: number): boolean {
    const t = this.tok(i);
    const next = this.tok(i + 1);
    return (
      t !== undefined &&
      next !== undefined &&
      (t.key === '-' || t.key === '/' || t.key === '&') &&
      !t.spaceBefore &&
      !next.spaceBefore &&
      next.word
    );
  }

  /** Consumes capitalised words (and joined pieces) from i; returns the index after. */
  protected consumeCaps(i: number): number {
    let j = i;
    while (j - i < MAX_NAME_TOKENS) {
      if (this.namePart(j) || (j > i && this.tok(j)?.num && !this.tok(j)?.spaceBefore)) j++;
      else if (j > i && this.joiner(j) && (this.tok(j + 1)?.cap || this.tok(j + 1)?.num)) j += 2;
      else if (j > i && this.tok(j)?.text === '&' && this.capWord(j + 1)) j += 2;
      else break;
    }
    return j;
  }

  /** Start of the capitalised words that stand right before `h` ("Partnership and Cooperation" Agreement). */
  protected leftExtension(h: number): number {
    let k = h;
    for (;;) {
      const p = k - 1;
      if (p < 0 || h - p > MAX_NAME_TOKENS) break;
      if (this.namePart(p) || this.acronymOrNumeral(p)) {
        k = p;
        continue;
      }
      if (this.joiner(p - 1) && p - 1 >= 0 && this.tok(p - 1)?.key !== '&' && this.tok(p)?.word) {
        k = p;
        continue;
      }
      const pt = this.tok(p);
      if (
        pt &&
        !pt.word &&
        (pt.key === '-' || pt.key === '/') &&
        !pt.spaceBefore &&
        !this.tok(k)?.spaceBefore
      ) {
        if (this.namePart(p - 1) || this.tok(p - 1)?.word) {
          k = p - 1;
          continue;
        }
      }
      // "Partnership and Cooperation Agreement"; not "Abzas Media and Toplum TV" (a name with a
      // head of its own before "and") nor "von der Leyen and European Council" (a known name after)
      if (
        (pt?.text === 'and' || pt?.text === '&') &&
        this.capWord(p - 1) &&
        !this.joiner(p - 2) &&
        !orgHeads.has((this.tok(p - 1) as Token).text) &&
        !gazetteer.match(this.tokens, k)
      ) {
        k = p - 1;
        continue;
      }
      break;
    }
    while (k < h && !this.namePart(k) && !this.tok(k)?.upper) k++;
    return k;
  }

  /** End of a complement that names ("for Foreign Affairs and Security Policy", "of the OSCE's Office ..."). */
  protected complement(e: number): number {
    let k = e;
    // after a known name only a possessive goes on ("of the OSCE's Office for ...")
    let afterKnown = false;
    for (;;) {
      const t = this.tok(k);
      if (!t || k - e > MAX_NAME_TOKENS) break;
      const possessive =
        t.key === "'" && this.tok(k + 1)?.text === 's' && !this.tok(k + 1)?.spaceBefore;
      if (possessive && k > e && this.capWord(k + 2)) {
        [k, afterKnown] = this.consumeNamed(k + 2);
        continue;
      }
      if (afterKnown) break;
      if (t.word && (k > e ? COMPLEMENT_CONNECTORS : FIRST_CONNECTORS).has(t.text)) {
        let j = k + 1;
        if (this.tok(j)?.text === 'the') j++;
        if (!this.capWord(j)) break;
        [k, afterKnown] = this.consumeNamed(j);
        continue;
      }
      const and = t.text === 'and' || t.text === '&';
      if (and && k > e) {
        // "Community of Latin American and the Caribbean States"
        const withThe = this.tok(k + 1)?.text === 'the';
        const j = withThe ? k + 2 : k + 1;
        if (this.capWord(j) && !this.startsRole(j) && !this.startsOther(j)) {
          const [end, known] = this.consumeNamed(j);
          // "and the Belarusian State University" opens another name; so does "Abzas Media and
          // Toplum TV", a name ended by its head before "and"
          if (withThe && this.hasHeadWord(j, end)) break;
          if (orgHeads.has((this.tok(k - 1) as Token).text) && this.hasHeadWord(j, end)) break;
          [k, afterKnown] = [end, known];
          continue;
        }
      }
      break;
    }
    return k;
  }

  /** Whether a head word of an organisation, act, role or policy stands in tokens [s, e). */
  private hasHeadWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      const w = (this.tok(k) as Token).text;
      if (orgHeads.has(w) || legalHeads.has(w) || roleHeads.match(this.tokens, k)) return true;
    }
    return false;
  }

  /** A known name from j (taken whole, nothing after it), else capitalised words. */
  protected consumeNamed(j: number): [number, boolean] {
    const g = gazetteer.match(this.tokens, j);
    if (g && this.continuesName(g.end)) return [this.consumeCaps(g.end), false];
    if (g) return [g.end, true];
    return [this.consumeCaps(j), false];
  }

  /** A lower-case subject after a head ("Directive on cross-border healthcare"). */
  protected lowerTail(e: number): number {
    const first = this.tok(e);
    if (!first || !['on', 'concerning'].includes(first.text)) return e;
    const second = this.tok(e + 1);
    if (!second?.word || second.cap || second.num) return e;
    let k = e + 1;
    let words = 0;
    for (; k < this.tokens.length && words < 10; k++) {
      const t = this.tok(k) as Token;
      if (!t.word) {
        if (this.joiner(k)) continue;
        break;
      }
      if ((t.cap && !t.upper) || /\d/.test(t.text)) break;
      // "on preventing and combating violence against women and domestic violence"
      if (t.text === 'and' && words > 0 && this.andGoesOn(k + 1)) {
        words++;
        continue;
      }
      if (LOWER_TAIL_STOPS.has(t.text)) break;
      if (t.text === 'to' && this.tok(k + 1) && isInfinitive((this.tok(k + 1) as Token).text))
        break;
      words++;
    }
    while (k > e + 1 && TRAILING_CONNECTORS.has((this.tok(k - 1) as Token).text)) k--;
    // "... on the situation of human rights in Belarus"
    if (k > e + 1 && this.tok(k)?.text === 'in') {
      const g = gazetteer.match(this.tokens, k + 1);
      if (g?.values.some(isPlace)) k = g.end;
    }
    return k > e + 1 ? k : e;
  }

  /** After "and" in a lower-case subject: another word of it, not a new clause ("and the", "and to"). */
  private andGoesOn(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word || t.cap || t.num || LOWER_TAIL_STOPS.has(t.text)) return false;
    if (t.text === 'the' || t.text === 'to' || t.text === 'a' || t.text === 'an') return false;
    return !isFiniteVerb(t.text);
  }

  /** A reference to a part of an act or a known name starts at i: "and" before it joins two names. */
  protected startsOther(i: number): boolean {
    if (partWords.match(this.tokens, i) !== null) return true;
    const g = gazetteer.match(this.tokens, i);
    // a known name that goes on ("Caribbean States") is only a word of the longer name
    return g !== null && !this.continuesName(g.end);
  }

  /** A common capitalised word right after a known name continues a longer name ("Caribbean States"); a given name does not. */
  protected continuesName(i: number): boolean {
    const t = this.tok(i);
    return (
      t?.spaceBefore === true && this.capWord(i) && isKnownWord(t.text) && !isFirstName(t.text)
    );
  }

  protected startsRole(i: number): boolean {
    return roleHeads.match(this.tokens, i) !== null || this.tok(i)?.text === 'Commissioner';
  }

  /** After "Article": "7(1)", "4, 6, 9 and 191", "III". */
  protected partNumbers(from: number): number {
    let k = from;
    let any = false;
    for (;;) {
      const t = this.tok(k);
      if (
        !t?.word ||
        !PART_NUMBER.test(t.text) ||
        (ROMAN.test(t.text) && !any && t.text.length > 4)
      )
        break;
      any = true;
      k++;
      // (1), (a), (2)(b)
      while (
        this.tok(k)?.key === '(' &&
        this.tok(k + 1)?.word &&
        this.tok(k + 2)?.key === ')' &&
        !this.tok(k)?.spaceBefore
      ) {
        k += 3;
      }
      const sep = this.tok(k);
      if (
        sep &&
        (sep.key === ',' || sep.text === 'and' || sep.text === 'to' || sep.text === 'or') &&
        this.tok(k + 1)?.num
      ) {
        k++;
        continue;
      }
      break;
    }
    return any ? k : from;
  }

  /** A legal act that starts at j (gazetteer, numbered, or named by head), as a candidate. */
  protected actAt(j: number): Candidate | null {
    const n = this.numberedEnd(j);
    if (n > j) return { s: j, e: n, type: 'legal_act', rank: RANK.numbered };
    const g = gazetteer.match(this.tokens, j);
    const legal = g?.values.find(isLegalAct);
    if (g && legal)
      return {
        s: j,
        e: g.end,
        type: 'legal_act',
        id: legal.id,
        name: legal.name,
        rank: RANK.gazetteer,
      };
    if (this.capWord(j)) {
      const end = this.consumeCaps(j);
      for (let h = end - 1; h >= j; h--) {
        const ht = this.tok(h) as Token;
        if (legalHeads.has(ht.text)) {
          const e = Math.max(this.complement(h + 1), h + 1);
          return { s: j, e, type: 'legal_act', rank: RANK.head };
        }
      }
      if (legalHeads.has((this.tok(j) as Token).text)) {
        const e = this.complement(j + 1);
        if (e > j + 1) return { s: j, e, type: 'legal_act', rank: RANK.head };
      }
    }
    return null;
  }

  /** "Directive 2001/83/EC", "Regulation (EC) No 141/2000", "Council Decision (CFSP) 2022/266". */
  protected numberedEnd(i: number): number {
    const kind = numberedKinds.match(this.tokens, i);
    if (!kind) return i;
    let k = kind.end;
    if (this.tok(k)?.key === '(' && ACT_SUFFIX.has(this.tok(k + 1)?.text ?? '')) {
      k += 2;
      if (this.tok(k)?.key === ',' && ACT_SUFFIX.has(this.tok(k + 1)?.text ?? '')) k += 2;
      if (this.tok(k)?.key !== ')') return i;
      k++;
    }
    if (this.tok(k)?.text === 'No' || this.tok(k)?.text === 'No.') k++;
    if (
      !this.tok(k)?.num ||
      this.tok(k + 1)?.key !== '/' ||
      !this.tok(k + 2)?.num ||
      this.tok(k + 1)?.spaceBefore
    )
      return i;
    k += 3;
    if (
      this.tok(k)?.key === '/' &&
      !this.tok(k)?.spaceBefore &&
      ACT_SUFFIX.has(this.tok(k + 1)?.text ?? '')
    )
      k += 2;
    return k;
  }

  /** End of a person's name starting at i ("Alexander Lukashenko", "Charles GOERENS", "Petra De Sutter"), or i. */
  protected nameAfter(i: number): number {
    // "President von der Leyen"
    const lead = this.particlesBeforeCap(i);
    if (lead > 0 && this.capWord(i + lead) && !this.startsKnownNonPerson(i + lead)) {
      const end = this.nameAfter(i + lead);
      return end > i + lead ? end : i;
    }
    if (!this.capWord(i) || this.startsKnownNonPerson(i)) return i;
    let k = i;
    let words = 0;
    for (; k < this.tokens.length && words < 5; ) {
      if (
        this.capWord(k) &&
        !legalHeads.has((this.tok(k) as Token).text) &&
        !orgHeads.has((this.tok(k) as Token).text)
      ) {
        k++;
        words++;
      } else if (this.joiner(k) && this.capWord(k + 1)) k += 2;
      else if (words > 0 && this.particlesBeforeCap(k) > 0) k += this.particlesBeforeCap(k);
      else break;
    }
    return k;
  }

  /** How many name particles ("von der", "de", "Al") start at i, followed by a capitalised word; else 0. */
  protected particlesBeforeCap(i: number): number {
    // "Sophia in ‘t Veld"
    if (
      this.tok(i)?.text === 'in' &&
      this.tok(i + 1)?.key === "'" &&
      this.tok(i + 2)?.text === 't'
    ) {
      return this.capWord(i + 3) ? 3 : 0;
    }
    let n = 0;
    while (n < 2 && NAME_PARTICLES.has(this.tok(i + n)?.text ?? '')) n++;
    return n > 0 && this.capWord(i + n) ? n : 0;
  }

  protected startsKnownNonPerson(i: number): boolean {
    const g = gazetteer.match(this.tokens, i);
    if (g) return true;
    const t = this.tok(i) as Token;
    return commonCapitalised.has(t.text) || nonEntityPhrases.match(this.tokens, i) !== null;
  }

  /**
   * Words that are not common English words, or are given names or surnames; in a run of three
   * or more, one inner word may be English ("Aung San Suu Kyi").
   */
  protected looksLikeName(s: number, e: number): boolean {
    let words = 0;
    let english = 0;
    let edgeEnglish = false;
    for (let k = s; k < e; k++) {
      const w = this.tok(k) as Token;
      if (!w.word || NAME_PARTICLES.has(w.text)) continue;
      words++;
      if (isKnownWord(w.text) && !isFirstName(w.text) && !isLastName(w.text) && !w.upper) {
        english++;
        if (words === 1 || k === e - 1) edgeEnglish = true;
        if (english > 1 || edgeEnglish) return false;
      }
    }
    return english === 0 || (english === 1 && words >= 3 && !edgeEnglish);
  }

  protected initialCommon(i: number): boolean {
    const t = this.tok(i) as Token;
    return this.initial[i] === true && isKnownWord(t.text) && !isFirstName(t.text);
  }
}
