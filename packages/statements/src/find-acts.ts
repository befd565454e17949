import type { StatementKind } from '@hemicycle/schema';
import { committeeSubjectBefore, type Genre } from './detect-genre';
import { canBeVerb, lemmaOfS } from './is-verb';
import {
  AUXILIARIES,
  BE_FORMS,
  COORDINATORS,
  type FormClass,
  type Frame,
  isActVerbForm,
  isAdverb,
  MULTI_ADVERBS,
  NEGATORS,
  PARTICIPLE_LEADS,
  PASSIVE_AUXILIARIES,
  PERSON_PRONOUNS,
  type Phrases,
  PROCEDURAL,
  RELATIVE_ANTECEDENTS,
  REPORTING_VERBS,
  SENTENCE_ADVERBIALS,
  SUBORDINATORS,
} from './lexicon';
import { type Resolved, resolveReading } from './resolve-reading';
import { timePhraseBefore } from './time-phrase';
import {
  isCapitalised,
  isLowerWord,
  NO_PHRASES,
  phraseAt,
  phraseBefore,
  phrases,
  type Token,
  tokenize,
} from './tokens';

const GIVEN_THAT = phrases(['given that']);
const PERFECT = new Set(['has', 'have', 'had']);
const THE_RAPPORTEUR = phrases(['the rapporteur', 'the co-rapporteur']);

/** How an act verb got its speaker. */
export type Role =
  | 'subject'
  | 'embedded'
  | 'paragraph'
  | 'coordinated'
  | 'participle'
  | 'lead-participle'
  | 'passive';

/** A stretch of the document text: offsets only. */
export interface Range {
  start: number;
  end: number;
}

/** One act verb found in a piece of a sentence, with offsets into the document text. */
export interface Act {
  acts: { act: string; kind: StatementKind }[];
  frame: Frame;
  cls: FormClass;
  role: Role;
  strong: boolean;
  /** Prepositions that may open the content ("believes in"). */
  prepositions: Phrases;
  /** "X to V" names an addressee only when X can act (see VerbReading). */
  agentsOnly?: boolean;
  /** A hearer stands before the content (see VerbReading). */
  hearer?: boolean;
  /** Start of the stretch the statement stands on (subject, or the verb). */
  spanStart: number;
  verbStart: number;
  /** Where the content may start (after the verb, its particle or its phrasal noun). */
  afterVerb: number;
  /** Where the previous act's content must stop; equal to spanStart for embedded acts. */
  cut: number;
  /** "Parliament, while welcoming X, regrets": where an act inside the parenthesis stops. */
  parenthesisEnd?: number;
  /** A speaker named by its subject ("EP President Roberta Metsola welcomed"), else the genre's. */
  speaker?: string;
  /** "does not consider", "is not convinced": no statement, but it ends the content before it. */
  negated?: boolean;
  /** The subject of a passive ("The Commission ... are urged to"). */
  passiveSubject?: Range;
  /** An addressee named by the act phrase ("addressed recommendations to the Council:"). */
  givenAddressee?: Range;
  /** The left context ended with a comma before the subject ("..., MEPs warn."). */
  afterComma: boolean;
}

/** What a piece of text is, for the act finder. */
export interface PieceContext {
  genre: Genre;
  /** Paragraph-initial verbs speak (operative paragraphs, items of an act list). */
  paragraphActs: boolean;
  /** An act opened before this piece (a list's intro act) that coordination may continue. */
  intro: { cls: FormClass; infinitive: boolean } | null;
  /** Named speakers of this piece (people, institutions) that may be a subject; press releases. */
  speakers?: readonly NamedSpeaker[];
  /** The person who spoke last before this piece: "He also called for calm". */
  lastPerson?: string | null;
  /** The rapporteur a press release named before this piece: "The rapporteur also warned". */
  rapporteur?: string | null;
}

/** A mention of a person or an institution that may speak for itself. */
export interface NamedSpeaker {
  start: number;
  end: number;
  id: string;
  /** People speak with any act; institutions only with the spec's acts. */
  person: boolean;
}

