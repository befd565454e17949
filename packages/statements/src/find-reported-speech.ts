import { type Entity, makeSpan, type Statement, type StatementKind } from '@hemicycle/schema';
import {
  cues,
  PERSON_PRONOUNS,
  REPORTED_TITLES,
  REPORTING_KINDS,
  REPORTING_VERBS,
  verbsFile,
} from './lexicon';
import { slugify } from './slugify';
import { isCapitalised, isSpace, phraseAt, type Token, tokenize } from './tokens';

// Lower-case parts inside a name ("Ursula von der Leyen").
const NAME_PARTICLES = new Set([
  'und',
  'de',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'da',
  'das',
  'dos',
  'di',
  'del',
  'della',
  'la',
  'le',
  'du',
  'zu',
]);
const APOSTROPHES = new Set(['’', "'"]);

/** Whether token `k` is a particle inside a name: one of the above, or Dutch "in ’t" (three tokens). */
function isParticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!.text;
  if (NAME_PARTICLES.has(t)) return true;
  const next = tokens[k + 1]?.text ?? '';
  const prev = tokens[k - 1]?.text ?? '';
  if (t === 'in') return APOSTROPHES.has(next) && tokens[k + 2]?.text === 't';
  if (APOSTROPHES.has(t)) return prev === 'in' && next === 't';
  return t === 't' && APOSTROPHES.has(prev) && tokens[k - 2]?.text === 'in';
}
const NON_PERSON = new Set(cues.nonPersons);
const PERSON_TITLES = new Set(cues.personTitles);
const OPEN_QUOTES = new Set(['“', '"']);
const CLOSE_QUOTES = new Set(['”', '"']);

/** A run of capitalised words from token `i` ("Federica Mogherini", "Ursula von der Leyen"): its end index. */
function nameEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  let last = -1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.word && isCapitalised(t.text)) last = j;
    else if (!(isParticle(tokens, j) && last >= 0)) break;
    j++;
  }
  return last + 1;
}

/** A run of capitalised words ending just before token `j`: its start index. */
function nameStart(tokens: readonly Token[], j: number): number {
  let i = j;
  while (i > 0) {
    const t = tokens[i - 1]!;
    if ((t.word && isCapitalised(t.text)) || (isParticle(tokens, i - 1) && i < j)) i--;
    else break;
  }
  while (i < j && isParticle(tokens, i)) i++;
  return i;
}

/**
 * The person of a capitalised run, titles in front left out ("High Representative Federica
 * Mogherini", "Parliament President Roberta Metsola").
 */
function person(
  tokens: readonly Token[],
  from: number,
  to: number,
): { from: number; name: string } | null {
  // "Parliament President Roberta Metsola": everything up to the last title is the title.
  let i = from;
  for (let k = from; k < to; k++) if (PERSON_TITLES.has(tokens[k]!.text)) i = k + 1;
  const words = tokens.slice(i, to).filter((t) => t.word);
  if (words.length < 2 || words.some((w) => NON_PERSON.has(w.text))) return null;
  return { from: i, name: words.map((w) => w.text).join(' ') };
}

function speakerId(start: number, name: string, entities: readonly Entity[]): string {
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) if (m.start <= start && m.end > start) return e.id;
  }
  return slugify(name);
}

function actOf(
  tokens: readonly Token[],
  i: number,
  n: number,
): { act: string; kind: StatementKind } {
  const verb = tokens
    .slice(i, i + n)
    .map((t) => t.lower)
    .join(' ');
  const act = verbsFile.reportingVerbs[verb] ?? 'other:say';
  return { act, kind: REPORTING_KINDS[act] ?? 'assertive' };
}

/** The comma that ends a title's complement after token `n` ("for the Commission section,"), or -1. */
function titleComma(tokens: readonly Token[], n: number): number {
  for (let k = n; k < Math.min(tokens.length, n + 10); k++) {
    const t = tokens[k]!.text;
    if (t === ',') return k;
    if (t === '.' || t === ';' || OPEN_QUOTES.has(t) || CLOSE_QUOTES.has(t)) return -1;
  }
  return -1;
}

/** Skip a group and country in brackets after a name ("(S&D, DE)"). */
function skipGroup(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k < Math.min(tokens.length, j + 12); k++)
    if (tokens[k]!.text === ')') return k + 1;
  return j;
}

/** The opening quote before a closing one at `close`, looked for within 3000 characters, or -1. */
function openingQuote(text: string, close: number): number {
  for (let i = close - 1; i >= Math.max(0, close - 3000); i--) {
    const c = text[i];
    if (c === '“' || c === '"') return i;
  }
  return -1;
}

/** Where a quotation opened at `from` closes (”, or a straight quote when the text mixes them). */
function closingQuote(text: string, from: number, open: string): number {
  const limit = Math.min(text.length, from + 3000);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '"' || (open === '“' && c === '”')) return i;
  }
  return limit;
}

/**
 * The person speaking before the reporting verb at token `v`: a name right before it ("X (EPP, DE)
 * said") or a name opening the piece with a role between ("X (EPP, PL), co-rapporteur for Y, said").
 */
function speakerBefore(tokens: readonly Token[], v: number): { from: number; name: string } | null {
  let nameTo = v;
  if (tokens[v - 1]?.text === ')') {
    let k = v - 2;
    while (k > 0 && tokens[k]!.text !== '(' && v - k < 12) k--;
    if (tokens[k]?.text === '(') nameTo = k;
  }
  const from = nameStart(tokens, nameTo);
  if (from < nameTo && !(from > 0 && CLOSE_QUOTES.has(tokens[from - 1]!.text))) {
    const who = person(tokens, from, nameTo);
    if (who) return who;
  }
  // A name opening the piece, a role between it and the verb.
  const end = nameEnd(tokens, 0);
  if (end < 2 || v - end > 24) return null;
  for (let k = end; k < v; k++)
    if (['.', ';', '“', '"', '”'].includes(tokens[k]!.text)) return null;
  return person(tokens, 0, end);
}

