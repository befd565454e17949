import type { Act, Range } from './find-acts';
import { canBeVerb } from './is-verb';
import {
  ADDRESSEE_TRAILERS,
  ADJECTIVAL_OPENERS,
  AGENT_NOUNS,
  FRAME_OPENERS,
  isAdverb,
  PARENTHETICAL_STARTS,
  type Phrases,
} from './lexicon';
import { splitActions, splitCallFor } from './split-actions';
import {
  isCapitalised,
  isLowerWord,
  isSpace,
  NO_PHRASES,
  phraseAt,
  phraseBefore,
  type Token,
  tokenize,
} from './tokens';

/** What an act says: to whom (directives) and one content per action. */
export interface Reading {
  addressee: Range | null;
  contents: Range[];
  /** Per-content addressees where conjuncts differ ("calls for action ... and for the US to refrain"). */
  addressees?: (Range | null)[];
  /** The content ended with a colon: a list follows and its items are the contents. */
  list: 'bare' | 'np' | null;
  /**
   * Where the items of a list written on the act's own line start: after its colon ("to: - A;
   * - B"), or at its first numbered marker ("(i) to A, (ii) to B"). Absent when nothing can follow.
   */
  listStart?: number;
}

/** The label of a numbered item marker: "(a)", "(iv)", "(2)". */
const ITEM_LABEL = /^(?:[a-z]|[ivx]{1,5}|\d{1,2})$/;

const LEADING_ARTICLES = new Set(['the', 'its', 'their', 'his', 'her']);
const MODAL_ENDINGS = new Set(['should', 'must', 'shall', 'to', 'will']);
/** What a second addressee needs: "and on X to" or ", and X to". */
const SECOND_ADDRESSEE = /\band (?:on|upon) |, and /;
const MODALS = new Set(['should', 'must', 'shall', 'will', 'would', 'can', 'could', 'may']);
const SUBJECT_VERBS = new Set([
  'should',
  'must',
  'shall',
  'will',
  'would',
  'can',
  'could',
  'may',
  'be',
  'is',
  'are',
]);
const NAME_TAILS = new Set(['authorities', 'government']);
const NOT_NAMES = new Set([
  'it',
  'this',
  'these',
  'those',
  'that',
  'all',
  'such',
  'there',
  'any',
  'each',
  'every',
  'no',
  'some',
  'both',
  'in',
  'at',
  'on',
  'if',
  'when',
  'where',
  'as',
  'for',
  'with',
  'from',
  'by',
  'while',
  'although',
  'given',
  'despite',
  'since',
  'after',
  'before',
  'during',
  'only',
  'more',
  'most',
  'many',
  'several',
  'one',
  'we',
  'they',
  'he',
  'she',
  'its',
  'their',
  'our',
  'a',
  'an',
]);
const TRIM_END = new Set(['.', ',', ';']);

/** Trim white space, a final stop, semicolon or comma, and a dangling "and"/"or"; report a final colon. */
export function trimRange(text: string, r: Range): Range & { colon: boolean } {
  let { start, end } = r;
  while (start < end && isSpace(text[start])) start++;
  let colon = false;
  for (;;) {
    const before = end;
    while (end > start && (isSpace(text[end - 1]) || TRIM_END.has(text[end - 1]!))) end--;
    if (end > start && text[end - 1] === ':') {
      colon = true;
      end--;
    }
    for (const w of ['and', 'or', 'but']) {
      const at = end - w.length;
      if (at > start && text.slice(at, end).toLowerCase() === w && isSpace(text[at - 1])) end = at;
    }
    if (end === before) break;
  }
  return { start, end, colon };
}

/**
 * Skip ", however," / "with concern" / "that" / a preposition the verb takes; tells whether "that"
 * was seen, and where a skipped preposition stood.
 */