const BULLETS = new Set(['-', '–', '—', '•', '·', '*', '‒', '']);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', '–', '—']);
const NOUN_FOLLOWERS = new Set([
  'of',
  'by',
  'from',
  'which',
  'who',
  'are',
  'were',
  'is',
  'was',
  'have',
  'has',
  'had',
  'made',
]);
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'this', 'which', 'who', 'that']);

/** Whether `tokens[0..k)` is nothing or a paragraph/list marker ("12.", "(a)", "a)", "-"). */
export function markerLength(tokens: readonly Token[]): number {
  const [a, b, c] = tokens;
  if (!a) return 0;
  if (BULLETS.has(a.text)) return 1;
  if (a.text === '(' && b?.word && b.text.length <= 4 && c?.text === ')') return 3;
  if (a.word && a.text.length <= 4 && (b?.text === ')' || b?.text === '.')) {
    if (/^\d+[a-z]?$/.test(a.text) || /^[a-z]{1,4}$/.test(a.text)) return 2;
  }
  return 0;
}

/** Where content stops before a connector ending at token `j` (", and", ";", " but"): an offset. */
function cutBefore(tokens: readonly Token[], j: number, pieceStart: number): number {
  let k = j;
  for (let n = 0; n < 3 && k > 0; n++) {
    const t = tokens[k - 1]!;
    if (CLAUSE_PUNCTUATION.has(t.text) || COORDINATORS.has(t.lower)) k--;
    else break;
  }
  // "...; to this end, they call on", "...; in this regard, calls on": an adverbial that opens
  // the next clause after a semicolon belongs to it
  const opened = adverbialOpening(tokens, k);
  if (opened < k) k = opened;
  return k > 0 ? tokens[k - 1]!.end : pieceStart;
}

/** Where clause-opening adverbials ending at token `k` start, when a semicolon stands before them; else `k`. */
function adverbialOpening(tokens: readonly Token[], k: number): number {
  let j = k;
  for (let n = 0; n < 4 && j > 0; n++) {
    const multi = Math.max(
      phraseBefore(tokens, j, SENTENCE_ADVERBIALS),
      phraseBefore(tokens, j, MULTI_ADVERBS),
    );
    if (multi) j -= multi;
    else if (tokens[j - 1]!.word && isAdverb(tokens[j - 1]!.text)) j--;
    else if (tokens[j - 1]!.text === ',' && j < k) j--;
    else break;
  }
  if (j === k || tokens[j - 1]?.text !== ';') return k;
  return j - 1;
}

/**
 * Every act verb of one piece of a sentence (`text.slice(start, end)`, no line break inside),
 * in order, with the role that gives it a speaker.
 */
export function findActs(text: string, start: number, end: number, ctx: PieceContext): Act[] {
  const tokens = tokenize(text, start, end);
  const acts: Act[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const resolved = resolveReading(tokens, i);
    if (!resolved) continue;
    const act = makeAct(tokens, i, resolved, ctx, acts, start);
    if (act) acts.push(act);
  }
  if (ctx.paragraphActs) {
    const unknown = unknownParagraphVerb(tokens, ctx);
    if (unknown && !acts.some((a) => a.verbStart === unknown.verbStart)) acts.unshift(unknown);
  }
  // "X welcomed the deal and called on ..., stressing that": coordination keeps X as speaker.
  for (let n = 1; n < acts.length; n++) {
    const a = acts[n]!;
    const prev = acts[n - 1]!;
    if ((a.role === 'coordinated' || a.role === 'participle') && prev.speaker && !a.speaker)
      a.speaker = prev.speaker;
  }
  // A participle that opens the sentence needs a main clause with a speaker after it.
  const subjectAfter: boolean[] = new Array(acts.length);
  let seen = false;
  for (let n = acts.length - 1; n >= 0; n--) {
    subjectAfter[n] = seen;
    if (acts[n]!.role === 'subject') seen = true;
  }
  return acts.filter((a, n) => a.role !== 'lead-participle' || subjectAfter[n]);
}

