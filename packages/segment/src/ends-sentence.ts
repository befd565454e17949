import {
  isDigit,
  isInlineSpace,
  isInvisible,
  isLetterAt,
  isLineBreak,
  isLowerAt,
  isOpener,
  isSpace,
  isUpperAt,
} from './chars';
import { classifyAbbreviation, REFERENCE_NOUNS, SENTENCE_STARTERS } from './lexicon';
import { isMarkerToken } from './list-marker';

/** How far the rules look back or ahead from a full stop; bounds keep the splitter linear. */
const MAX_TOKEN = 40;
const MAX_WORD = 24;
const MAX_OPENERS = 8;

/** Where a terminator run stands and what follows it. */
export interface TerminatorContext {
  /** First and past-last index of the run of `.`, `!`, `?`, `…`. */
  runStart: number;
  runEnd: number;
  /** First non-space character after the run and its closing quotes/brackets; `limit` if none. */
  next: number;
  /** End of the text the splitter may look at. */
  limit: number;
  /** Where the current sentence started (a paragraph number there is not a sentence). */
  sentenceStart: number;
  /** The run ends its line and `next` starts the following line. */
  lineEnd: boolean;
}

/**
 * Whether a run of terminal punctuation ends its sentence. Each rule is a numbered step; the
 * first that decides wins.
 */
export function endsSentence(text: string, ctx: TerminatorContext): boolean {
  const { runStart, runEnd, next, limit } = ctx;
  if (next >= limit) return true;
  const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 0;
  const single = runEnd - runStart === 1 && text.charCodeAt(runStart) === 46;

  // 1. A bracketed ellipsis "(...)" or "[…]" marks an omission, not an end; punctuation after the
  //    space belongs to the same sentence ("producers. ." where a footnote was dropped).
  if (!single && (before === 40 || before === 91)) return false;
  if (isTrailingPunctuation(text.charCodeAt(next))) return false;

  if (single) {
    const tokenStart = readTokenStart(text, runStart);
    if (tokenStart < runStart) {
      const token = text.slice(tokenStart, runStart);
      // 2. A paragraph number or recital letter opening its line or sentence: "1. Calls on",
      //    "AB. whereas", "Amendment: 12. Stresses".
      if (isMarkerToken(token) && opensSentence(text, tokenStart, ctx.sentenceStart)) return false;
      const previous = readWordBefore(text, tokenStart);
      // 3. Abbreviations, by class (data/abbreviations.json).
      const cls = classifyAbbreviation(token, previous);
      if (cls === 'never') return false;
      if (cls === 'beforeNumber' && startsNumberOrBracket(text, next)) return false;
      if (cls === 'maybe') return startsSentenceWord(text, next, limit);
      // 4. One letter: an initial ("J. Smith", "Charles A. Goerens") unless it labels a part
      //    of a text ("Annex I. Member States"); a lone lower-case letter is an abbreviation.
      if (runStart - tokenStart === 1 && isLetterAt(text, tokenStart)) {
        if (!isUpperAt(text, tokenStart)) return false;
        if (!REFERENCE_NOUNS.has(previous)) return false;
      }
      // 5. Hyphenated initials of a first name ("H.-G. Pöttering", "J.-P. Jouyet") go on; dotted
      //    initialisms not in the data ("B.V.", "U.S.S.R.") end only before a sentence opener.
      const initials = readInitials(text, tokenStart, runStart);
      if (initials === 'hyphenated') return false;
      if (initials === 'dotted') return startsSentenceWord(text, next, limit);
    }
  }
  // 6. At the end of a line, terminal punctuation ends the sentence.
  if (ctx.lineEnd) return true;
  // 7. Running text goes on in lower case ("cf. the report", "etc. and", "? asked the rapporteur").
  return !startsLowerCase(text, next, limit);
}

/** Start of the non-space token that ends at `end` (stops at space and opening brackets/quotes). */
function readTokenStart(text: string, end: number): number {
  let i = end;
  const floor = Math.max(0, end - MAX_TOKEN);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || isOpener(c) || c === 47 /* / */) break;
    i--;
  }
  return i;
}

/** The word before the token at `tokenStart` (letters only), or "". */
function readWordBefore(text: string, tokenStart: number): string {
  let end = tokenStart;
  const floor = Math.max(0, tokenStart - MAX_TOKEN);
  while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  const wordFloor = Math.max(0, end - MAX_WORD);
  while (start > wordFloor && isLetterAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/**
 * The token stands first in its sentence or line, or right after a label's colon, with only
 * spaces and opening quotes or brackets before it ("‘3. A CCP shall" in a quoted amendment).
 */
function opensSentence(text: string, tokenStart: number, sentenceStart: number): boolean {
  let i = tokenStart;
  const floor = Math.max(0, tokenStart - MAX_TOKEN);
  while (i > floor) {
    if (i <= sentenceStart) return true;
    const c = text.charCodeAt(i - 1);
    if (isLineBreak(c)) return true;
    if (!isInlineSpace(c) && !isInvisible(c) && !isOpener(c)) return c === 58 /* : */;
    i--;
  }
  return i <= sentenceStart || i === 0;
}

/** Punctuation that cannot open a sentence: . , ; : ! ? ) ] … */
function isTrailingPunctuation(c: number): boolean {
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 0x2026
  );
}

function skipOpeners(text: string, at: number, limit: number): number {
  let i = at;
  const ceiling = Math.min(limit, at + MAX_OPENERS);
  while (i < ceiling && isOpener(text.charCodeAt(i))) i++;
  return i;
}

function startsNumberOrBracket(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isDigit(c) || c === 40 || c === 91;
}

function startsLowerCase(text: string, at: number, limit: number): boolean {
  const i = skipOpeners(text, at, limit);
  return i < limit && isLowerAt(text, i);
}

/** The next word is one that usually opens a sentence ("The", "It", "Members"). */
function startsSentenceWord(text: string, at: number, limit: number): boolean {
  const start = skipOpeners(text, at, limit);
  let end = start;
  const ceiling = Math.min(limit, start + MAX_WORD);
  while (end < ceiling && isLetterAt(text, end)) end++;
  if (end === start || (end < limit && isLetterAt(text, end))) return false;
  return SENTENCE_STARTERS.has(text.slice(start, end));
}

/**
 * Single letters joined by full stops: "U.S", "B.V" ("dotted"); with a hyphen, as in the initials
 * of a compound first name: "H.-G", "J.-P" ("hyphenated"); otherwise null.
 */
function readInitials(text: string, start: number, end: number): 'dotted' | 'hyphenated' | null {
  if (end - start < 3) return null;
  let hyphen = false;
  let i = start;
  for (;;) {
    if (!isLetterAt(text, i)) return null;
    i++;
    if (i === end) return hyphen ? 'hyphenated' : 'dotted';
    if (text.charCodeAt(i) !== 46) return null;
    i++;
    if (i < end && text.charCodeAt(i) === 45) {
      hyphen = true;
      i++;
    }
    if (i >= end) return null;
  }
}