function skipOpeners(
  text: string,
  from: number,
  end: number,
  prepositions: Phrases,
): { at: number; that: boolean; preposition?: number } {
  const tokens = tokenize(text, from, Math.min(end, from + 200));
  let i = 0;
  for (let n = 0; n < 6; n++) {
    if (tokens[i]?.text === ',') {
      i++;
      continue;
    }
    const o = phraseAt(tokens, i, FRAME_OPENERS);
    // "encourages further dialogue": an adjective, part of the content (not "stresses further that")
    if (o === 1 && ADJECTIVAL_OPENERS.has(tokens[i]!.lower) && isLowerWord(tokens[i + 1])) {
      const next = tokens[i + 1]!.lower;
      if (next !== 'that' && !LEADING_ARTICLES.has(next) && next !== 'a' && next !== 'an') break;
    }
    if (o) {
      i += o;
      continue;
    }
    // "condemns unequivocally the attack": an adverb before the content.
    const t = tokens[i];
    if (t?.word && t.lower.endsWith('ly') && isAdverb(t.text) && tokens[i + 1]?.word) {
      i++;
      continue;
    }
    break;
  }
  const at = (k: number): number => (k < tokens.length ? tokens[k]!.start : end);
  if (tokens[i]?.lower === 'that') {
    i++;
    if (tokens[i]?.text === ',') i++;
    return { at: at(i), that: true };
  }
  // Nothing skipped but white space: keep the position (a content may start with punctuation).
  const before = i === 0 ? from : at(i);
  const p = phraseAt(tokens, i, prepositions);
  if (p) return { at: at(i + p), that: false, preposition: before };
  return { at: before, that: false };
}

/** The addressee phrase without a leading article and trailing "as appropriate". */
function addresseeRange(text: string, start: number, end: number): Range | null {
  const tokens = tokenize(text, start, end);
  let a = 0;
  let b = tokens.length;
  if (tokens[a] && LEADING_ARTICLES.has(tokens[a]!.lower)) a++;
  // "the Commission and the Member States, in cooperation with X,": the parenthesis is not addressed.
  for (let c = a + 1; c < b; c++) {
    if (tokens[c]!.text === ',' && phraseAt(tokens, c + 1, PARENTHETICAL_STARTS)) {
      b = c;
      break;
    }
  }
  for (let n = 0; n < 4; n++) {
    const t = phraseBefore(tokens, b, ADDRESSEE_TRAILERS);
    if (t && b - t > a) {
      b -= t;
      continue;
    }
    if (b > a && tokens[b - 1]!.text === ',') {
      b--;
      continue;
    }
    break;
  }
  const kept = tokens.slice(a, b);
  if (kept.length === 0 || kept.filter((t) => t.word).length > 20) return null;
  if (kept.some((t) => t.text === ';' || (t.text === '.' && isSpace(text[t.end])))) return null;
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}

/** "calls on the Commission, EEAS and the EU as appropriate to ..." → the addressee and where the infinitive starts. */
function findInfinitive(
  text: string,
  from: number,
  limit: number,
): { np: Range; contentStart: number; list: boolean } | null {
  const tokens = tokenize(text, from, Math.min(limit, from + 300));
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ';') return null;
    if (t.lower !== 'to' || !t.word) continue;
    const next = tokens[j + 1];
    if (!next) return null;
    if (next.text === ':') {
      return { np: { start: from, end: t.start }, contentStart: next.end, list: true };
    }
    // "calls on the Member States (i) to ratify ..., (ii) to implement ...": a numbered list.
    const open = tokens[j - 3];
    if (
      j >= 4 &&
      open?.text === '(' &&
      isSpace(text[open.start - 1]) && // not "Article 5(a) to"
      tokens[j - 1]!.text === ')' &&
      ITEM_LABEL.test(tokens[j - 2]!.lower)
    ) {
      return { np: { start: from, end: open.start }, contentStart: open.start, list: true };
    }
    if (!isLowerWord(next)) continue;
    const verb = tokens[afterAdverbs(tokens, j + 1)];
    if (!isLowerWord(verb) || !canBeVerb(verb!.lower)) continue;
    // "calls on the Commission not to approve X": the negation is the content's, not the addressee's.
    const not = tokens[j - 1]?.lower === 'not' && j >= 2 ? tokens[j - 1]! : null;
    if (not) return { np: { start: from, end: not.start }, contentStart: not.start, list: false };
    return { np: { start: from, end: t.start }, contentStart: next.start, list: false };
  }
  return null;
}

