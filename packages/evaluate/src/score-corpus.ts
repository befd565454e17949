import type { ExtractionRecord, Gold } from '@hemicycle/schema';
import { type Prf, share, sumPrf } from './prf';
import { type DocumentScore, SET_FIELDS, type SetField, scoreDocument } from './score-document';
import { HEADER_FIELDS, type HeaderField } from './score-header';

/** A header field over the corpus: documents right out of documents whose gold states it. */
export interface HeaderTotal {
  right: number;
  scored: number;
  share: number | null;
}

export interface StrictLenient {
  strict: Prf;
  lenient: Prf;
}

export interface SpeakerTotal {
  matched: number;
  same: number;
  share: number | null;
}

/** Corpus figures: micro averages (counts summed over documents). `null` when nothing scored it. */
export interface ScorecardTotal {
  header: Record<HeaderField, HeaderTotal | null>;
  tabledBy: Prf | null;
  countries: Prf | null;
  dates: Prf | null;
  quantities: Prf | null;
  entities: StrictLenient | null;
  statements: StrictLenient | null;
  directives: StrictLenient | null;
  speaker: SpeakerTotal | null;
}

/** The scorecard: plain JSON, keys in a fixed order, documents sorted by id. */
export interface Scorecard {
  scorecardVersion: 1;
  /** Number of documents scored (those with a gold fixture), missing ones included. */
  scored: number;
  /** Documents with a gold fixture but no record. */
  missing: string[];
  total: ScorecardTotal;
  documents: DocumentScore[];
}

export interface ScoredPair {
  /** The document's record, or null/undefined when it gave none (it failed). */
  record: ExtractionRecord | null | undefined;
  gold: Gold;
}

function nonNull<T>(xs: readonly (T | null)[]): T[] {
  return xs.filter((x): x is T => x !== null);
}

function sumStrictLenient(xs: readonly (StrictLenient | null)[]): StrictLenient | null {
  const present = nonNull(xs);
  if (present.length === 0) return null;
  return {
    strict: sumPrf(present.map((x) => x.strict)),
    lenient: sumPrf(present.map((x) => x.lenient)),
  };
}

function totalOf(docs: readonly DocumentScore[]): ScorecardTotal {
  const header = {} as Record<HeaderField, HeaderTotal | null>;
  for (const field of HEADER_FIELDS) {
    const checks = nonNull(docs.map((d) => d.header[field]));
    const right = checks.filter((c) => c.correct).length;
    header[field] =
      checks.length === 0
        ? null
        : { right, scored: checks.length, share: share(right, checks.length) };
  }
  const sets = {} as Record<SetField, Prf | null>;
  for (const field of SET_FIELDS) {
    const present = nonNull(docs.map((d) => d[field]));
    sets[field] = present.length === 0 ? null : sumPrf(present);
  }
  const speakers = nonNull(docs.map((d) => d.speaker));
  const matched = speakers.reduce((n, s) => n + s.matched, 0);
  const same = speakers.reduce((n, s) => n + s.same, 0);
  return {
    header,
    tabledBy: sets.tabledBy,
    countries: sets.countries,
    dates: sets.dates,
    quantities: sets.quantities,
    entities: sumStrictLenient(docs.map((d) => d.entities)),
    statements: sumStrictLenient(docs.map((d) => d.statements)),
    directives: sumStrictLenient(docs.map((d) => d.directives)),
    speaker: speakers.length === 0 ? null : { matched, same, share: share(same, matched) },
  };
}

/**
 * Scores a corpus: every document with a gold fixture (a missing record counts as missing,
 * all its gold items missed), and the micro-averaged totals.
 */
export function scoreCorpus(pairs: readonly ScoredPair[]): Scorecard {
  const documents = pairs
    .map((p) => scoreDocument(p.record ?? null, p.gold))
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  return {
    scorecardVersion: 1,
    scored: documents.length,
    missing: documents.filter((d) => d.missing).map((d) => d.doc),
    total: totalOf(documents),
    documents,
  };
}

/**
 * Pairs records with gold fixtures by document id: one pair per gold fixture (record null when
 * the document gave none); records without a gold fixture are left out (not scored).
 */
export function pairRecordsWithGold(
  records: Iterable<ExtractionRecord>,
  golds: Iterable<Gold>,
): ScoredPair[] {
  const byDoc = new Map<string, ExtractionRecord>();
  for (const r of records) byDoc.set(r.doc, r);
  return [...golds].map((gold) => ({ record: byDoc.get(gold.doc) ?? null, gold }));
}