/** "12. Deems that ...": a capitalised -s verb outside the lexicon opening an operative paragraph. */
function unknownParagraphVerb(tokens: readonly Token[], ctx: PieceContext): Act | null {
  let i = markerLength(tokens);
  if (tokens[i] && isAdverb(tokens[i]!.text) && tokens[i]!.lower.endsWith('ly')) i++;
  const t = tokens[i];
  if (!t?.word || isActVerbForm(t.lower) || PROCEDURAL.has(t.lower)) return null;
  const sForm = t.lower.endsWith('s') && /^\p{L}+$/u.test(t.text);
  if (!sForm || !(isCapitalised(t.text) || ctx.intro)) return null;
  const lemma = lemmaOfS(t.text);
  if (!canBeVerb(lemma)) return null;
  return {
    acts: [{ act: `other:${lemma}`, kind: 'assertive' }],
    frame: tokens[i + 1]?.lower === 'that' ? 'that' : 'np',
    cls: 's',
    role: 'paragraph',
    strong: false,
    prepositions: NO_PHRASES,
    spanStart: t.start,
    verbStart: t.start,
    afterVerb: t.end,
    cut: t.start,
    afterComma: false,
  };
}

/** Skip adverbs, time adverbials and auxiliaries ("goes on to") back from token `i`; returns the new index and an auxiliary's class. */
function skipBack(
  tokens: readonly Token[],
  i: number,
): { k: number; auxCls: FormClass | null; negated: boolean } {
  let k = i;
  let auxCls: FormClass | null = null;
  let negated = false;
  for (;;) {
    const not = phraseBefore(tokens, k, NEGATORS);
    if (not) {
      negated = true;
      const first = tokens[k - not]!.lower;
      auxCls = first === 'did' || first === 'had' ? 'ed' : first.endsWith('s') ? 's' : 'base';
      k -= not;
      continue;
    }
    const multi = phraseBefore(tokens, k, MULTI_ADVERBS);
    if (multi) {
      k -= multi;
      continue;
    }
    const aux = phraseBefore(tokens, k, AUXILIARIES);
    if (aux) {
      const first = tokens[k - aux]!.lower;
      // "has repeatedly called ... and urged": a perfect is in the class of its participle.
      auxCls = PERFECT.has(first)
        ? 'ed'
        : first.endsWith('s')
          ? 's'
          : first === 'went' || first.endsWith('ed')
            ? 'ed'
            : 'base';
      k -= aux;
      continue;
    }
    // "Parliament on Thursday demanded": a time adverbial between subject and verb.
    const time = timePhraseBefore(tokens, k);
    if (time) {
      k -= time;
      continue;
    }
    const w = tokens[k - 1];
    if (w?.word && isAdverb(w.text)) {
      k--;
      continue;
    }
    return { k, auxCls, negated };
  }
}

