import { ACT_KINDS, type ExtractionRecord } from '@hemicycle/schema';
import { type Candidate, matchGreedy } from './match-greedy';
import { type Prf, prf, roundFigure, share } from './prf';
import { foldText, tokenF1, tokenize } from './tokenize';

/** A statement as the gold writes it: texts, no offsets. */
export interface StatementItem {
  act: string;
  speaker: string;
  addressee: string | null;
  content: string;
}

/** A predicted statement, with its content's offsets so that it can be found in the text. */
export interface PredictedStatementItem extends StatementItem {
  start: number;
  end: number;
}

/** A gold statement matched leniently (not strictly) by a prediction. */
export interface PartialStatementMatch {
  gold: StatementItem;
  predicted: PredictedStatementItem;
  /** Token F1 of the two contents (≥ 0.5). */
  contentF1: number;
}

export interface SpeakerMismatch {
  gold: StatementItem;
  predicted: PredictedStatementItem;
}

export interface StatementScore {
  strict: Prf;
  lenient: Prf;
  /** Gold statements not matched even leniently. */
  missed: StatementItem[];
  /** Predicted statements not matched even leniently. */
  spurious: PredictedStatementItem[];
  /** Lenient-only matches (content F1 ≥ 0.5 but contents not equal after folding). */
  partial: PartialStatementMatch[];
}

/** Directives alone: the statements whose act is a directive in the act table. */
export interface DirectiveScore {
  strict: Prf;
  lenient: Prf;
}

/** Over the lenient matches: how many name the gold's speaker. */
export interface SpeakerScore {
  matched: number;
  same: number;
  /** same / matched, or null when nothing matched. */
  share: number | null;
  mismatches: SpeakerMismatch[];
}

export interface StatementScores {
  statements: StatementScore;
  directives: DirectiveScore;
  speaker: SpeakerScore;
}

/** The statements of a record as items. */
export function statementItems(record: ExtractionRecord): PredictedStatementItem[] {
  return record.statements.map((s) => ({
    act: s.act,
    speaker: s.speaker,
    addressee: s.addressee?.text ?? null,
    content: s.content.text,
    start: s.content.start,
    end: s.content.end,
  }));
}

/**
 * A directive is a statement whose act the spec's table lists as directive, for gold and
 * predictions alike; an `other:<lemma>` act is never a directive (the gold carries no kind).
 */
export function isDirective(act: string): boolean {
  return ACT_KINDS.get(act) === 'directive';
}

const LEADING_THE = /^the /;

/** Addressee texts compare with case, spaces and quotes folded and an initial "the" trimmed. */
export function normaliseAddressee(text: string | null): string | null {
  return text === null ? null : foldText(text).replace(LEADING_THE, '');
}

interface StatementCandidate extends Candidate {
  contentF1: number;
  strict: boolean;
}

/**
 * Matches predicted statements to gold ones (spec section 5). A pair is a candidate when the
 * acts are equal, the addressees are equal (normalised, or both null) and the contents' token
 * F1 is at least 0.5; it is strict when the contents are equal after folding case, spaces and
 * quotes. Strict matching takes the strict candidates greedily in gold order; lenient matching
 * starts from the strict matching and adds the other candidates by descending content F1
 * (then gold order, predicted order), so every strict match is also a lenient one.
 */
export function scoreStatements(
  predicted: readonly PredictedStatementItem[],
  gold: readonly StatementItem[],
): StatementScores {
  const predTokens = predicted.map((p) => tokenize(p.content));
  const predFolded = predicted.map((p) => foldText(p.content));
  const predAddressee = predicted.map((p) => normaliseAddressee(p.addressee));
  const candidates: StatementCandidate[] = [];
  for (const [g, gs] of gold.entries()) {
    const gTokens = tokenize(gs.content);
    const gFolded = foldText(gs.content);
    const gAddressee = normaliseAddressee(gs.addressee);
    for (const [p, ps] of predicted.entries()) {
      if (ps.act !== gs.act || predAddressee[p] !== gAddressee) continue;
      const contentF1 = tokenF1(gTokens, predTokens[p]!);
      if (contentF1 < 0.5) continue;
      candidates.push({ gold: g, predicted: p, contentF1, strict: predFolded[p] === gFolded });
    }
  }
  const taken = { gold: new Set<number>(), predicted: new Set<number>() };
  const strict = matchGreedy(
    candidates.filter((c) => c.strict),
    taken,
  );
  const rest = candidates
    .filter((c) => !c.strict)
    .sort((a, b) => b.contentF1 - a.contentF1 || a.gold - b.gold || a.predicted - b.predicted);
  const lenientOnly = matchGreedy(rest, taken);
  const lenient = [...strict, ...lenientOnly].sort((a, b) => a.gold - b.gold);

  const counts = (matched: readonly Candidate[], keep: (act: string) => boolean): Prf => {
    const tp = matched.filter((c) => keep(gold[c.gold]!.act)).length;
    const nPred = predicted.filter((p) => keep(p.act)).length;
    const nGold = gold.filter((g) => keep(g.act)).length;
    return prf(tp, nPred - tp, nGold - tp);
  };
  const all = (): boolean => true;

  const mismatches: SpeakerMismatch[] = lenient
    .filter((c) => gold[c.gold]!.speaker !== predicted[c.predicted]!.speaker)
    .map((c) => ({ gold: gold[c.gold]!, predicted: predicted[c.predicted]! }));
  const same = lenient.length - mismatches.length;

  return {
    statements: {
      strict: counts(strict, all),
      lenient: counts(lenient, all),
      missed: gold.filter((_, i) => !taken.gold.has(i)),
      spurious: predicted.filter((_, i) => !taken.predicted.has(i)),
      partial: lenientOnly
        .sort((a, b) => a.gold - b.gold)
        .map((c) => ({
          gold: gold[c.gold]!,
          predicted: predicted[c.predicted]!,
          contentF1: roundFigure(c.contentF1),
        })),
    },
    directives: { strict: counts(strict, isDirective), lenient: counts(lenient, isDirective) },
    speaker: { matched: lenient.length, same, share: share(same, lenient.length), mismatches },
  };
}