/** Past the adverbs of a split infinitive ("to immediately and unconditionally release"): a token index. */
function afterAdverbs(tokens: readonly Token[], k: number): number {
  let i = k;
  while (isLowerWord(tokens[i]) && isAdverb(tokens[i]!.text)) {
    i++;
    const link = tokens[i];
    const after = tokens[i + 1];
    if (
      link &&
      (link.lower === 'and' || link.lower === 'or' || link.text === ',') &&
      isLowerWord(after) &&
      isAdverb(after!.text)
    )
      i++;
  }
  return i;
}

/** A named subject of a demanded clause ("Demands that Belarus releases ...") and where the rest starts. */
function namedSubject(
  text: string,
  start: number,
  end: number,
): { subject: Range; rest: number } | null {
  const tokens = tokenize(text, start, Math.min(end, start + 300));
  let i = tokens[0]?.lower === 'the' ? 1 : 0;
  const first = tokens[i];
  if (!first?.word || !isCapitalised(first.text) || NOT_NAMES.has(first.lower)) return null;
  let last = i;
  i++;
  for (;;) {
    const t = tokens[i];
    if (!t) return null;
    if (t.word && isCapitalised(t.text)) {
      last = i++;
      continue;
    }
    let skip = 0;
    if (t.text === ',') skip = 1;
    else if (t.lower === 'and' || t.lower === 'of') skip = tokens[i + 1]?.lower === 'the' ? 2 : 1;
    const after = tokens[i + skip];
    if (skip && after?.word && isCapitalised(after.text)) {
      i += skip;
      continue;
    }
    break;
  }
  if (tokens[last + 1] && NAME_TAILS.has(tokens[last + 1]!.lower)) last++;
  // "that the Tatmadaw immediately end": adverbs before the verb belong to the content.
  let v = last + 1;
  while (isLowerWord(tokens[v]) && isAdverb(tokens[v]!.text) && v < last + 3) v++;
  const verb = tokens[v];
  if (!isLowerWord(verb)) return null;
  const w = verb!.lower;
  // "releases", "should release", or the subjunctive "release" of EP English.
  if (!(w.endsWith('s') || w.endsWith('ed') || SUBJECT_VERBS.has(w) || canBeVerb(w))) return null;
  // "insists that the Commission should update X": the action is "update X"
  const modal = MODALS.has(w) && isLowerWord(tokens[v + 1]) && canBeVerb(tokens[v + 1]!.lower);
  const rest = modal && v === last + 1 ? tokens[v + 1]!.start : tokens[last + 1]!.start;
  return { subject: { start: first.start, end: tokens[last]!.end }, rest };
}

/** Whether "X" in "calls for X to do Y" is an agent that can be asked to act. */
function isAgent(text: string, np: Range): boolean {
  const tokens = tokenize(text, np.start, np.end);
  const s = tokens[0] && LEADING_ARTICLES.has(tokens[0].lower) ? tokens.slice(1) : tokens;
  if (s.length === 0 || s.length > 12 || s.some((t) => t.text === ',')) return false;
  if (s[0]!.lower === 'a' || s[0]!.lower === 'an') return false;
  if (thingHead(s)) return false;
  if (isCapitalised(s[0]!.text)) return true;
  return AGENT_NOUNS.has(s[s.length - 1]!.lower) && !s.some((t) => t.lower === 'of');
}

/**
 * "the Union's 2030 climate target", "the EU budget": a noun phrase whose last word, its head, is
 * a lower-case noun that names no one ("the Member States concerned" ends in a participle).
 */