function makeAct(
  tokens: readonly Token[],
  i: number,
  resolved: Resolved,
  ctx: PieceContext,
  previous: readonly Act[],
  pieceStart: number,
): Act | null {
  const { reading } = resolved;
  const verb = tokens[i]!;
  const back = skipBack(tokens, i);
  let { k, auxCls } = back;
  const negated = back.negated || resolved.negated === true;
  // "Parliament is calling for": a progressive is the act in the tense of "be".
  const be = reading.cls === 'ing' ? BE_FORMS.get(tokens[k - 1]?.lower ?? '') : undefined;
  if (be) {
    k = skipBack(tokens, k - 1).k;
    auxCls = be;
  }
  const cls: FormClass = auxCls ?? reading.cls;
  const capitalised = isCapitalised(verb.text);
  const last = tokens[k - 1];
  const base = {
    ...(resolved.addressee ? { givenAddressee: resolved.addressee } : {}),
    acts: resolved.acts,
    frame: reading.frame,
    cls,
    strong: reading.strong,
    prepositions: reading.prepositions,
    ...(reading.agentsOnly ? { agentsOnly: true } : {}),
    ...(reading.hearer ? { hearer: true } : {}),
    verbStart: verb.start,
    afterVerb: resolved.afterVerb,
    afterComma: false,
    ...(negated ? { negated: true } : {}),
  };

  // 1. A speaker subject right before the verb: "Members strongly condemn", "the report deplores".
  if (cls !== 'ing' && !capitalised) {
    let end = k;
    let n = subjectBefore(tokens, end, ctx.genre);
    // "Parliament, however, considers": a short parenthesis between subject and verb; or a
    // participle's, commas and all: "The text, adopted with 480 votes in favour, 90 against and
    // 50 abstentions, calls on".
    if (!n && tokens[k - 1]?.text === ',') {
      for (let c = k - 2; c >= Math.max(1, k - APPOSITION_TOKENS); c--) {
        const t = tokens[c]!;
        if (t.text === ';' || t.text === '.' || t.text === ':') break;
        if (t.text !== ',') continue;
        const found = subjectBefore(tokens, c, ctx.genre);
        if (
          found &&
          (k - c <= SHORT_PARENTHESIS ||
            isParticiple(tokens[c + 1]) ||
            RELATIVE_OPENERS.has(tokens[c + 1]?.lower ?? ''))
        ) {
          n = found;
          end = c;
          break;
        }
      }
    }
    if (n) {
      const s = end - n;
      const pre = tokens[s - 1];
      const multiSub = phraseBefore(tokens, s, GIVEN_THAT) > 0;
      // "..., while Members underlined": a contrast after a comma opens a clause of its own
      // (not in "stresses that, while Members support X, Y").
      const contrast =
        (pre?.lower === 'while' || pre?.lower === 'whilst') &&
        tokens[s - 2]?.text === ',' &&
        !SUBORDINATORS.has(tokens[s - 3]?.lower ?? '');
      const embedded = multiSub || (pre !== undefined && SUBORDINATORS.has(pre.lower) && !contrast);
      // "Furthermore Parliament calls": a sentence adverbial opening the clause.
      const adverbial = phraseBefore(tokens, s, SENTENCE_ADVERBIALS);
      const boundary =
        pre === undefined ||
        // "- it noted that ...": a list item with a subject of its own
        (s > 0 && s === markerLength(tokens)) ||
        CLAUSE_PUNCTUATION.has(pre.text) ||
        COORDINATORS.has(pre.lower) ||
        embedded ||
        (adverbial > 0 && opensClause(tokens, s - adverbial));
      if (boundary) {
        const subjStart = tokens[s]!.start;
        // "The committee calls on", "MEPs on the Transport Committee want" in a press release
        const committee = ctx.genre.committee;
        const forCommittee =
          committee !== undefined &&
          (phraseBefore(tokens, end, committee.subjects) === n ||
            membersOfCommittee(tokens, end) > 0);
        return {
          ...base,
          ...(forCommittee ? { speaker: committee.speaker } : {}),
          role: embedded ? 'embedded' : 'subject',
          spanStart: subjStart,
          cut: embedded ? subjStart : cutBefore(tokens, s, pieceStart),
          ...(end < k ? { parenthesisEnd: tokens[k - 1]!.start } : {}),
          afterComma: pre?.text === ',',
        };
      }
    }
  }

  // 1b. A relative clause of the speaker's text: "adopted a resolution which calls on", "a text
  // in which they condemn".
  if (cls !== 'ing' && !capitalised) {
    const s = relativeSpeaker(tokens, k);
    if (s >= 0)
      return { ...base, role: 'embedded', spanStart: tokens[s]!.start, cut: tokens[s]!.start };
  }

  // 1c. A named speaker as subject: "EP President Roberta Metsola welcomed", "The Budgets
  // Committee chair, Johan Van Overtveldt (ECR, BE), welcomed", "The Commission committed to".
  if (cls !== 'ing' && !capitalised && ctx.speakers && ctx.speakers.length > 0) {
    const named = namedSubject(tokens, k, ctx.speakers);
    const spoken = named && (named.person || !resolved.acts[0]!.act.startsWith('other:'));
    // reporting verbs after a name are reported speech (find-reported-speech.ts)
    if (named && spoken && !phraseAt(tokens, i, REPORTING_VERBS)) {
      const at = tokens.findIndex((t) => t.start === named.start);
      return {
        ...base,
        role: 'subject',
        spanStart: named.start,
        cut: at > 0 ? cutBefore(tokens, at, pieceStart) : pieceStart,
        speaker: named.id,
      };
    }
  }

  // 1d. "The rapporteur also warned that": the rapporteur the release named.
  // (reported speech needs a name, so reporting verbs are read here too)
  if (cls !== 'ing' && !capitalised && ctx.rapporteur) {
    const n = phraseBefore(tokens, k, THE_RAPPORTEUR);
    if (n && opensClause(tokens, k - n)) {
      return {
        ...base,
        role: 'subject',
        spanStart: tokens[k - n]!.start,
        cut: cutBefore(tokens, k - n, pieceStart),
        speaker: ctx.rapporteur,
      };
    }
  }

  // 1e. "He also called for", "She welcomed": the person who spoke last in the release.
  if (
    cls !== 'ing' &&
    !capitalised &&
    ctx.lastPerson &&
    PERSON_PRONOUNS.has(last?.lower ?? '') &&
    !phraseAt(tokens, i, REPORTING_VERBS)
  ) {
    if (opensClause(tokens, k - 1)) {
      return {
        ...base,
        role: 'subject',
        spanStart: last!.start,
        cut: cutBefore(tokens, k - 1, pieceStart),
        speaker: ctx.lastPerson,
      };
    }
  }

  // 2. A verb opening an operative paragraph or an item of an act list: "1. Believes that".
  const marker = markerLength(tokens);
  if (ctx.paragraphActs && cls !== 'ing' && marker === k) {
    const opener = tokens[marker];
    if (capitalised || marker > 0 || ctx.intro || (opener && isCapitalised(opener.text))) {
      return { ...base, role: 'paragraph', spanStart: verb.start, cut: verb.start };
    }
  }
  // A summary written in the resolution's own words: "Calls on the Commission to ..." opening a sentence.
  if (!ctx.paragraphActs && k === 0 && capitalised && cls === 's' && i === 0) {
    return { ...base, role: 'paragraph', spanStart: verb.start, cut: verb.start };
  }

  // 3. A passive: "The Commission and the Member States are urged to".
  const aux =
    reading.passive && reading.cls === 'ed' ? phraseBefore(tokens, k, PASSIVE_AUXILIARIES) : 0;
  if (aux && ctx.genre.name !== 'press') {
    const subjEnd = k - aux;
    let s = subjEnd;
    while (s > 0 && subjEnd - s < 40 && !CLAUSE_PUNCTUATION.has(tokens[s - 1]!.text)) s--;
    const subject = tokens.slice(s, subjEnd);
    const first = subject[0];
    const hasPrevious = previous.length > 0 || ctx.intro !== null;
    if (
      first?.word &&
      !(subject.length === 1 && PRONOUN_SUBJECTS.has(first.lower)) &&
      (hasPrevious || ctx.genre.name !== 'resolution')
    ) {
      return {
        ...base,
        role: 'passive',
        spanStart: first.start,
        cut: cutBefore(tokens, s, pieceStart),
        passiveSubject: { start: first.start, end: subject[subject.length - 1]!.end },
      };
    }
  }

  const hasPrevious = previous.length > 0 || ctx.intro !== null;
  const prev = previous[previous.length - 1];
  const prevCls = prev ? prev.cls : ctx.intro?.cls;
  const prevInfinitive = prev ? isInfinitiveFrame(prev) : (ctx.intro?.infinitive ?? false);

  // 4. A participle: "Whilst praising ..., the report", "..., noting that".
  if (cls === 'ing') {
    if (!reading.participle) return null;
    const leads = k - marker;
    if (
      leads <= 0 ||
      (leads === 1 && PARTICIPLE_LEADS.has(tokens[marker]!.lower)) ||
      last?.text === ':'
    ) {
      return { ...base, role: 'lead-participle', spanStart: verb.start, cut: verb.start };
    }
    // "..., noting that" / "..., while stressing that"
    const whileLead =
      (last?.lower === 'while' || last?.lower === 'whilst') && tokens[k - 2]?.text === ',';
    const afterComma = last?.text === ',' || whileLead;
    if (afterComma && (hasPrevious || speakerSeen(tokens, k, ctx.genre.subjects))) {
      return {
        ...base,
        role: 'participle',
        spanStart: verb.start,
        cut: cutBefore(tokens, k, pieceStart),
      };
    }
    return null;
  }

  // 5. Coordination with a previous act: "; stresses that", ", and calls for", ", but regrets".
  // In an operative paragraph, "; invites" speaks even after a clause that was not an act.
  if (ctx.paragraphActs && last?.text === ';' && !capitalised && cls === 's') {
    return {
      ...base,
      role: 'coordinated',
      spanStart: verb.start,
      cut: cutBefore(tokens, k, pieceStart),
    };
  }
  if (!hasPrevious || !last || capitalised) return null;
  const semicolon = last.text === ';';
  const and = last.lower === 'and';
  const but =
    last.lower === 'but' ||
    last.lower === 'yet' ||
    last.lower === 'while' ||
    last.lower === 'whilst';
  const comma = last.text === ',';
  if (!semicolon && !and && !but && !comma) return null;
  if (comma && (prevCls !== cls || (prevInfinitive && !reading.strong) || cls === 'ed'))
    return null;
  if (and) {
    // "praises X and asks the Commission to": a directive after a noun phrase opens a new act.
    const directiveAfterNoun = !prevInfinitive && reading.frame === 'addressee';
    // "does not consider X and rejects Y": a negated act matches any finite form
    if (prevCls !== cls && !directiveAfterNoun && !prev?.negated) return null;
    // "They urge the EU to extend X, and ask the Member States to": after a comma, a plural
    // subject's second directive with an addressee of its own; without one, a bare verb after
    // "and" continues the infinitive ("to review X and ask ...").
    const ownDirective =
      tokens[k - 2]?.text === ',' && reading.frame === 'addressee' && infinitiveFollows(tokens, i);
    if (cls === 'base' && prevInfinitive && !reading.strong && !ownDirective) return null;
    // "the positions and demands expressed by citizens": a noun, not a second act. The word
    // right after the verb tells ("calls for targeted sanctions" is an act: its particle follows).
    const after = tokens[i + 1];
    if (after && (NOUN_FOLLOWERS.has(after.lower) || isParticiple(after))) {
      return null;
    }
  }
  return {
    ...base,
    role: 'coordinated',
    spanStart: verb.start,
    cut: cutBefore(tokens, k, pieceStart),
  };
}

