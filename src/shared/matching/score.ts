/**
 * The match score of a need and a candidate: a weighted mean of factor values in [0, 1], on a
 * 0–100 scale. A factor the need does not state is left out and the other weights renormalised,
 * so missing information neither helps nor hurts. Two entry points share one arithmetic:
 * `quickScore` (a number, no allocation: for ranking thousands of pairs) and `scoreMatch` (every
 * factor with its share and reason: for the few that are shown).
 */
import { codeCoverage, codeOverlap, DEFAULT_PARTIAL_CREDIT } from './codes.js';
import {
  contextMatch,
  contextValue,
  historyValue,
  instrumentValue,
  languageValue,
  sharedCodes,
} from './factors.js';
import type { PreparedCandidate, PreparedNeed } from './prepare.js';
import { cosine, sharedTerms } from './text.js';
import { timeframeValue, timeRelation } from './timeframe.js';
import {
  type CompiledWeights,
  compileWeights,
  MATCH_FACTORS,
  type MatchFactor,
  type MatchWeights,
} from './weights.js';

/**
 * The cosine at which text relevance counts fully. TF-IDF cosines of two different texts on the
 * same problem rarely pass 0.5 (only near copies do), so raw cosines would leave the heaviest
 * factor mostly unused and every score low; above this, more of the same words prove nothing.
 */
export const TEXT_FULL_COSINE = 0.5;

/** How many shared words an explanation names. */
export const SHARED_TERMS_SHOWN = 5;

/** The words of a factor's part: a key of the `matching` catalogue and its variables. */
export interface MatchReason {
  key: string;
  params: Record<string, string | number | string[]>;
}

/** One factor's part in a score. */
export interface FactorResult {
  factor: MatchFactor;
  /** Effective weight after renormalisation over the stated factors; 0 when not stated. */
  weight: number;
  /** How well the candidate fits on this factor, in [0, 1]; null when not stated. */
  value: number | null;
  /** Points of the 100 this factor adds (unrounded): weight × value × 100. */
  contribution: number;
  /** Fraction of the score: shares sum to 1 (contributions to the score before its rounding). */
  share: number;
  reason: MatchReason;
}

/** A score (0–100, one decimal) and the factors it is made of, in MATCH_FACTORS order. */
export interface MatchScore {
  score: number;
  factors: FactorResult[];
}

const TEXT = 0;
const SECTOR = 1;
const SDG = 2;
const LANGUAGE = 3;
const INSTRUMENT = 4;
const TIMEFRAME = 5;
const HISTORY = 6;
const CONTEXT = 7;

/** The value of one factor (index in MATCH_FACTORS), or null when not stated. */
function factorValue(index: number, need: PreparedNeed, candidate: PreparedCandidate): number | null {
  switch (index) {
    case TEXT:
      // No text, or only words no indexed text holds: nothing to compare, as if not stated.
      if (need.text.ids.length === 0) return null;
      return textValue(cosine(need.text, candidate.text));
    case SECTOR:
      return codeCoverage(need.sectors, candidate.sectors, DEFAULT_PARTIAL_CREDIT);
    case SDG:
      return codeCoverage(need.sdgs, candidate.sdgs, DEFAULT_PARTIAL_CREDIT);
    case LANGUAGE:
      return languageValue(need.languages, candidate.languages);
    case INSTRUMENT:
      return instrumentValue(need.instruments, candidate.instruments);
    case TIMEFRAME:
      return need.window === null ? null : timeframeValue(need.window, candidate.window);
    case HISTORY:
      return historyValue(candidate.history);
    case CONTEXT:
      return contextValue(need.country, candidate.country);
    default:
      throw new RangeError(`No factor ${index}`);
  }
}

function checkSameIdf(need: PreparedNeed, candidate: PreparedCandidate): void {
  if (need.idf !== candidate.idf)
    throw new Error(`Need ${need.id} and candidate ${candidate.id} were prepared with different IDFs`);
}

/** The text factor's value from the cosine of two texts: full at TEXT_FULL_COSINE and above. */
export function textValue(dot: number): number {
  return Math.min(1, dot / TEXT_FULL_COSINE);
}

/**
 * The score, 0–100 to one decimal, from factor values in MATCH_FACTORS order (NaN: not stated):
 * the weighted mean of the stated ones; 0 when nothing could be judged. Every path to a score
 * goes through here, so a pair scores the same to the last bit whichever path ranked it.
 */
export function combine(values: Float64Array, w: CompiledWeights): number {
  let weighted = 0;
  let taken = 0;
  for (let i = 0; i < values.length; i++) {
    const weight = w[i]!;
    const value = values[i]!;
    if (weight === 0 || Number.isNaN(value)) continue;
    weighted += weight * value;
    taken += weight;
  }
  if (taken <= 0) return 0;
  const score = Math.round((1000 * weighted) / taken) / 10;
  return Math.min(100, Math.max(0, score));
}

// Reused by quickScore: scoring thousands of pairs allocates nothing (JavaScript runs one call at a time).
const scratch = new Float64Array(MATCH_FACTORS.length);

/**
 * The score of a pair, 0–100 to one decimal, exactly as `scoreMatch` gives it. The hot path:
 * factors weighted 0 are not computed, nothing is allocated. Weights should be compiled once.
 */