function thingHead(np: readonly Token[]): boolean {
  const last = np[np.length - 1];
  if (np.length < 2 || !last || !isLowerWord(last) || AGENT_NOUNS.has(last.lower)) return false;
  return !last.lower.endsWith('ed');
}

/**
 * "Calls on the Commission:", "Recommends that the Council:": an addressee and a colon, the
 * actions listed below; null when the words before the colon do not name someone.
 */
function addresseeBeforeColon(text: string, from: number, limit: number): Reading | null {
  const t = trimRange(text, { start: from, end: limit });
  if (!t.colon || t.end <= t.start || t.end - t.start > 200) return null;
  for (const tok of tokenize(text, t.start, t.end)) {
    // "Recommends the following measures:": the items are what is recommended
    if (tok.text === ';' || tok.text === '.' || tok.lower === 'to' || tok.lower === 'following')
      return null;
  }
  if (!namesAgents(text, t)) return null;
  const addressee = addresseeRange(text, t.start, t.end);
  return addressee ? { addressee, contents: [], list: 'bare' } : null;
}

/** Whether a noun phrase names who can act, coordinated or not ("the Commission, the Council and X", "the authorities"). */
function namesAgents(text: string, np: Range): boolean {
  const tokens = tokenize(text, np.start, np.end);
  const s = tokens[0] && LEADING_ARTICLES.has(tokens[0].lower) ? 1 : 0;
  const first = tokens[s];
  const last = tokens[tokens.length - 1];
  if (!first?.word || !last?.word || tokens.length - s > 30) return false;
  if (first.lower === 'a' || first.lower === 'an') return false;
  if (thingHead(tokens.slice(s))) return false;
  return isCapitalised(first.text) || AGENT_NOUNS.has(last.lower);
}

function directiveThat(text: string, from: number, limit: number): Reading {
  const listed = addresseeBeforeColon(text, from, limit);
  if (listed) return listed;
  // "Recommends that the Commission establish X, and that the Member States designate Y"
  const clauses = thatClauses(text, from, limit);
  if (clauses.length > 1) {
    const out: Reading = { addressee: null, contents: [], addressees: [], list: null };
    for (const c of clauses) {
      const named = namedSubject(text, c.start, c.end);
      out.addressee ??= named?.subject ?? null;
      out.contents.push(named ? { start: named.rest, end: c.end } : c);
      out.addressees!.push(named?.subject ?? null);
    }
    return out;
  }
  const named = namedSubject(text, from, limit);
  if (named) {
    return { addressee: named.subject, contents: [{ start: named.rest, end: limit }], list: null };
  }
  return { addressee: null, contents: [{ start: from, end: limit }], list: null };
}

/** The clauses of "A, and that B" (", and that" or " and that"), as ranges. */
function thatClauses(text: string, from: number, limit: number): Range[] {
  const end = Math.min(limit, from + 600);
  if (!text.slice(from, end).includes(' and that ')) return [{ start: from, end: limit }];
  const tokens = tokenize(text, from, end);
  const out: Range[] = [];
  let start = from;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.lower !== 'and' || tokens[k + 1]!.lower !== 'that') continue;
    const end = tokens[k - 1]!.text === ',' ? k - 1 : k;
    if (end < 1) continue;
    out.push({ start, end: tokens[end - 1]!.end });
    start = tokens[k + 2]?.start ?? limit;
  }
  out.push({ start, end: limit });
  return out;
}