/** Whether "<addressee> to <verb>" follows the verb at token `i` within a clause ("ask EU member states to facilitate"). */
function infinitiveFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 2; j < Math.min(tokens.length - 1, i + 12); j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (t.lower === 'to') return isLowerWord(tokens[j + 1]);
  }
  return false;
}

const RELATIVES = new Set(['which', 'that']);
const RELATIVE_PREPOSITIONS = new Set(['in', 'with', 'by', 'through']);
const RELATIVE_PRONOUNS = new Set(['it', 'they']);
const ANTECEDENT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'this']);

/**
 * "a resolution which | calls", "the text in which it | calls": where the relative clause's
 * speaker phrase starts (its determiner), or -1. The antecedent is one of the speaker's texts,
 * led by a determiner and at most two lower-case words ("a non-legislative resolution"): not
 * another body's ("a UN resolution"); and not the sentence's subject.
 */
function relativeSpeaker(tokens: readonly Token[], k: number): number {
  let r = k - 1;
  if (RELATIVE_PRONOUNS.has(tokens[r]?.lower ?? '')) {
    if (tokens[r - 1]?.lower !== 'which' || !RELATIVE_PREPOSITIONS.has(tokens[r - 2]?.lower ?? ''))
      return -1;
    r -= 2;
  } else if (!RELATIVES.has(tokens[r]?.lower ?? '')) return -1;
  const noun = tokens[r - 1];
  if (!noun || !RELATIVE_ANTECEDENTS.has(noun.lower)) return -1;
  for (let d = r - 2; d >= Math.max(0, r - 4); d--) {
    const t = tokens[d]!;
    // "The report which stresses X was adopted": a clause inside the subject, not the speaker's.
    if (ANTECEDENT_DETERMINERS.has(t.lower)) return d > 0 ? d : -1;
    if (!isLowerWord(t)) return -1;
  }
  return -1;
}

