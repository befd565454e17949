import {
  type Entity,
  makeSpan,
  type ParsedDocument,
  type Span,
  type Statement,
} from '@hemicycle/schema';
import { detectGenre, type Genre } from './detect-genre';
import {
  type Act,
  findActs,
  isInfinitiveFrame,
  type NamedSpeaker,
  type PieceContext,
  type Range,
} from './find-acts';
import { findReportedSpeech } from './find-reported-speech';
import { inlineItems } from './inline-items';
import { canBeVerb } from './is-verb';
import { isActVerbForm, PROCEDURAL_CONTENTS, speakersFile } from './lexicon';
import { operativeLines } from './operative-lines';
import { type Reading, readFrame, trimRange } from './read-frame';
import { resolveAddresseeId } from './resolve-addressee';
import { splitActions } from './split-actions';
import { lastMark, phraseBefore, tokenize } from './tokens';

const ITEM_MARKER = /^[^\S\n]*(?:[-–—•·*‒]|\(?[a-z]{1,4}\)|[a-z]\.|\(?\d{1,2}\))[^\S\n]+/u;

interface OpenList {
  acts: Act['acts'];
  addressee: Range | null;
  sentence: number;
  spanStart: number;
  /** The items are acts of the speaker ("the report: - emphasises ..."). */
  ofActs: boolean;
  cls: Act['cls'];
  infinitive: boolean;
}

interface Piece {
  start: number;
  end: number;
  sentence: number;
  /** The piece starts its line. */
  lineStart: boolean;
  /** Where the line holding the piece starts. */
  line: number;
}

/** Sentences cut at line breaks: the units acts are read in. */
function piecesOf(text: string, sentences: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  let scanned = 0;
  let lineBegin = 0;
  for (const [i, s] of sentences.entries()) {
    let from = s.start;
    while (from < s.end) {
      let to = from;
      for (; to < s.end; to++) {
        // "... and other\nlegal entities ...": a line broken inside a clause continues the piece.
        if (text.charCodeAt(to) === 10 && !continuesLine(text, to)) break;
      }
      // The start of the line holding `from`, scanning forward only (sentences come in order).
      for (; scanned < from; scanned++)
        if (text.charCodeAt(scanned) === 10) lineBegin = scanned + 1;
      const line = lineBegin;
      let back = from - 1;
      while (back >= line && text[back]!.trim() === '') back--;
      const lineStart = back < line;
      if (text.slice(from, to).trim())
        out.push({ start: from, end: to, sentence: i, lineStart, line });
      from = to + 1;
    }
  }
  return out;
}

/** What `emit` writes to, for one document. */
interface Found {
  text: string;
  entities: readonly Entity[];
  out: Statement[];
}

// A module-level function, not a closure per document: V8 drops a dead closure's optimised code,
// so a closure made for each document was compiled again and again over a batch.
/** Adds one statement per act for a content (none when it is empty or procedural). */
function emit(
  found: Found,
  acts: Act['acts'],
  speaker: string,
  addressee: Range | null,
  content: Range,
  sentence: number,
  spanStart: number,
): void {
  const { text, entities, out } = found;
  const c = trimRange(text, content);
  if (c.end <= c.start) return;
  if (isProcedural(text.slice(c.start, c.end))) return;
  for (const a of acts) {
    const directive = a.kind === 'directive';
    out.push({
      act: a.act,
      kind: a.kind,
      speaker,
      addressee:
        directive && addressee
          ? {
              id: resolveAddresseeId(text, addressee, entities),
              text: text.slice(addressee.start, addressee.end),
              start: addressee.start,
              end: addressee.end,
            }
          : null,
      content: makeSpan(text, c.start, c.end),
      sentence,
      span: makeSpan(text, Math.min(spanStart, c.start), c.end),
    });
  }
}