/** A person's statement before its speaker is known (`who` null for "he"/"she"), from `at`. */
interface Found {
  at: number;
  who: { from: number; name: string } | null;
  statement: Omit<Statement, 'sentence' | 'speaker'>;
}

/**
 * Reported speech in a press release (spec 2.5): “...,” said the rapporteur X / “...,” X said /
 * X said: “...” / X said that ... — a statement of that person, speaker id a slug of the name.
 * “...,” he added / She stressed that ...: the person who spoke last, in this piece or before it
 * (`lastSpeaker`). Returns the statements and who spoke last.
 */
export function findReportedSpeech(
  text: string,
  start: number,
  end: number,
  entities: readonly Entity[],
  lastSpeaker: string | null = null,
): { statements: Omit<Statement, 'sentence'>[]; lastSpeaker: string | null } {
  const tokens = tokenize(text, start, end);
  const found: Found[] = [];
  for (let q = 0; q < tokens.length; q++) {
    // “...,” said (the rapporteur) Name  |  “...,” Name (group) said  |  “...,” he added
    if (!CLOSE_QUOTES.has(tokens[q]!.text)) continue;
    let j = q + 1;
    if (tokens[j]?.text === ',') j++;
    let verbAt = -1;
    let verbLen = phraseAt(tokens, j, REPORTING_VERBS);
    let who: { from: number; name: string } | null = null;
    let whoEnd = -1;
    let pronoun = false;
    if (verbLen) {
      verbAt = j;
      let n = j + verbLen;
      if (tokens[n]?.lower === 'the') n++;
      n += phraseAt(tokens, n, REPORTED_TITLES);
      whoEnd = nameEnd(tokens, n);
      who = whoEnd > n ? person(tokens, n, whoEnd) : null;
      // "added the rapporteur for the Commission section, Nils Ušakovs (S&D, LV)"
      const comma = who ? -1 : titleComma(tokens, n);
      if (comma > 0) {
        whoEnd = nameEnd(tokens, comma + 1);
        who = whoEnd > comma + 1 ? person(tokens, comma + 1, whoEnd) : null;
      }
    } else if (PERSON_PRONOUNS.has(tokens[j]?.lower ?? '')) {
      verbLen = phraseAt(tokens, j + 1, REPORTING_VERBS);
      if (verbLen) {
        verbAt = j + 1;
        whoEnd = j + 1;
        pronoun = true;
      }
    } else {
      whoEnd = nameEnd(tokens, j);
      const after = skipGroup(tokens, whoEnd);
      verbLen = whoEnd > j ? phraseAt(tokens, after, REPORTING_VERBS) : 0;
      if (verbLen) {
        verbAt = after;
        who = person(tokens, j, whoEnd);
      }
    }
    if ((!who && !pronoun) || verbAt < 0) continue;
    const close = tokens[q]!.start;
    const open = openingQuote(text, close);
    if (open === -1) continue;
    let cEnd = close;
    while (
      cEnd > open + 1 &&
      (isSpace(text[cEnd - 1]) || text[cEnd - 1] === ',' || text[cEnd - 1] === '.')
    )
      cEnd--;
    found.push({
      at: open,
      who,
      statement: {
        ...actOf(tokens, verbAt, verbLen),
        addressee: null,
        content: makeSpan(text, open + 1, cEnd),
        span: makeSpan(
          text,
          open,
          Math.max(tokens[whoEnd - 1]!.end, tokens[verbAt + verbLen - 1]!.end),
        ),
      },
    });
  }
  // Name (group), role, said: “...”  |  Name said that ...  |  She stressed that ...
  for (let v = 1; v < tokens.length; v++) {
    const verbLen = phraseAt(tokens, v, REPORTING_VERBS);
    if (!verbLen) continue;
    const pronoun = v === 1 && PERSON_PRONOUNS.has(tokens[0]!.lower);
    const who = pronoun ? null : speakerBefore(tokens, v);
    if (!who && !pronoun) continue;
    const after = tokens[v + verbLen];
    let cStart: number;
    let cEnd: number;
    const open = after?.text === ':' ? tokens[v + verbLen + 1] : after;
    if (open && OPEN_QUOTES.has(open.text)) {
      cStart = open.end;
      cEnd = closingQuote(text, cStart, open.text);
    } else if (after?.lower === 'that' && tokens[v + verbLen + 1]) {
      cStart = tokens[v + verbLen + 1]!.start;
      cEnd = end;
    } else continue;
    while (
      cEnd > cStart &&
      (isSpace(text[cEnd - 1]) || text[cEnd - 1] === ',' || text[cEnd - 1] === '.')
    )
      cEnd--;
    if (cEnd <= cStart) continue;
    const nameAt = tokens[who ? who.from : 0]!.start;
    found.push({
      at: nameAt,
      who,
      statement: {
        ...actOf(tokens, v, verbLen),
        addressee: null,
        content: makeSpan(text, cStart, cEnd),
        span: makeSpan(text, nameAt, cEnd),
      },
    });
  }
  // Pronouns speak for the person named last before them.
  found.sort(byPosition);
  const statements: Omit<Statement, 'sentence'>[] = [];
  let last = lastSpeaker;
  for (const f of found) {
    const speaker = f.who ? speakerId(tokens[f.who.from]!.start, f.who.name, entities) : last;
    if (speaker === null) continue;
    last = speaker;
    statements.push({ ...f.statement, speaker });
  }
  return { statements, lastSpeaker: last };
}

function byPosition(a: Found, b: Found): number {
  return a.at - b.at;
}
