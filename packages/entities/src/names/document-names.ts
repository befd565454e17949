import type { Entity } from '@hemicycle/schema';
import { type Candidate, chooseCandidates, RANK } from './candidate';
import { EntityCollector } from './entity-collector';
import { isKnownWord } from './is-known-word';
import { keepShapeAlive } from './keep-shape-alive';
import { shortFormHeads } from './knowledge';
import { mergeOrganisationPrefixes, mergeSurnames } from './merge-people';
import { PhraseTrie } from './phrase-trie';
import { SegmentScanner } from './scan-segment';
import type { Segment } from './segments-of';
import { type Token, tokenize } from './tokenize';

interface ReadSegment {
  start: number;
  end: number;
  /** Tokens covered by a chosen mention (1) or free (0). */
  taken: Uint8Array;
}

/**
 * The names of one document: read segment by segment (first pass), then looked for again
 * wherever a name learnt somewhere recurs (second pass).
 */
export class DocumentNames {
  private readonly collector: EntityCollector;
  private readonly segments: ReadSegment[] = [];
  /** Names found by rule, surnames, defined acronyms: phrase → entity key. */
  private readonly registry = new PhraseTrie<string>();
  private readonly registered = new Set<string>();
  /** Head words of named acts ("Consensus") → the act's key, or null when two acts share one. */
  private readonly shortForms = new Map<string, string | null>();
  /** Acronyms the text defines ("... Council (ECCC)") → their entity. */
  private readonly localAcronyms = new Map<string, string>();
  /** Acronyms the text defines for what is no entity ("European Interoperability Framework (EIF)"). */
  private readonly nonEntityAcronyms = new Set<string>();
  /** Entities typed by a guess (unknown capitalised words), and by a rule or a list. */
  private readonly guesses = new Set<string>();
  private readonly sure = new Set<string>();

  constructor(private readonly text: string) {
    this.collector = new EntityCollector(text);
  }

  /** First pass over one segment. */
  read(seg: Segment): void {
    const tokens = tokenize(this.text, seg.start, seg.end);
    if (tokens.length === 0) return;
    const found = new SegmentScanner(tokens, this.text, seg.namesLine).scan();
    for (const c of found.countries) this.collector.countries.add(c);
    const chosen = chooseCandidates(found.candidates);
    const taken = new Uint8Array(tokens.length);
    // "European Climate Change Council (ECCC)": the text's own definition beats the gazetteer's
    const defined = new Set<Candidate>();
    const definer = new Map<number, Candidate>();
    const oneToken = new Map<number, Candidate>();
    for (const c of chosen) if (c.e === c.s + 1) oneToken.set(c.s, c);
    for (const c of chosen) {
      const acr = definedAcronym(c, tokens);
      if (acr === null) continue;
      const best = definer.get(acr);
      if (!best || c.s < best.s) definer.set(acr, c);
      const a = oneToken.get(acr);
      if (a) defined.add(a);
    }
    // "European Interoperability Framework (EIF)": a policy's acronym is no gazetteer name
    // ("EIF" is also the European Investment Fund) here, nor further on
    for (const c of chosen) {
      if (c.type !== null || c.title) continue;
      const acr = policyAcronym(c, tokens);
      if (acr === null) continue;
      this.nonEntityAcronyms.add((tokens[acr] as Token).text);
      const a = oneToken.get(acr);
      if (a) defined.add(a);
    }
    // "Everything But Arms (EBA)": a name no rule read, whose initials the acronym spells
    const ends = new Set<number>();
    for (const c of chosen) ends.add(c.e);
    for (let j = 1; j < tokens.length; j++) {
      if ((tokens[j] as Token).key !== '(' || ends.has(j)) continue;
      const acr = initialsAcronym(tokens, j);
      if (acr === null) continue;
      this.nonEntityAcronyms.add((tokens[acr] as Token).text);
      const a = oneToken.get(acr);
      if (a) defined.add(a);
    }
    for (const c of chosen) {
      taken.fill(1, c.s, c.e);
      if (c.type === null || defined.has(c)) continue;
      if (c.e - c.s === 1 && this.nonEntityAcronyms.has((tokens[c.s] as Token).text)) continue;
      const start = (tokens[c.s] as Token).start;
      const end = (tokens[c.e - 1] as Token).end;
      const local =
        c.e - c.s === 1 ? this.localAcronyms.get((tokens[c.s] as Token).text) : undefined;
      if (local !== undefined) {
        this.collector.addTo(local, start, end);
        continue;
      }
      let { id, name } = c;
      const defines = definedAcronym(c, tokens);
      const gaz = defines === null ? undefined : oneToken.get(defines);
      // "Community of Latin American and the Caribbean States (CELAC)": the list's CELAC, written otherwise
      if (id === undefined && gaz?.known && gaz.type === c.type && gaz.name !== undefined) {
        if (similarNames(gaz.name, this.text.slice(start, end))) ({ id, name } = gaz);
      }
      const key = this.collector.add(c.type, start, end, id, name);
      if (c.rank === RANK.guess) this.guesses.add(key);
      else this.sure.add(key);
      if (c.type === 'country' && c.id) this.collector.countries.add(c.id);
      this.learn(c, tokens, key);
      const acr = definedAcronym(c, tokens);
      if (acr !== null && definer.get(acr) === c) {
        const t = tokens[acr] as Token;
        this.collector.addTo(key, t.start, t.end);
        taken[acr] = 1;
        // defined again, as an entity's acronym this time
        this.nonEntityAcronyms.delete(t.text);
        this.register(t.text, key);
        if (oneToken.get(acr)?.id !== id) {
          this.localAcronyms.set(t.text, key);
        }
      }
    }
    this.segments.push({ start: seg.start, end: seg.end, taken });
  }

