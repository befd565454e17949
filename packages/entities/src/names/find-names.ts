import type { Entity, ParsedDocument, Span } from '@hemicycle/schema';
import { type Candidate, chooseCandidates, RANK } from './candidate';
import { EntityCollector } from './entity-collector';
import { isKnownWord } from './is-known-word';
import { shortFormHeads } from './knowledge';
import { PhraseTrie } from './phrase-trie';
import { SegmentScanner } from './scan-segment';
import { type Token, tokenize } from './tokenize';

interface Segment {
  tokens: Token[];
  /** Chosen mentions, as token ranges. */
  taken: { s: number; e: number }[];
}

interface Known {
  key: string;
}

const ON_BEHALF = /^\s*on behalf of\b/;

/** The stretches of text to read: the header lines, then the body's sentences. */
function segmentsOf(
  doc: ParsedDocument,
  sentences: readonly Span[],
): { start: number; end: number; namesLine: boolean }[] {
  const { text } = doc;
  const bodyStart = Math.min(Math.max(doc.header?.bodyStart ?? 0, 0), text.length);
  const out: { start: number; end: number; namesLine: boolean }[] = [];
  const pushLines = (from: number, to: number) => {
    let s = from;
    while (s < to) {
      let e = text.indexOf('\n', s);
      if (e < 0 || e > to) e = to;
      const nextLineEnd = text.indexOf('\n', e + 1);
      const nextLine = text.slice(e + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
      if (e > s) out.push({ start: s, end: e, namesLine: ON_BEHALF.test(nextLine) });
      s = e + 1;
    }
  };
  pushLines(0, bodyStart);
  if (sentences.length > 0) {
    // "Petra De Sutter\non behalf of the Verts/ALE Group": the names line is read apart
    let behalf = text.indexOf('\non behalf of', bodyStart);
    for (const s of sentences) {
      if (s.end <= s.start) continue;
      while (behalf >= 0 && behalf < s.start) behalf = text.indexOf('\non behalf of', behalf + 1);
      if (behalf >= 0 && behalf < s.end) pushLines(s.start, s.end);
      else out.push({ start: s.start, end: s.end, namesLine: false });
    }
  } else {
    pushLines(bodyStart, text.length);
  }
  return out;
}

/** Named entities (spec 2.1) with stable ids, and the countries the text names or refers to. */
export function findNames(
  doc: ParsedDocument,
  sentences: readonly Span[],
): { entities: Entity[]; countries: string[] } {
  const { text } = doc;
  const collector = new EntityCollector(text);
  const segments: Segment[] = [];
  // Names found by rule somewhere, looked for again everywhere (second pass).
  const registry = new PhraseTrie<Known>();
  const registered = new Set<string>();
  const register = (phrase: string, key: string) => {
    if (registered.has(phrase)) return;
    registered.add(phrase);
    registry.add(phrase, { key });
  };
  const shortForms = new Map<string, string | null>();
  /** Acronyms the text defines ("... Council (ECCC)"), to their entity. */
  const localAcronyms = new Map<string, string>();

  for (const seg of segmentsOf(doc, sentences)) {
    const tokens = tokenize(text, seg.start, seg.end);
    if (tokens.length === 0) continue;
    const scanner = new SegmentScanner(tokens, text, seg.namesLine);
    const found = scanner.scan();
    for (const c of found.countries) collector.countries.add(c);
    const chosen = chooseCandidates(found.candidates);
    const taken: { s: number; e: number }[] = [];
    // "European Climate Change Council (ECCC)": the text's own definition beats the gazetteer's
    const defined = new Set<Candidate>();
    const definer = new Map<number, Candidate>();
    for (const c of chosen) {
      const acr = definedAcronym(c, tokens);
      if (acr === null) continue;
      const best = definer.get(acr);
      if (!best || c.s < best.s) definer.set(acr, c);
      for (const a of chosen) if (a.s === acr && a.e === acr + 1) defined.add(a);
    }
    for (const c of chosen) {
      taken.push({ s: c.s, e: c.e });
      if (c.type === null || defined.has(c)) continue;
      const start = (tokens[c.s] as Token).start;
      const end = (tokens[c.e - 1] as Token).end;
      const local = c.e - c.s === 1 ? localAcronyms.get((tokens[c.s] as Token).text) : undefined;
      if (local !== undefined) {
        collector.addTo(local, start, end);
        continue;
      }
      const key = collector.add(c.type, start, end, c.id, c.name);
      if (c.type === 'country' && c.id) collector.countries.add(c.id);
      learn(c, tokens, key, text, register, shortForms);
      const acr = definedAcronym(c, tokens);
      if (acr !== null && definer.get(acr) === c) {
        const t = tokens[acr] as Token;
        collector.addTo(key, t.start, t.end);
        taken.push({ s: acr, e: acr + 1 });
        register(t.text, key);
        if (c.known !== true || !chosen.some((a) => a.s === acr && a.id === c.id))
          localAcronyms.set(t.text, key);
      }
    }
    segments.push({ tokens, taken });
  }

  mergeSurnames(collector);
  mergeOrganisationPrefixes(collector);

  // Second pass: names learnt in one place are mentions wherever they recur.
  for (const [head, key] of shortForms) if (key) register(`the ${head}`, key);
  for (const seg of segments) {
    const { tokens, taken } = seg;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.cap && t.text !== 'the') continue;
      const m = registry.match(tokens, i);
      if (!m) continue;
      let s = i;
      if ((tokens[i] as Token).text === 'the') s = i + 1;
      if (taken.some((t) => s < t.e && t.s < m.end)) continue;
      const v = m.values[0] as Known;
      collector.addTo(v.key, (tokens[s] as Token).start, (tokens[m.end - 1] as Token).end);
      taken.push({ s, e: m.end });
      i = m.end - 1;
    }
  }

  return { entities: collector.entities(), countries: [...collector.countries].sort() };
}

