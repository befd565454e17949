import { type Candidate, RANK } from './candidate';
import { isKnownWord } from './is-known-word';
import {
  articles,
  authorityHeads,
  authorityOfHeads,
  bareParts,
  bareRoleHeads,
  commonCapitalised,
  countryCode,
  demonyms,
  type GazetteerEntry,
  gazetteer,
  groupWords,
  institutionHeads,
  institutionPrefixes,
  isFirstName,
  isInfinitive,
  isKnownPlace,
  isLastName,
  isNonNameWord,
  legalHeads,
  lowerTailHeads,
  nonEntityPhrases,
  numberedKinds,
  orgHeads,
  partWords,
  personLowerCues,
  personTitles,
  personVerbs,
  placeHeads,
  placeNameHeads,
  placeOfHeads,
  placePrepositions,
  policyHeads,
  roleHeads,
  sentenceOpeners,
} from './knowledge';
import type { Token } from './tokenize';

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
const NAME_PARTICLES = new Set([
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
const ROMAN = /^[IVXLC]+$/;
const PART_NUMBER = /^(?:\d+[a-z]?|[IVXLC]+)$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const ACT_SUFFIX = new Set(['EU', 'EC', 'EEC', 'Euratom', 'CFSP', 'JHA', 'ECSC']);
const TWO_LETTERS = /^[A-Z]{2}$/;
const LIST_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const HAS_DIGIT = /\d/;
/** Connectors that may open a name's complement; more may follow inside it. */
const FIRST_CONNECTORS = new Set(['of', 'on', 'for', 'against']);
const ACT_KIND_WORDS = new Set([
  'Framework',
  'Implementing',
  'Delegated',
  'Basic',
  'Amending',
  'Proposed',
  'New',
  'Joint',
]);

/** What a segment scan finds besides candidates. */
export interface SegmentFindings {
  candidates: Candidate[];
  /** Country codes named or referred to by adjective. */
  countries: string[];
}

/**
 * Reads the tokens of one sentence (or header line) and proposes every mention it can
 * justify: gazetteer names, references to acts, names built around a head word, names
 * typed by their context.
 */
export class SegmentScanner {
  private readonly cands: Candidate[] = [];
  private readonly countries: string[] = [];
  /** Country names and adjectives (code '' for places and adjectives that name no country). */
  private readonly geo: { s: number; e: number; code: string }[] = [];
  private readonly initial: boolean[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    /** The segment is a header line followed by "on behalf of": a list of Members' names. */
    private readonly namesLine = false,
  ) {
    this.initial = tokens.map((t, i) => this.isInitial(t, i));
  }

  scan(): SegmentFindings {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.word) {
        if (t.key === '(') this.memberCodes(i);
        continue;
      }
      this.nonEntity(i);
      this.partReference(i);
      this.numberedAct(i);
      this.known(i);
      this.demonym(i);
      this.authorityOf(i);
      if (t.cap) {
        this.headName(i);
        this.personCue(i);
        this.placeCue(i);
        if (this.initial[i] && placePrepositions.has(t.text.toLowerCase())) this.lowerCue(i);
      } else {
        this.lowerCue(i);
      }
    }
    this.nameRuns();
    if (this.namesLine) this.memberNames();
    return { candidates: this.cands, countries: [...this.countries, ...this.geoCodes()] };
  }

  /** Codes of country names and adjectives not inside a longer place name ("Sudan" in "South Sudan"). */
  private geoCodes(): string[] {
    const out: string[] = [];
    for (const g of this.geo) {
      if (g.code === '') continue;
      const hidden = this.geo.some(
        (h) => h !== g && h.s <= g.s && h.e >= g.e && h.e - h.s > g.e - g.s,
      );
      if (!hidden) out.push(g.code);
    }
    return out;
  }

  // ---- token predicates ----

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private isInitial(t: Token, i: number): boolean {
    if (i === 0) return true;
    const prev = this.tokens[i - 1] as Token;
    const nl = this.text.indexOf('\n', prev.end);
    if (nl >= 0 && nl < t.start) return true;
    if (!prev.word && /^[.:!?•·\-–—)"“‘']$/.test(prev.text)) {
      // "A. whereas", "1. Calls", "- bring about", "a) ..."
      return true;
    }
    if (i <= 2 && !this.tokens.slice(0, i).some((x) => x.word && x.text.length > 2)) return true;
    return false;
  }

  /** A capitalised word that can be part of a name. */
  private capWord(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word || !t.cap || commonCapitalised.has(t.text)) return false;
    if (t.text.length === 1 || LIST_NUMERAL.test(t.text) || PLURAL_ACRONYM.test(t.text))
      return false;
    if (HAS_DIGIT.test(t.text)) return false;
    if (this.initial[i] && (sentenceOpeners.has(t.text) || isNonNameWord(t.text))) return false;
    return true;
  }

  /** A capitalised word, an ordinal or a number joined to one ("EU-2020", "11th"). */
  private namePart(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word) return false;
    if (this.capWord(i)) return true;

    const prev = this.tok(i - 1);
    return t.num && prev !== undefined && !t.spaceBefore && (prev.key === '-' || prev.key === '/');
  }

  private joiner(i: number): boolean {
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
  private consumeCaps(i: number): number {
    let j = i;
    for (;;) {
      if (this.namePart(j) || (j > i && this.tok(j)?.num && !this.tok(j)?.spaceBefore)) j++;
      else if (j > i && this.joiner(j)) j += 2;
      else if (j > i && this.tok(j)?.text === '&' && this.capWord(j + 1)) j += 2;
      else break;
    }
    return j;
  }

  /** Start of the capitalised words that stand right before `h` ("Partnership and Cooperation" Agreement). */
  private leftExtension(h: number): number {
    let k = h;
    for (;;) {
      const p = k - 1;
      if (p < 0) break;
      if (this.namePart(p)) {
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
      if ((pt?.text === 'and' || pt?.text === '&') && this.capWord(p - 1) && !this.joiner(p - 2)) {
        k = p - 1;
        continue;
      }
      break;
    }
    while (k < h && !this.namePart(k) && !this.tok(k)?.upper) k++;
    return k;
  }

  /** End of a complement that names ("for Foreign Affairs and Security Policy", "of the OSCE's Office ..."). */
  private complement(e: number): number {
    let k = e;
    for (;;) {
      const t = this.tok(k);
      if (!t) break;
      if (t.word && (k > e ? COMPLEMENT_CONNECTORS : FIRST_CONNECTORS).has(t.text)) {
        let j = k + 1;
        if (this.tok(j)?.text === 'the') j++;
        if (!this.capWord(j)) break;
        k = this.consumeNamed(j);
        continue;
      }
      const and = t.text === 'and' || t.text === '&';
      if (
        and &&
        k > e &&
        this.capWord(k + 1) &&
        !this.startsRole(k + 1) &&
        !this.startsOther(k + 1)
      ) {
        k = this.consumeNamed(k + 1);
        continue;
      }
      const possessive =
        t.key === "'" && this.tok(k + 1)?.text === 's' && !this.tok(k + 1)?.spaceBefore;
      if (possessive && k > e && this.capWord(k + 2)) {
        k = this.consumeNamed(k + 2);
        continue;
      }
      break;
    }
    return k;
  }

  /** A known name from j (taken whole, nothing after it), else capitalised words. */
  private consumeNamed(j: number): number {
    const g = gazetteer.match(this.tokens, j);
    if (g) return g.end;
    return this.consumeCaps(j);
  }

  /** A lower-case subject after a head ("Directive on cross-border healthcare"). */
  private lowerTail(e: number): number {
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
      if (LOWER_TAIL_STOPS.has(t.text)) break;
      if (t.text === 'to' && this.tok(k + 1) && isInfinitive((this.tok(k + 1) as Token).text))
        break;
      words++;
    }
    while (k > e + 1 && TRAILING_CONNECTORS.has((this.tok(k - 1) as Token).text)) k--;
    // "... on the situation of human rights in Belarus"
    if (k > e + 1 && this.tok(k)?.text === 'in') {
      const g = gazetteer.match(this.tokens, k + 1);
      if (g?.values.some((v) => v.type === 'country' || v.type === 'location')) k = g.end;
    }
    return k > e + 1 ? k : e;
  }

  /** A reference to a part of an act or a known name starts at i: "and" before it joins two names. */
  private startsOther(i: number): boolean {
    return partWords.match(this.tokens, i) !== null || gazetteer.match(this.tokens, i) !== null;
  }

  private startsRole(i: number): boolean {
    return roleHeads.match(this.tokens, i) !== null || this.tok(i)?.text === 'Commissioner';
  }

  private add(c: Candidate): void {
    if (c.e > c.s) this.cands.push(c);
  }

  // ---- matchers ----

  private nonEntity(i: number): void {
    const m = nonEntityPhrases.match(this.tokens, i);
    if (m) this.add({ s: i, e: m.end, type: null, rank: RANK.nonEntity, nestable: true });
  }

  /** "Article 7(1) TEU", "Articles 4, 6 and 9 of the Treaty ...", "Rule 132(2) of its Rules of Procedure". */
  private partReference(i: number): void {
    const head = partWords.match(this.tokens, i);
    if (!head) return;
    let k = this.partNumbers(head.end);
    if (k === head.end) return;
    const bare = bareParts.has(
      this.tokens
        .slice(i, head.end)
        .map((t) => t.text)
        .join(' '),
    );
    const of = this.tok(k);
    if (of?.text === 'of' || of?.text === 'in') {
      let j = k + 1;
      const a = this.tok(j);
      if (a && (a.text === 'the' || a.text === 'its' || a.text === 'that' || a.text === 'this'))
        j++;
      const act = this.actAt(j);
      if (act) {
        this.add({ s: i, e: act.e, type: 'legal_act', rank: RANK.partRef, nestable: true });
        return;
      }
    }
    const next = this.actAt(k);
    if (next && next.e - next.s === 1 && this.tok(k)?.upper) {
      this.add({ s: i, e: next.e, type: 'legal_act', rank: RANK.partRef, nestable: true });
      return;
    }
    if (bare) this.add({ s: i, e: k, type: 'legal_act', rank: RANK.partRef });
    k = 0;
  }

  /** After "Article": "7(1)", "4, 6, 9 and 191", "III". */
  private partNumbers(from: number): number {
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
  private actAt(j: number): Candidate | null {
    const n = this.numberedEnd(j);
    if (n > j) return { s: j, e: n, type: 'legal_act', rank: RANK.numbered };
    const g = gazetteer.match(this.tokens, j);
    const legal = g?.values.find((v) => v.type === 'legal_act');
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
  private numberedEnd(i: number): number {
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

  private numberedAct(i: number): void {
    const e = this.numberedEnd(i);
    if (e > i) this.add({ s: i, e, type: 'legal_act', rank: RANK.numbered, known: true });
  }

  /** Gazetteer names, with the context rules of ambiguous ones. */
  private known(i: number): void {
    const all = gazetteer.matchAll(this.tokens, i);
    const m = all[all.length - 1];
    if (!m) return;
    // shorter names at the same place may stand nested in the longer one ("UN" in "UN Convention ...")
    for (const shorter of all.slice(0, -1)) {
      const v = shorter.values[0] as GazetteerEntry;
      if (v.groupNeedsContext || v.countryNeedsContext || v.commonWord) continue;
      this.add({
        s: i,
        e: shorter.end,
        type: v.type,
        id: v.id,
        name: v.name,
        rank: RANK.gazetteer,
        known: true,
      });
    }
    const v = m.values[0] as GazetteerEntry;
    const e = m.end;
    if (v.groupNeedsContext && !this.groupContext(i, e)) return;
    if (v.countryNeedsContext && !this.countryContext(i, e)) return;
    // "Horizon Europe", "Team Europe": a place name inside another capitalised name
    if ((v.type === 'location' || v.type === 'country') && i > 0 && !this.initial[i]) {
      const prev = this.tok(i - 1) as Token;
      if (this.capWord(i - 1) && isKnownWord(prev.text) && !demonyms.match(this.tokens, i - 1)) {
        if (!gazetteer.match(this.tokens, i - 1)) return;
      }
    }
    if (v.type === 'country') this.geo.push({ s: i, e, code: v.id });
    // a known name hides the places and adjectives inside it ("Organization of American States")
    if (v.type !== 'country' && e - i > 1) this.geo.push({ s: i, e, code: '' });
    let s = i;
    // "11th EDF"
    if (v.type === 'legal_act' && i > 0 && ORDINAL.test(this.tok(i - 1)?.text ?? '')) s = i - 1;
    // "OSCE/ODIHR": one organisation named by two acronyms
    if (
      (v.type === 'organization' || v.type === 'institution') &&
      this.tok(e)?.key === '/' &&
      !this.tok(e)?.spaceBefore
    ) {
      const next = this.tok(e + 1);
      if (next?.upper && !next.spaceBefore) {
        this.add({ s, e: e + 2, type: v.type, rank: RANK.gazetteer, known: true });
      }
    }
    if (
      v.type === 'political_group' &&
      v.groupNeedsContext === false &&
      groupWords.has(this.tok(e)?.text ?? '')
    ) {
      // "the EPP Group": the mention leaves "Group" out, but nothing else may claim it
      this.add({ s: e, e: e + 1, type: null, rank: RANK.nonEntity });
    }
    const nestable = v.type === 'role' || v.type === 'legal_act';
    if (v.type === 'role') {
      // "VP/HR Josep Borrell": the office's holder
      const holder = this.nameAfter(e);
      if (holder > e && (this.tok(e) as Token).spaceBefore) {
        this.add({ s: e, e: holder, type: 'person', rank: RANK.person, register: true });
      }
    }
    this.add({
      s,
      e,
      type: v.type,
      id: v.id,
      name: v.name,
      rank: RANK.gazetteer,
      known: true,
      nestable,
    });
  }

  private groupContext(i: number, e: number): boolean {
    const next = this.tok(e);
    const prev = this.tok(i - 1);
    if (next && groupWords.has(next.text)) return true;
    if (prev?.key === '(' && next?.key === ',' && TWO_LETTERS.test(this.tok(e + 1)?.text ?? ''))
      return true;
    if (prev?.key === '(' && next?.key === ')' && this.capWord(i - 2)) return true;
    if (
      prev?.text === 'the' &&
      this.tok(i - 2)?.text === 'of' &&
      this.tok(i - 3)?.text === 'behalf'
    )
      return true;
    for (const j of [i - 2, e + 1]) {
      const sep = j < i ? this.tok(i - 1) : next;
      if (!sep || !(sep.key === ',' || sep.text === 'and' || sep.key === '/')) continue;
      const other = gazetteer.match(this.tokens, j);
      if (other?.values.some((v) => v.type === 'political_group' && !v.groupNeedsContext))
        return true;
    }
    return false;
  }

  private countryContext(i: number, e: number): boolean {
    if (this.capWord(e) && this.tok(e)?.spaceBefore) return false;
    if (i > 0 && !this.initial[i] && this.capWord(i - 1)) return false;
    return true;
  }

  /** "Kazakh authorities" → authority; any adjective of a country counts for `countries`. */
  private demonym(i: number): void {
    const m = demonyms.match(this.tokens, i);
    if (!m) return;
    const code = m.values[0] as string;
    this.geo.push({ s: i, e: m.end, code });
    if (code === '') return;
    const head = authorityHeads.match(this.tokens, m.end);
    if (head) this.add({ s: i, e: head.end, type: 'authority', rank: RANK.authority });
  }

  /** "Government of Nicaragua", "the authorities of Belarus". */
  private authorityOf(i: number): void {
    const m = authorityOfHeads.match(this.tokens, i);
    if (!m) return;
    let j = m.end;
    if (this.tok(j)?.text === 'the') j++;
    const g = gazetteer.match(this.tokens, j);
    const v = g?.values[0];
    if (g && v?.type === 'country') {
      this.add({ s: i, e: g.end, type: 'authority', rank: RANK.authority, nestable: true });
    }
  }

  /** Names built around a head word: roles, acts, organisations, and policies (not entities). */
  private headName(i: number): void {
    const role = roleHeads.match(this.tokens, i);
    if (role) {
      this.roleName(i, role.end);
      return;
    }
    const t = this.tok(i) as Token;
    // "Better Law-Making": a head inside a hyphenated word heads nothing
    if (this.joiner(i + 1) && this.tok(i + 1)?.key === '-') return;
    if (legalHeads.has(t.text)) {
      const s = this.leftExtension(i);
      // "Regulation of the European Parliament and of the Council" is a title, not a name
      const ofAct = lowerTailHeads.has(t.text) && this.tok(i + 1)?.text === 'of';
      let e = ofAct ? i + 1 : this.complement(i + 1);
      if (e === i + 1 && lowerTailHeads.has(t.text) && !this.initial[i]) e = this.lowerTail(i + 1);
      if (e === i + 1 && lowerTailHeads.has(t.text) && this.onlyKindWords(s, i)) return;
      // "Optional Protocol to the Convention against Torture"
      const nestable = true;
      if (this.tok(e)?.text === 'to' && (s < i || e > i + 1)) {
        const j = this.tok(e + 1)?.text === 'the' ? e + 2 : e + 1;
        const act = this.actAt(j);
        if (act) e = act.e;
      }
      if (s < i || e > i + 1) this.add({ s, e, type: 'legal_act', rank: RANK.head, nestable });
      return;
    }
    if (orgHeads.has(t.text)) {
      let s = this.leftExtension(i);
      const e = this.complement(i + 1);
      if (s === i && e === i + 1) return;
      if (groupWords.has(t.text) && this.coversGroup(s, i)) return;
      // "European Union at the Board ...": a known name is not the head of a longer one
      if (e > i + 1 && gazetteer.match(this.tokens, s)?.end === i + 1) return;
      s = this.afterKnownAnd(s, i);
      // "Case C-123/20 Commission": a reference number is no part of an organisation's name
      for (let k = i - 1; k >= s; k--) {
        if ((this.tok(k) as Token).num) {
          s = k + 1;
          while (s < i && !this.capWord(s)) s++;
          break;
        }
      }
      if (s === i && e === i + 1) return;
      // "the Commission on ...", "the Council of ...": a known short name and a complement
      if (s === i && gazetteer.match(this.tokens, i)?.values.some((v) => v.commonWord)) return;
      const first = this.tok(s) as Token;
      let type: 'institution' | 'organization' = 'organization';
      if (institutionPrefixes.has(first.text) && institutionHeads.has(t.text)) type = 'institution';
      if (
        (t.text === 'Committee' || t.text === 'Subcommittee') &&
        s === i &&
        this.tok(i + 1)?.text === 'on'
      ) {
        type = 'institution';
      }
      this.add({ s, e, type, rank: RANK.head, register: true });
      return;
    }
    if (placeNameHeads.has(t.text) && !this.capWord(i + 1)) {
      // "Xinjiang Uyghur Autonomous Region", "Autonomous Republic of Crimea", "Tiananmen Square"
      const s = this.leftExtension(i);
      const e = this.complement(i + 1);
      if (s < i || e > i + 1) this.add({ s, e, type: 'location', rank: RANK.head, register: true });
      return;
    }
    if (policyHeads.has(t.text)) {
      const s = this.leftExtension(i);
      const e = this.complement(i + 1);
      for (let k = i + 1; k < e; k++) {
        const w = (this.tok(k) as Token).text;
        if (legalHeads.has(w) || orgHeads.has(w)) return;
      }
      if (s < i || e > i + 1) this.add({ s, e, type: null, rank: RANK.head, nestable: true });
    }
  }

  /** "European Parliament and Council": a known name and "and" before a head are not part of its name. */
  private afterKnownAnd(s: number, h: number): number {
    let k = s;
    while (k < h) {
      const g = gazetteer.match(this.tokens, k) ?? nonEntityPhrases.match(this.tokens, k);
      const and = g ? this.tok(g.end) : undefined;
      if (!g || g.end >= h || !(and?.text === 'and' || and?.text === '&')) break;
      k = g.end + 1;
    }
    return k;
  }

  /** "Council Decision", "EU Regulation": an institution or kind word before a kind of act names no act. */
  private onlyKindWords(s: number, h: number): boolean {
    for (let k = s; k < h; k++) {
      const t = this.tok(k) as Token;
      if (!t.word || ACT_KIND_WORDS.has(t.text)) continue;
      const g = gazetteer.match(this.tokens, k);
      if (g && g.end <= h && g.values.some((v) => v.type === 'institution')) {
        k = g.end - 1;
        continue;
      }
      return false;
    }
    return true;
  }

  private coversGroup(s: number, h: number): boolean {
    for (let k = s; k < h; k++) {
      const g = gazetteer.match(this.tokens, k);
      if (g?.values.some((v) => v.type === 'political_group')) return true;
    }
    return false;
  }

  private roleName(h: number, e: number): void {
    // A title before a name: "President Alexander Lukashenko" is a person, not a role.
    const name = this.nameAfter(e);
    if (name > e && this.tok(e)?.spaceBefore) {
      this.add({ s: e, e: name, type: 'person', rank: RANK.person, register: true });
      return;
    }
    let s = h;
    // "OSCE Representative", "UN Special Rapporteur", "EU Special Representative"
    for (let k = Math.max(0, h - 4); k < h; k++) {
      const g = gazetteer.match(this.tokens, k);
      if (
        g &&
        g.end === h &&
        g.values.some((v) => v.type === 'organization' || v.type === 'institution')
      ) {
        s = k;
        break;
      }
    }
    let end = this.complement(e);
    if (end === e && /Rapporteur|Representative|Envoy/.test((this.tok(e - 1) as Token).text))
      end = this.lowerTail(e);
    // "President of the European Council António Costa": the holder's name after the office
    const holder = this.nameAfter(end);
    if (end > e && holder > end && (this.tok(end) as Token).spaceBefore) {
      this.add({ s: end, e: holder, type: 'person', rank: RANK.person, register: true });
    }
    if (s < h || end > e) {
      this.add({ s, e: end, type: 'role', rank: RANK.head, nestable: true });
      return;
    }
    const head = this.tokens
      .slice(h, e)
      .map((t) => t.text)
      .join(' ');
    const before = this.tok(h - 1);
    if (bareRoleHeads.has(head) && (before === undefined || articles.has(before.text))) {
      this.add({ s: h, e, type: 'role', rank: RANK.head });
    }
  }

  /** End of a person's name starting at i ("Alexander Lukashenko", "Charles GOERENS", "Petra De Sutter"), or i. */
  private nameAfter(i: number): number {
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
  private particlesBeforeCap(i: number): number {
    let n = 0;
    while (n < 2 && NAME_PARTICLES.has(this.tok(i + n)?.text ?? '')) n++;
    return n > 0 && this.capWord(i + n) ? n : 0;
  }

  private startsKnownNonPerson(i: number): boolean {
    const g = gazetteer.match(this.tokens, i);
    if (g) return true;
    const t = this.tok(i) as Token;
    return commonCapitalised.has(t.text) || nonEntityPhrases.match(this.tokens, i) !== null;
  }

  /** "Mr Bialiatski", "Prime Minister X": titles that stand before a name. */
  private personCue(i: number): void {
    const title = personTitles.match(this.tokens, i);
    if (!title || roleHeads.match(this.tokens, i)) return;
    const end = this.nameAfter(title.end);
    if (end <= title.end) return;
    // "General Information" is a heading: after a title that is also a word, the name must look like one
    const honorific = /^(?:Mr|Mrs|Ms|Dr)\.?$/.test((this.tok(i) as Token).text);
    if (!honorific && !this.looksLikeName(title.end, end)) return;
    this.add({ s: title.end, e: end, type: 'person', rank: RANK.person, register: true });
  }

  /** "rapporteur Charles Goerens", "human rights defender Ales Bialiatski". */
  private lowerCue(i: number): void {
    const cue = personLowerCues.match(this.tokens, i);
    if (cue) {
      const end = this.nameAfter(cue.end);
      if (
        end - cue.end >= 2 ||
        (end > cue.end && !isKnownWord((this.tok(cue.end) as Token).text))
      ) {
        this.add({ s: cue.end, e: end, type: 'person', rank: RANK.person, register: true });
      }
      return;
    }
    const t = this.tok(i) as Token;
    // "in Zhanaozen", "near Minsk" (not "to the Secretariat")
    if (placePrepositions.has(t.text.toLowerCase())) {
      const j = i + 1;
      if (!this.capWord(j) || this.startsKnownNonPerson(j)) return;
      const end = this.consumeCaps(j);
      // one word ("in Zhanaozen", "in Nur-Sultan"); several unknown words are more often a person
      if (
        this.tokens.slice(j, end).filter((w) => w.word).length > 2 ||
        (end - j === 2 && this.tok(j + 1)?.word)
      )
        return;
      const next = this.tok(end);
      if (next?.cap || next?.num) return;
      let unknown = true;
      for (let k = j; k < end; k++) {
        const w = this.tok(k) as Token;
        if (!w.word) continue;
        if (
          w.upper ||
          /\d/.test(w.text) ||
          isFirstName(w.text) ||
          (isKnownWord(w.text) && !isKnownPlace(w.text))
        )
          unknown = false;
      }
      if (unknown) this.add({ s: j, e: end, type: 'location', rank: RANK.place, register: true });
      return;
    }
    // "region of Donetsk"
    const of = placeOfHeads.match(this.tokens, i);
    if (of && this.capWord(of.end) && !this.startsKnownNonPerson(of.end)) {
      const end = this.consumeCaps(of.end);
      if (end - of.end <= 3)
        this.add({ s: of.end, e: end, type: 'location', rank: RANK.place, register: true });
    }
  }

  /** "Zhanaozen district": a name before a lower-case place word is a place (the word stays out). */
  private placeCue(i: number): void {
    if (i > 0 && this.namePart(i - 1)) return;
    if (!this.capWord(i) || this.startsKnownNonPerson(i)) return;
    const end = this.consumeCaps(i);
    if (end - i > 3) return;
    let head = placeHeads.match(this.tokens, end);
    // "Donetsk and Luhansk regions"
    let second: { s: number; e: number } | null = null;
    if (
      !head &&
      this.tok(end)?.text === 'and' &&
      this.capWord(end + 1) &&
      !this.startsKnownNonPerson(end + 1)
    ) {
      const e2 = this.consumeCaps(end + 1);
      const h2 = e2 - end - 1 <= 3 ? placeHeads.match(this.tokens, e2) : null;
      if (h2 && !(this.tok(e2) as Token).cap) {
        head = h2;
        second = { s: end + 1, e: e2 };
      }
    }
    if (head && !(this.tok(second?.e ?? end) as Token).cap) {
      this.add({ s: i, e: end, type: 'location', rank: RANK.place, register: true });
      if (second) this.add({ ...second, type: 'location', rank: RANK.place, register: true });
    }
  }

  /** "(ALDE, LU)" after a Member's name: the group, the country code and the Member. */
  private memberCodes(i: number): void {
    const g = gazetteer.match(this.tokens, i + 1);
    const group = g?.values.find((v) => v.type === 'political_group');
    if (!g || !group) return;
    const comma = this.tok(g.end);
    const cc = this.tok(g.end + 1);
    const close = this.tok(g.end + 2);
    if (comma?.key !== ',' || !cc || !TWO_LETTERS.test(cc.text) || close?.key !== ')') return;
    const code = countryCode(cc.text);
    if (!code) return;
    this.countries.push(code);
    this.add({
      s: g.end + 1,
      e: g.end + 2,
      type: 'country',
      id: code,
      rank: RANK.gazetteer,
      known: true,
    });
    // the Member's name before the bracket
    let s = i;
    while (
      s > 0 &&
      (this.capWord(s - 1) || NAME_PARTICLES.has(this.tok(s - 1)?.text ?? '') || this.joiner(s - 2))
    ) {
      if (this.joiner(s - 2) && !this.capWord(s - 1)) s -= 2;
      else s--;
      if (i - s >= 5) break;
    }
    for (;;) {
      const title = personTitles.match(this.tokens, s);
      if (title && title.end < i) s = title.end;
      else break;
    }
    while (s < i && NAME_PARTICLES.has(this.tok(s)?.text ?? '')) s++;
    if (i - s >= 1) this.add({ s, e: i, type: 'person', rank: RANK.person + 1, register: true });
  }

  /** A header line of Members' names before "on behalf of the X Group". */
  private memberNames(): void {
    let s = 0;
    for (let k = 0; k <= this.tokens.length; k++) {
      const t = this.tok(k);
      if (t && t.key !== ',') continue;
      if (k - s >= 2 && k - s <= 6 && this.capWord(s)) {
        this.add({ s, e: k, type: 'person', rank: RANK.person, register: true });
      }
      s = k + 1;
    }
  }

  /** Capitalised runs no rule above explains: people by given name, unknown words, lexicon places. */
  private nameRuns(): void {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (!this.capWord(i) || (i > 0 && this.namePart(i - 1))) continue;
      if (i > 0 && !(tokens[i] as Token).spaceBefore && (tokens[i - 1] as Token).key !== '(')
        continue;
      if (this.startsKnownNonPerson(i)) continue;
      if (personTitles.match(tokens, i) || roleHeads.match(tokens, i)) continue;
      const end = this.nameAfter(i);
      if (end <= i) continue;
      const words = tokens.slice(i, end).filter((t) => t.word);
      if (words.every((w) => w.upper) || words.some((w) => /\d/.test(w.text))) continue;
      const next = this.tok(end);
      if (
        next &&
        (orgHeads.has(next.text) || legalHeads.has(next.text) || policyHeads.has(next.text))
      )
        continue;
      const first = words[0] as Token;
      const last = words[words.length - 1] as Token;
      const surnameUpper =
        last.upper && !first.upper && first.text.length > 1 && !ROMAN.test(last.text);
      if (
        words.length >= 2 &&
        (isFirstName(first.text) || surnameUpper) &&
        !this.initialCommon(i)
      ) {
        this.add({ s: i, e: end, type: 'person', rank: RANK.person, register: true });
        continue;
      }
      const placeLike = words.some(
        (w) => isKnownPlace(w.text) || gazetteer.match(tokens, tokens.indexOf(w)) !== null,
      );
      const nameLike = this.looksLikeName(i, end);
      if (words.length >= 2 && words.length <= 3 && nameLike && !placeLike) {
        this.add({ s: i, e: end, type: 'person', rank: RANK.guess, register: true });
        continue;
      }
      if (next && personVerbs.has(next.text) && words.length >= 2) {
        this.add({ s: i, e: end, type: 'person', rank: RANK.guess, register: true });
        continue;
      }
      if (
        words.length === 1 &&
        !this.initial[i] &&
        isKnownPlace(first.text) &&
        !isFirstName(first.text)
      ) {
        this.add({ s: i, e: end, type: 'location', rank: RANK.guess, register: true });
      }
    }
  }

  /** Words that are not common English words, or are given names or surnames. */
  private looksLikeName(s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      const w = this.tok(k) as Token;
      if (!w.word || NAME_PARTICLES.has(w.text)) continue;
      if (isKnownWord(w.text) && !isFirstName(w.text) && !isLastName(w.text) && !w.upper)
        return false;
    }
    return true;
  }

  private initialCommon(i: number): boolean {
    const t = this.tok(i) as Token;
    return this.initial[i] === true && isKnownWord(t.text) && !isFirstName(t.text);
  }
}