/**
 * The named speaker whose mention ends right before the verb at token `k`, past a group in
 * brackets and an apposition's commas ("X (ECR, BE), welcomed"), when the mention opens its clause
 * or follows titles ("EP President X"); or null.
 */
function namedSubject(
  tokens: readonly Token[],
  k: number,
  speakers: readonly NamedSpeaker[],
): NamedSpeaker | null {
  let e = k - 1;
  if (tokens[e]?.text === ',') {
    e--;
    // "The Commission, for its part, committed": a short parenthesis after the name.
    for (let c = e; c >= Math.max(1, k - SHORT_PARENTHESIS); c--) {
      if (tokens[c]!.text !== ',') continue;
      if (speakers.some((sp) => sp.end === tokens[c - 1]!.end)) e = c - 1;
      break;
    }
  }
  if (tokens[e]?.text === ')') {
    let o = e - 1;
    while (o > 0 && tokens[o]!.text !== '(' && e - o < 12) o--;
    if (tokens[o]?.text !== '(') return null;
    e = o - 1;
  }
  const last = tokens[e];
  if (!last) return null;
  const named = speakers.find((sp) => sp.end === last.end);
  if (!named) return null;
  let b = e;
  while (b > 0 && tokens[b - 1]!.end > named.start) b--;
  // titles before the name: capitalised words ("EP President"), or an article and a lower-case
  // title between commas ("The Budgets Committee chair, X")
  let t = b;
  while (t > 0 && tokens[t - 1]!.word && isCapitalised(tokens[t - 1]!.text)) t--;
  return opensClause(tokens, t) ? named : null;
}

