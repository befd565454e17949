export { type FormatOptions, formatScorecard } from './format-scorecard';
export { type GoldError, parseGold } from './parse-gold';
export type { Prf } from './prf';
export {
  type HeaderTotal,
  pairRecordsWithGold,
  type Scorecard,
  type ScorecardTotal,
  type ScoredPair,
  type SpeakerTotal,
  type StrictLenient,
  scoreCorpus,
} from './score-corpus';
export { type DocumentScore, SET_FIELDS, type SetField, scoreDocument } from './score-document';
export type { EntityItem, EntityScore, PartialEntityMatch } from './score-entities';
export {
  HEADER_FIELDS,
  type HeaderCheck,
  type HeaderField,
  type HeaderScore,
} from './score-header';
export type { SetScore } from './score-sets';
export type {
  DirectiveScore,
  PartialStatementMatch,
  PredictedStatementItem,
  SpeakerMismatch,
  SpeakerScore,
  StatementItem,
  StatementScore,
} from './score-statements';
export { scorecardFigures, splitFigureKey } from './scorecard-figures';