/** Read an act's frame from `act.afterVerb` up to `limit`. Returns null when the frame does not fit. */
export function readFrame(text: string, act: Act, limit: number): Reading | null {
  const kind = act.acts[0]!.kind;
  const from = act.afterVerb;
  if (act.givenAddressee) {
    const addressee = addresseeRange(text, act.givenAddressee.start, act.givenAddressee.end);
    const rest = trimRange(text, { start: from, end: limit });
    if (rest.end <= rest.start) return { addressee, contents: [], list: 'bare' };
    return withList(text, { start: from, end: limit }, addressee, 'bare');
  }
  if (act.passiveSubject) {
    const tokens = tokenize(text, from, Math.min(limit, from + 40));
    // "are urged not to authorise": the negation is the content's.
    const not = tokens[0]?.lower === 'not' ? tokens[0] : undefined;
    if (tokens[not ? 1 : 0]?.lower !== 'to') return null;
    const addressee = addresseeRange(text, act.passiveSubject.start, act.passiveSubject.end);
    const next = tokens[not ? 2 : 1];
    if (next?.text === ':' && !not)
      return { addressee, contents: [], list: 'bare', listStart: next.end };
    const contentStart = not ? not.start : next ? next.start : limit;
    return withList(text, { start: contentStart, end: limit }, addressee, 'bare');
  }
  switch (act.frame) {
    case 'addressee': {
      const opened = skipOpeners(text, from, limit, act.prepositions);
      if (opened.that) return directiveThat(text, opened.at, limit);
      // "urges, therefore, the Member States to": the addressee starts after the openers
      const at = opened.preposition ?? opened.at;
      const toWhom = addresseeAfterTo(text, at, limit);
      if (toWhom) return toWhom;
      // "asks for the EU delegation to monitor": the addressee after the preposition; "asks for
      // more funding to support farmers": what is asked for, no one named.
      if (opened.preposition !== undefined) {
        return (
          afterPreposition(text, opened.at, limit) ??
          withList(text, { start: opened.at, end: limit }, null, 'np')
        );
      }
      const inf = findInfinitive(text, at, limit);
      if (inf) {
        // "wants an EU access point to be set up": a passive infinitive asks no one; nor does
        // "wants the new rules to apply" (a verb whose object must be able to act)
        const verb = tokenize(text, inf.contentStart, Math.min(limit, inf.contentStart + 20))[0];
        const asksNoOne =
          (verb?.lower === 'be' && !isAgent(text, inf.np)) ||
          (act.agentsOnly === true && !namesAgents(text, inf.np));
        if (!inf.list && asksNoOne) {
          return withList(text, { start: at, end: limit }, null, 'np');
        }
        const addressee = addresseeRange(text, inf.np.start, inf.np.end);
        if (inf.list) return { addressee, contents: [], list: 'bare', listStart: inf.contentStart };
        const first = withList(text, { start: inf.contentStart, end: limit }, addressee, 'bare');
        return nextAddressee(text, first, addressee, inf.contentStart, limit) ?? first;
      }
      const listed = addresseeBeforeColon(text, at, limit);
      if (listed) return listed;
      // "MEPs want to reduce packaging waste": the speaker's own infinitive, no addressee.
      const head = tokenize(text, at, Math.min(limit, at + 40));
      if (head[0]?.lower === 'to' && isLowerWord(head[1]) && canBeVerb(head[1]!.lower)) {
        return withList(text, { start: head[1]!.start, end: limit }, null, 'bare');
      }
      return withList(text, { start: at, end: limit }, null, 'np');
    }
    case 'call-for': {
      const opened = skipOpeners(text, from, limit, NO_PHRASES);
      if (opened.that) return directiveThat(text, opened.at, limit);
      // "calls for: (i) an investigation ...; (ii) the release ...": the items follow the colon.
      const colon = colonAt(text, opened.at, limit);
      if (colon !== null)
        return { addressee: null, contents: [], list: 'np', listStart: colon + 1 };
      const whole = { start: opened.at, end: limit };
      const first = findInfinitive(text, whole.start, limit);
      const conjuncts = splitCallFor(text, whole, first !== null);
      const out: Reading = { addressee: null, contents: [], addressees: [], list: null };
      for (const c of conjuncts) {
        const inf = findInfinitive(text, c.start, c.end);
        const verb = inf
          ? tokenize(text, inf.contentStart, Math.min(c.end, inf.contentStart + 20))[0]
          : undefined;
        if (inf && !inf.list && verb?.lower !== 'be' && isAgent(text, inf.np)) {
          const addressee = addresseeRange(text, inf.np.start, inf.np.end);
          out.addressee ??= addressee;
          for (const part of splitActions(text, { start: inf.contentStart, end: c.end }, true)) {
            out.contents.push(part);
            out.addressees!.push(addressee);
          }
          continue;
        }
        out.contents.push(c);
        out.addressees!.push(null);
      }
      const last = trimRange(text, whole);
      if (last.colon && conjuncts.length === 1)
        return { addressee: out.addressee, contents: [], list: 'np' };
      return out;
    }
    case 'to': {
      const tokens = tokenize(text, from, Math.min(limit, from + 40));
      const start = tokens[0]?.lower === 'to' && tokens[1] ? tokens[1].start : from;
      return withList(text, { start, end: limit }, null, 'bare');
    }
    default: {
      const opened = skipOpeners(text, from, limit, act.prepositions);
      if (kind === 'directive' && opened.that) return directiveThat(text, opened.at, limit);
      // "insists on the Council to adopt": an addressee after the preposition.
      if (kind === 'directive' && opened.preposition !== undefined) {
        const named = afterPreposition(text, opened.at, limit);
        if (named) return named;
      }
      // "reminds the Commission that C", "agree with the Court of Auditors that C"
      const content = act.hearer && !opened.that ? afterHearer(text, opened.at, limit) : opened.at;
      return withList(text, { start: content, end: limit }, null, 'np');
    }
  }
}