  /** Merges people named twice, runs the second pass and returns the entities and countries. */
  result(): { entities: Entity[]; countries: string[] } {
    mergeSurnames(this.collector);
    mergeOrganisationPrefixes(this.collector);
    this.collector.mergeGuesses(
      [...this.guesses].filter((k) => !this.sure.has(k)),
      this.sure,
    );
    this.findAgain();
    return {
      entities: this.collector.entities(),
      countries: [...this.collector.countries].sort(),
    };
  }

  /** Second pass: names learnt in one place are mentions wherever they recur. */
  private findAgain(): void {
    for (const [head, key] of this.shortForms) if (key) this.register(`the ${head}`, key);
    for (const { start, end, taken } of this.segments) {
      const tokens = tokenize(this.text, start, end);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] as Token;
        if (!t.cap && t.text !== 'the') continue;
        const m = this.registry.match(tokens, i);
        if (!m) continue;
        const s = t.text === 'the' ? i + 1 : i;
        if (taken.subarray(s, m.end).includes(1)) continue;
        const key = m.values[0] as string;
        this.collector.addTo(key, (tokens[s] as Token).start, (tokens[m.end - 1] as Token).end);
        taken.fill(1, s, m.end);
        i = m.end - 1;
      }
    }
  }

  private register(phrase: string, key: string): void {
    if (this.registered.has(phrase)) return;
    this.registered.add(phrase);
    this.registry.add(phrase, key);
  }

  /** Remembers what a rule found so that the second pass finds it again. */
  private learn(c: Candidate, tokens: readonly Token[], key: string): void {
    const first = tokens[c.s] as Token;
    const last = tokens[c.e - 1] as Token;
    if (c.register) this.register(this.text.slice(first.start, last.end), key);
    if (c.type === 'person' && c.e - c.s >= 2) {
      if (last.word && last.cap && (last.upper || !isKnownWord(last.text)))
        this.register(last.text, key);
    }
    if (c.type === 'legal_act' && c.e - c.s >= 2) {
      for (let k = c.s; k < c.e; k++) {
        const t = tokens[k] as Token;
        if (!shortFormHeads.has(t.text)) continue;
        const other = this.shortForms.has(t.text) && this.shortForms.get(t.text) !== key;
        this.shortForms.set(t.text, other ? null : key);
      }
    }
  }
}

/** "World Health Organization (WHO)": the index of the acronym in brackets after a name, or null. */
function definedAcronym(c: Candidate, tokens: readonly Token[]): number | null {
  if (c.type === null || c.type === 'person' || c.e - c.s < 2 || c.rank === RANK.partRef) {
    return null;
  }
  return bracketedAcronym(tokens, c.e);
}

/**
 * "European Interoperability Framework (EIF)": the index of an acronym in brackets after a name
 * that is no entity, when its letters are the initials of the name's capitalised words; or null.
 */
function policyAcronym(c: Candidate, tokens: readonly Token[]): number | null {
  if (c.e - c.s < 2) return null;
  const acr = bracketedAcronym(tokens, c.e);
  if (acr === null) return null;
  let initials = '';
  for (let k = c.s; k < c.e; k++) {
    const t = tokens[k] as Token;
    if (t.word && t.cap) initials += t.text[0];
  }
  return initials === (tokens[acr] as Token).text ? acr : null;
}

/**
 * "Everything But Arms (EBA)": the index of the acronym in brackets at token `open` when the
 * capitalised words right before it spell it, one initial each; or null.
 */
function initialsAcronym(tokens: readonly Token[], open: number): number | null {
  const acr = bracketedAcronym(tokens, open);
  if (acr === null) return null;
  const letters = (tokens[acr] as Token).text;
  if (letters.length < 2 || open < letters.length) return null;
  for (let n = 0; n < letters.length; n++) {
    const t = tokens[open - letters.length + n] as Token;
    if (!t.word || !t.cap || t.text[0] !== letters[n]) return null;
  }
  return acr;
}

/** "(WHO)" right at token `e`: the index of the acronym (upper case, no digits), or null. */
function bracketedAcronym(tokens: readonly Token[], e: number): number | null {
  const open = tokens[e];
  const acr = tokens[e + 1];
  const close = tokens[e + 2];
  if (open?.key !== '(' || close?.key !== ')' || !acr?.upper || /\d/.test(acr.text)) return null;
  return e + 1;
}

/** Whether two names share at least half of the longer one's words ("… and the Caribbean States" / "… and Caribbean States"). */
function similarNames(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
  const wa = words(a);
  const wb = new Set(words(b));
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared * 2 >= Math.max(wa.length, wb.size);
}

keepShapeAlive(new DocumentNames(''));