export function quickScore(
  need: PreparedNeed,
  candidate: PreparedCandidate,
  weights: MatchWeights | CompiledWeights,
): number {
  checkSameIdf(need, candidate);
  const w = compileWeights(weights);
  for (let i = 0; i < MATCH_FACTORS.length; i++)
    scratch[i] = w[i] === 0 ? Number.NaN : (factorValue(i, need, candidate) ?? Number.NaN);
  return combine(scratch, w);
}

const list = (codes: readonly string[]) => [...codes];

function codeReason(factor: 'sector' | 'sdg', full: string[], partial: string[]): MatchReason {
  if (full.length > 0 && partial.length > 0)
    return { key: `reason.${factor}.mixed`, params: { codes: full, related: partial } };
  if (full.length > 0) return { key: `reason.${factor}.exact`, params: { codes: full } };
  if (partial.length > 0) return { key: `reason.${factor}.partial`, params: { codes: partial } };
  return { key: `reason.${factor}.none`, params: {} };
}

function timeframeReason(need: PreparedNeed, candidate: PreparedCandidate): MatchReason {
  const relation = timeRelation(need.window!, candidate.window);
  if (relation.kind === 'gap') return { key: 'reason.timeframe.gap', params: { count: relation.days } };
  return { key: `reason.timeframe.${relation.kind}`, params: {} };
}

function historyReason(candidate: PreparedCandidate): MatchReason {
  const { exchanges, meanFeedback } = candidate.history!;
  if (exchanges === 0) return { key: 'reason.history.none', params: {} };
  if (meanFeedback === null) return { key: 'reason.history.unrated', params: { count: exchanges } };
  return {
    key: 'reason.history.rated',
    params: { count: exchanges, feedback: Math.round(meanFeedback * 10) / 10 },
  };
}

const INCOME_WORD = {
  same: 'SameIncome',
  near: 'NearIncome',
  different: 'OtherIncome',
  unknown: 'OtherIncome',
} as const;

function contextReason(need: PreparedNeed, candidate: PreparedCandidate): MatchReason {
  const { region, income } = contextMatch(need.country!, candidate.country);
  // What the candidate does not state earns nothing and is worded "not the same"; what the need
  // does not state is not mentioned at all.
  const regionWord = region === 'same' ? 'sameRegion' : 'otherRegion';
  const incomeWord = INCOME_WORD[income];
  let key: string = `${regionWord}${incomeWord}`;
  if (need.country!.income < 0) key = regionWord;
  else if (need.country!.region === null) key = `${incomeWord[0]!.toLowerCase()}${incomeWord.slice(1)}`;
  return { key: `reason.context.${key}`, params: {} };
}

/** The words for a stated factor's value. */
function reasonFor(index: number, need: PreparedNeed, candidate: PreparedCandidate): MatchReason {
  switch (index) {
    case TEXT: {
      const terms = sharedTerms(need.idf, need.text, candidate.text, SHARED_TERMS_SHOWN);
      return terms.length > 0
        ? { key: 'reason.text.terms', params: { terms } }
        : { key: 'reason.text.none', params: {} };
    }
    case SECTOR:
    case SDG: {
      const factor = index === SECTOR ? 'sector' : 'sdg';
      const overlap =
        index === SECTOR
          ? codeOverlap(need.sectors, candidate.sectors)
          : codeOverlap(need.sdgs, candidate.sdgs);
      return codeReason(factor, overlap.full, overlap.partial);
    }
    case LANGUAGE: {
      const shared = sharedCodes(need.languages, candidate.languages);
      return shared.length > 0
        ? { key: 'reason.language.shared', params: { languages: shared } }
        : { key: 'reason.language.none', params: { languages: list(need.languages) } };
    }
    case INSTRUMENT: {
      const shared = sharedCodes(need.instruments, candidate.instruments);
      return shared.length > 0
        ? {
            key: 'reason.instrument.some',
            params: { instruments: shared, matched: shared.length, total: need.instruments.length },
          }
        : { key: 'reason.instrument.none', params: { instruments: list(need.instruments) } };
    }
    case TIMEFRAME:
      return timeframeReason(need, candidate);
    case HISTORY:
      return historyReason(candidate);
    case CONTEXT:
      return contextReason(need, candidate);
    default:
      throw new RangeError(`No factor ${index}`);
  }
}

/** Every factor of a pair with its effective weight, value, contribution, share and reason. */
export function scoreMatch(
  need: PreparedNeed,
  candidate: PreparedCandidate,
  weights: MatchWeights | CompiledWeights,
): MatchScore {
  checkSameIdf(need, candidate);
  const w = compileWeights(weights);
  const values = MATCH_FACTORS.map((_, i) => factorValue(i, need, candidate));
  const score = combine(
    Float64Array.from(values, (v) => v ?? Number.NaN),
    w,
  );
  let taken = 0;
  values.forEach((value, i) => {
    if (value !== null) taken += w[i]!;
  });
  const contributions = values.map((value, i) =>
    value === null || taken === 0 ? 0 : (100 * w[i]! * value) / taken,
  );
  const total = contributions.reduce((sum, c) => sum + c, 0);
  const factors = MATCH_FACTORS.map(
    (factor, i): FactorResult => ({
      factor,
      weight: values[i] === null || taken === 0 ? 0 : w[i]! / taken,
      value: values[i] ?? null,
      contribution: contributions[i]!,
      share: total > 0 ? contributions[i]! / total : 0,
      reason: values[i] === null ? { key: 'reason.notStated', params: {} } : reasonFor(i, need, candidate),
    }),
  );
  return { score, factors };
}