/**
 * "reminds the Member States that C", "reminds the Commission of its obligation": where the
 * content starts, past the hearer and "that" or "of"; `from` when no hearer is named.
 */
function afterHearer(text: string, from: number, limit: number): number {
  const tokens = tokenize(text, from, Math.min(limit, from + 200));
  const first = tokens[0];
  if (!first?.word || first.lower === 'that' || first.lower === 'of') return from;
  const named = first.lower === 'the' || isCapitalised(first.text);
  let of = -1;
  for (let j = 1; j < Math.min(tokens.length - 1, 12); j++) {
    const t = tokens[j]!;
    if (!t.word) break;
    if (t.lower === 'that') return tokens[j + 1]!.start;
    if (t.lower === 'of' && of < 0) of = j;
  }
  return named && of > 0 ? tokens[of + 1]!.start : from;
}

/** "asks for the EU delegation to monitor", "insists on the Council to adopt": the addressee and its actions after a preposition, or null. */
function afterPreposition(text: string, at: number, limit: number): Reading | null {
  const inf = findInfinitive(text, at, limit);
  const first = trimRange(text, { start: at, end: limit }).start;
  if (!inf || inf.list || inf.np.start !== first || !isAgent(text, inf.np)) return null;
  const addressee = addresseeRange(text, inf.np.start, inf.np.end);
  const reading = withList(text, { start: inf.contentStart, end: limit }, addressee, 'bare');
  return nextAddressee(text, reading, addressee, inf.contentStart, limit) ?? reading;
}

/**
 * "calls on the Commission to A and on the Member States to B", "urges the EU to A, and the
 * Member States to B": a second addressee with actions of its own. Returns the reading of both,
 * or null when there is none (or a list makes it unclear).
 */