/** Whether token `j` opens a clause: nothing, a clause mark or a coordinator stands before it. */
function opensClause(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  return (
    before === undefined || CLAUSE_PUNCTUATION.has(before.text) || COORDINATORS.has(before.lower)
  );
}

/** How far back a subject may stand before its verb across a parenthesis: any ("however"), or a participle's or relative clause's ("The text, adopted with ..., calls"). */
const SHORT_PARENTHESIS = 10;
/** A relative clause between subject and verb: "MEPs, who have repeatedly called for X, welcome". */
const RELATIVE_OPENERS = new Set(['who', 'which']);
const APPOSITION_TOKENS = 30;

/** A past participle opening an apposition (", adopted with ...", ", tabled by ..."). */
function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && isLowerWord(t) && t.lower.endsWith('ed');
}

function subjectBefore(tokens: readonly Token[], j: number, genre: Genre): number {
  const n = phraseBefore(tokens, j, genre.subjects);
  if (n) return n;
  if (genre.name === 'committee') return committeeSubjectBefore(tokens, j);
  return membersOfCommittee(tokens, j);
}

const MEMBERS = new Set(['meps', 'members']);

/** "MEPs on the Economic and Monetary Affairs Committee" ending right before token `j`: its length, or 0. */
function membersOfCommittee(tokens: readonly Token[], j: number): number {
  if (tokens[j - 1]?.lower !== 'committee') return 0;
  for (let k = j - 3; k >= Math.max(1, j - 12); k--) {
    if (tokens[k]!.lower !== 'on' || tokens[k + 1]?.lower !== 'the') continue;
    if (!MEMBERS.has(tokens[k - 1]!.lower)) return 0;
    for (let w = k + 2; w < j; w++) {
      const t = tokens[w]!;
      if (!(t.word && isCapitalised(t.text)) && t.lower !== 'and') return 0;
    }
    return j - (k - 1);
  }
  return 0;
}

/** Whether an act's content is an infinitive ("call on X to A"): bare verbs after "and" belong to it. */
export function isInfinitiveFrame(a: Act): boolean {
  return a.frame === 'addressee' || a.frame === 'to';
}

/** Whether a speaker subject opens a clause before token `k` ("Parliament adopted ..., expressing"). */
function speakerSeen(tokens: readonly Token[], k: number, subjects: Phrases): boolean {
  for (let s = Math.max(0, k - 300); s < k; s++) {
    if (s > 0 && !CLAUSE_PUNCTUATION.has(tokens[s - 1]!.text)) continue;
    const n = phraseAt(tokens, s, subjects);
    // "Parliament calls ..., noting", "Parliament, while welcoming X, regrets"
    if (n && s + n < k && (isLowerWord(tokens[s + n]) || tokens[s + n]!.text === ',')) return true;
  }
  return false;
}