/** Remembers what a rule found so that the second pass finds it again. */
function learn(
  c: Candidate,
  tokens: readonly Token[],
  key: string,
  text: string,
  register: (phrase: string, key: string) => void,
  shortForms: Map<string, string | null>,
): void {
  const phrase = text.slice((tokens[c.s] as Token).start, (tokens[c.e - 1] as Token).end);
  if (c.register) register(phrase, key);
  if (c.type === 'person' && c.e - c.s >= 2) {
    const last = tokens[c.e - 1] as Token;
    if (last.word && last.cap && (last.upper || !isKnownWord(last.text))) register(last.text, key);
  }
  if (c.type === 'legal_act' && c.e - c.s >= 2) {
    for (let k = c.s; k < c.e; k++) {
      const t = tokens[k] as Token;
      if (!shortFormHeads.has(t.text)) continue;
      shortForms.set(t.text, shortForms.has(t.text) && shortForms.get(t.text) !== key ? null : key);
    }
  }
}

/** "World Health Organization (WHO)": the index of the acronym in brackets after a name, or null. */
function definedAcronym(c: Candidate, tokens: readonly Token[]): number | null {
  if (c.type === null || c.type === 'person' || c.e - c.s < 2 || c.rank === RANK.partRef)
    return null;
  const open = tokens[c.e];
  const acr = tokens[c.e + 1];
  const close = tokens[c.e + 2];
  if (open?.key !== '(' || close?.key !== ')' || !acr?.upper || /\d/.test(acr.text)) return null;
  return c.e + 1;
}

/** A person named by surname alone ("Commissioner Šefčovič", "President von der Leyen") is the one named in full elsewhere. */
function mergeSurnames(collector: EntityCollector): void {
  const people = collector.keysOf('person');
  for (const p of people) {
    const short = p.texts.reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase();
    if (short === '') continue;
    const targets = people.filter(
      (q) => q.key !== p.key && q.texts.some((t) => t.toLowerCase().endsWith(` ${short}`)),
    );
    const target = targets[0];
    if (target && targets.length === 1) collector.merge(p.key, target.key);
  }
}

/** "Van Hool" typed as a person is the company "Van Hool NV" named elsewhere in the text. */
function mergeOrganisationPrefixes(collector: EntityCollector): void {
  const orgs = collector.keysOf('organization');
  for (const p of collector.keysOf('person')) {
    const name = p.texts.reduce((a, b) => (b.length > a.length ? b : a), '');
    const target = orgs.find((o) => o.texts.some((t) => t.startsWith(`${name} `)));
    if (target) collector.merge(p.key, target.key);
  }
}