function nextAddressee(
  text: string,
  first: Reading,
  addressee: Range | null,
  from: number,
  limit: number,
): Reading | null {
  if (first.list) return null;
  const end = Math.min(limit, from + 600);
  // most contents have no second addressee: look for its words before tokenizing
  if (!SECOND_ADDRESSEE.test(text.slice(from, end))) return null;
  const tokens = tokenize(text, from, end);
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const comma = tokens[k - 1]!.text === ',';
    const particle = tokens[k + 1]!.lower === 'on' || tokens[k + 1]!.lower === 'upon';
    if (!particle && !comma) continue;
    const npStart = tokens[k + (particle ? 2 : 1)];
    if (!npStart) return null;
    const inf = findInfinitive(text, npStart.start, limit);
    if (!inf || inf.list || inf.np.start !== npStart.start || !isAgent(text, inf.np)) continue;
    const cut = tokens[comma ? k - 2 : k - 1]!.end;
    const before = withList(text, { start: from, end: cut }, addressee, 'bare');
    const second = addresseeRange(text, inf.np.start, inf.np.end);
    const after = withList(text, { start: inf.contentStart, end: limit }, second, 'bare');
    if (before.list || after.list) return null;
    return {
      addressee,
      contents: [...before.contents, ...after.contents],
      addressees: [...before.contents.map(() => addressee), ...after.contents.map(() => second)],
      list: null,
    };
  }
  return null;
}

/** "Recommends to the Council: (a) ..." / "appeals to the authorities to release": the addressee after "to". */
function addresseeAfterTo(text: string, from: number, limit: number): Reading | null {
  const tokens = tokenize(text, from, Math.min(limit, from + 300));
  const first = tokens[1];
  if (
    tokens[0]?.lower !== 'to' ||
    !first?.word ||
    !(first.lower === 'the' || isCapitalised(first.text))
  )
    return null;
  for (let j = 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.') return null;
    if (t.text === ':') {
      const addressee = addresseeRange(text, first.start, tokens[j - 1]!.end);
      return { addressee, contents: [], list: 'bare', listStart: t.end };
    }
    if (t.lower === 'to') {
      const inf = findInfinitive(text, first.start, limit);
      if (!inf || inf.list) return null;
      const addressee = addresseeRange(text, inf.np.start, inf.np.end);
      return withList(text, { start: inf.contentStart, end: limit }, addressee, 'bare');
    }
  }
  return null;
}

/** Where the colon is when it is the first mark after `from` (past white space), else null. */
function colonAt(text: string, from: number, limit: number): number | null {
  let at = from;
  while (at < limit && isSpace(text[at])) at++;
  return at < limit && text[at] === ':' ? at : null;
}

/**
 * The actions of an infinitive content that ends in a list's colon, before the action that opens
 * the list: "ensure X, and to:" gives "ensure X"; "ensure X and take the following measures:"
 * gives "ensure X"; "take the following measures:" none. `tail` are the content's last tokens.
 */
function actionsBeforeList(text: string, t: Range, tail: readonly Token[]): Range[] {
  const n = tail.length;
  if (tail[n - 1]?.lower === 'to' && n >= 2) {
    let k = n - 2;
    if (tail[k]!.lower === 'and' || tail[k]!.lower === 'or') k--;
    else if (tail[k]!.text !== ',') return [];
    if (tail[k]?.text === ',') k--;
    const before = tail[k];
    if (!before || before.end <= t.start) return [];
    return splitActions(text, { start: t.start, end: before.end }, true);
  }
  return splitActions(text, t, true).slice(0, -1);
}

function withList(text: string, r: Range, addressee: Range | null, mode: 'bare' | 'np'): Reading {
  const t = trimRange(text, r);
  // "condemns: - the killings ...; - the arrests ...": the items follow the colon.
  if (text[t.start] === ':') return { addressee, contents: [], list: mode, listStart: t.start + 1 };
  if (t.colon) {
    const tokens = tokenize(text, Math.max(t.start, t.end - 20), t.end);
    const lastWord = tokens[tokens.length - 1]?.lower ?? '';
    return {
      addressee,
      contents: mode === 'bare' ? actionsBeforeList(text, t, tokens) : [],
      list: MODAL_ENDINGS.has(lastWord) ? 'bare' : mode,
    };
  }
  const contents = mode === 'bare' ? splitActions(text, t, true) : [t];
  return { addressee, contents, list: null };
}