/** Every act of a speaker in every sentence (spec 2.4, 2.5). */
export function extractStatements(
  doc: ParsedDocument,
  sentences: readonly Span[],
  entities: readonly Entity[],
): Statement[] {
  const genre = detectGenre(doc, entities);
  if (!genre) return [];
  const text = doc.text;
  const out: Statement[] = [];
  const operative = genre.name === 'resolution' ? operativeLines(text, doc.header.bodyStart) : null;
  let list: OpenList | null = null;
  // The person who spoke last in a press release: "he" or "she" further on.
  let lastSpeaker: string | null = null;

  const found: Found = { text, entities, out };
  const named = genre.name === 'press' ? namedSpeakers(entities) : [];
  const rapporteurs = genre.name === 'press' ? namedRapporteurs(text, named) : [];

  for (const piece of piecesOf(text, sentences)) {
    const lineStart = piece.line;
    const head = text.slice(lineStart, Math.min(piece.end, lineStart + 24));
    const marker = piece.lineStart ? ITEM_MARKER.exec(head) : null;
    const isItem: boolean =
      list !== null && marker !== null && lineStart + marker[0].length >= piece.start;
    // "Peace and security:" between the items of one list keeps the list open.
    if (!isItem && list && piece.lineStart && isListHeading(text.slice(piece.start, piece.end)))
      continue;
    if (!isItem && piece.lineStart) list = null;
    if (operative && !isItem && !operative.has(lineStart)) continue;
    const start: number = isItem ? lineStart + marker![0].length : piece.start;
    const ctx: PieceContext = {
      genre,
      paragraphActs: operative !== null || (isItem && list!.ofActs),
      intro: isItem ? { cls: list!.cls, infinitive: list!.infinitive } : null,
      speakers: named.filter((n) => n.start >= piece.start && n.end <= piece.end),
      lastPerson: lastSpeaker,
      rapporteur: rapporteurBefore(rapporteurs, piece.start),
    };
    const acts = findActs(text, start, piece.end, ctx);
    // Each act's content stops where the next act that is not embedded begins.
    const limits: number[] = new Array(acts.length);
    let next = piece.end;
    let nextAct: Act | null = null;
    for (let n = acts.length - 1; n >= 0; n--) {
      const a = acts[n]!;
      // An act inside the parenthesis between the next act's subject and verb stops at its end.
      const inside = nextAct?.parenthesisEnd !== undefined && a.verbStart > nextAct.spanStart;
      limits[n] = inside ? nextAct!.parenthesisEnd! : next;
      if (a.role !== 'embedded') {
        next = a.cut;
        nextAct = a;
      }
    }

    // An item of a list opened by an act: the item is that act's content (or contents).
    if (isItem && list && !list.ofActs) {
      emitItem(found, list, genre.speaker, start, firstMainAct(acts)?.cut ?? piece.end);
    }

    let opened: OpenList | null = null;
    const readings = acts.map((act, k) => readFrame(text, act, limits[k]!));
    for (const [k, act] of acts.entries()) {
      // "does not consider that ...": no statement (it only ends the content before it)
      if (act.negated) continue;
      const limit = limits[k]!;
      let reading: Reading | null = readings[k]!;
      // "condemns and deplores X", "Welcomes and supports X": two verbs, one object.
      if (reading && !reading.list && allEmpty(text, reading.contents)) {
        const next = acts[k + 1];
        const shared = readings[k + 1];
        if (next && shared && sharesObject(text, act, next, shared)) reading = shared;
      }
      if (!reading) continue;
      if (reading.list) {
        // "should amend the Commission proposal as follows:" lists amendments, not acts.
        if (isProcedural(text.slice(act.afterVerb, limit))) continue;
        const intro: OpenList = {
          acts: act.acts,
          addressee: reading.addressee,
          sentence: piece.sentence,
          spanStart: act.spanStart,
          ofActs: false,
          cls: act.cls,
          infinitive: reading.list === 'bare' || isInfinitiveFrame(act),
        };
        // "to ensure X, and to:": the actions before the list.
        for (const c of reading.contents)
          emit(
            found,
            act.acts,
            act.speaker ?? genre.speaker,
            reading.addressee,
            c,
            piece.sentence,
            act.spanStart,
          );
        // "urged the Commission to: - propose ...; - assess ...": the items on the same line.
        const from = reading.listStart ?? limit;
        for (const item of from < limit ? inlineItems(text, from, limit) : [])
          emitItem(found, intro, genre.speaker, item.start, item.end);
        // the list may go on below ("to: (a) ...;\n(b) ...;"): lines with a marker are its items
        opened = intro;
        continue;
      }
      let contents = reading.contents;
      // "..., MEPs warn.": the reported clause comes first.
      if (allEmpty(text, contents) && act.afterComma) {
        contents = [{ start, end: act.cut }];
      }
      for (const [i, c] of contents.entries()) {
        const addressee =
          reading.addressees?.[i] ?? (reading.addressees ? null : reading.addressee);
        emit(
          found,
          act.acts,
          act.speaker ?? genre.speaker,
          addressee,
          c,
          piece.sentence,
          act.spanStart,
        );
      }
      if (act.speaker && named.some((n) => n.person && n.id === act.speaker))
        lastSpeaker = act.speaker;
    }
    if (genre.name === 'press') {
      const reported = findReportedSpeech(text, piece.start, piece.end, entities, lastSpeaker);
      lastSpeaker = reported.lastSpeaker;
      for (const r of reported.statements) out.push({ ...r, sentence: piece.sentence });
    }
    if (opened) list = opened;
    else if (acts.length === 0 && opensActList(text, start, piece.end, genre)) {
      list = {
        acts: [],
        addressee: null,
        sentence: piece.sentence,
        spanStart: start,
        ofActs: true,
        cls: 's',
        infinitive: false,
      };
    }
  }
  return out;
}

/**
 * One item of a list an act opened, from `start` (after its marker) to `end`: the act's content,
 * or its contents when the item is coordinated actions ("propose X and report on Y").
 */
