/**
 * Matchmaking's scoring core: pure and deterministic, shared by the server (ranking, the nightly
 * all-pairs job) and the web app (explanations). Prepare items once, then score or rank them.
 */
export {
  type CodeHierarchy,
  type CodeOverlap,
  type CodeProfile,
  codeCoverage,
  codeOverlap,
  codeProfile,
  DAC_SECTORS,
  DEFAULT_PARTIAL_CREDIT,
  SDG_TARGETS,
} from './codes.js';
export {
  type ExplanationLine,
  explainMatch,
  MATCHING_NAMESPACE,
  type Translate,
  type WordedLine,
  wordExplanation,
} from './explain.js';
export {
  type CountryContext,
  contextValue,
  type ExchangeHistory,
  HISTORY_HALF_COUNT,
  historyValue,
  INCOME_GROUPS,
  instrumentValue,
  languageValue,
} from './factors.js';
export { type CandidatePool, createPool, scorePool } from './pool.js';
export {
  BLOCKING_KINDS,
  type BlockingKind,
  blockingKeys,
  type CandidateInput,
  DEFAULT_KEY_TERM_COUNT,
  type MatchContext,
  type MatchItemInput,
  type NeedInput,
  type PreparedCandidate,
  type PreparedItem,
  type PreparedNeed,
  prepareCandidate,
  prepareNeed,
} from './prepare.js';
export { type RankedMatch, type RankOptions, topMatches, topNeeds } from './rank.js';
export {
  type FactorResult,
  type MatchReason,
  type MatchScore,
  quickScore,
  SHARED_TERMS_SHOWN,
  scoreMatch,
  TEXT_FULL_COSINE,
} from './score.js';
export { wordsForStems } from './stem-words.js';
export {
  buildIdf,
  cosine,
  EMPTY_VECTOR,
  type Idf,
  idfFromFrequencies,
  keyTerms,
  sharedTerms,
  type TextVector,
  textVector,
} from './text.js';
export {
  type DateWindow,
  type DayWindow,
  dayNumber,
  TIMEFRAME_HORIZON_DAYS,
  timeframeValue,
} from './timeframe.js';
export {
  type CompiledWeights,
  checkWeights,
  compileWeights,
  DEFAULT_MATCH_WEIGHTS,
  MATCH_FACTORS,
  type MatchFactor,
  type MatchWeights,
  matchWeightsSchema,
  type WeightsProblem,
} from './weights.js';