function emitItem(found: Found, list: OpenList, speaker: string, start: number, end: number): void {
  const { text } = found;
  const item = trimRange(text, { start, end });
  const head = tokenize(text, item.start, Math.min(item.end, item.start + 60));
  // "- to take active steps ...": an infinitive item.
  const infinitive =
    head[0]?.lower === 'to' && head[1]?.word === true && head[1].text === head[1].lower;
  if (infinitive) item.start = head[1]!.start;
  const firstWord = infinitive ? head[1] : head[0];
  const contents =
    firstWord?.word && firstWord.text === firstWord.lower && canBeVerb(firstWord.lower)
      ? splitActions(text, item, true)
      : [item];
  for (const c of contents)
    emit(found, list.acts, speaker, list.addressee, c, list.sentence, start);
}

// Module-level helpers rather than callbacks made per sentence: V8 holds a closure's optimised
// code only weakly, so such callbacks were compiled again after every full GC.
function firstMainAct<A extends { role: string }>(acts: readonly A[]): A | undefined {
  for (const a of acts) if (a.role !== 'embedded') return a;
  return undefined;
}

/** Institutions that speak for themselves in a press release ("The Commission committed to"). */
const SPEAKING_INSTITUTIONS: ReadonlySet<string> = new Set(
  speakersFile.genres.press.institutionSpeakers ?? [],
);

/** The mentions of people and speaking institutions, as possible subjects of acts. */
function namedSpeakers(entities: readonly Entity[]): NamedSpeaker[] {
  const out: NamedSpeaker[] = [];
  for (const e of entities) {
    const person = e.type === 'person';
    if (!person && !(e.type === 'institution' && SPEAKING_INSTITUTIONS.has(e.id))) continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, id: e.id, person });
  }
  return out;
}

/** The people a press release names as rapporteur ("rapporteur René Repasi (S&D, DE)"), in text order. */
function namedRapporteurs(text: string, named: readonly NamedSpeaker[]): NamedSpeaker[] {
  const out: NamedSpeaker[] = [];
  for (const n of named) {
    if (n.person && titledRapporteur(text.slice(Math.max(0, n.start - 20), n.start))) out.push(n);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the text before a name ends with the title "rapporteur" ("co-rapporteur", "Rapporteur"). */
function titledRapporteur(before: string): boolean {
  const t = before.trimEnd().toLowerCase();
  if (!t.endsWith('rapporteur')) return false;
  const c = t.charAt(t.length - 11);
  return c === '' || c === '-' || !/\p{L}/u.test(c);
}

/** The rapporteur named last before `at`. */
function rapporteurBefore(rapporteurs: readonly NamedSpeaker[], at: number): string | null {
  let id: string | null = null;
  for (const r of rapporteurs) if (r.start < at) id = r.id;
  return id;
}

const JOINERS = new Set(['and', ',', 'or']);

/**
 * Whether `act` has no words of its own before `next` but "and" ("condemns and deplores X"), and
 * both read their object the same way (noun phrase or clause, no addressee).
 */
function sharesObject(text: string, act: Act, next: Act, reading: Reading): boolean {
  if (next.role !== 'coordinated' || reading.list || reading.addressee) return false;
  if (isInfinitiveFrame(act) || isInfinitiveFrame(next)) return false;
  const between = tokenize(text, act.afterVerb, next.verbStart);
  return between.length > 0 && between.length <= 2 && between.every((t) => JOINERS.has(t.lower));
}

/** Whether every range is empty once trimmed. */
function allEmpty(text: string, ranges: readonly Range[]): boolean {
  for (const r of ranges) {
    const t = trimRange(text, r);
    if (t.end > t.start) return false;
  }
  return true;
}

/** Contents that only move the procedure ("Parliament's position ... should amend the proposal"). */
function isProcedural(content: string): boolean {
  const lower = content.toLowerCase();
  return PROCEDURAL_CONTENTS.some((p) => lower.includes(p));
}

/** Whether the line after the break at `nl` goes on with the clause (it starts in lower case, no stop before). */
function continuesLine(text: string, nl: number): boolean {
  let before = nl - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r'))
    before--;
  const last = text[before] ?? '.';
  if ('.;:!?'.includes(last)) return false;
  let after = nl + 1;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  const first = text[after] ?? '';
  return first !== '' && first !== first.toUpperCase() && first === first.toLowerCase();
}

/** A short line ending with a colon and holding no act verb, inside a list ("Peace and security:"). */
function isListHeading(line: string): boolean {
  if (tokenize(line, 0, line.length).some((t) => isActVerbForm(t.lower))) return false;
  const t = line.trim();
  return t.endsWith(':') && t.split(' ').length <= 8 && !t.includes(';') && !t.includes('.');
}

/** "Governance: on governance, the report:": a speaker followed by a colon, its acts listed below. */
function opensActList(text: string, start: number, end: number, genre: Genre): boolean {
  if (genre.subjects.length === 0) return false;
  // the list is opened by a colon: look no further in the many pieces that do not end with one
  if (lastMark(text, start, end) !== ':') return false;
  const tokens = tokenize(text, start, end);
  const colon = tokens.length - 1;
  return tokens[colon]?.text === ':' && phraseBefore(tokens, colon, genre.subjects) > 0;
}
