import { z } from 'zod';
import { invalid } from '../error-keys.js';

/** The factors of a match score, in the order they are scored and reported. */
export const MATCH_FACTORS = [
  'text',
  'sector',
  'sdg',
  'language',
  'instrument',
  'timeframe',
  'history',
  'context',
] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

/** How much each factor counts. Relative: only their ratios matter, they need not sum to 1. */
export type MatchWeights = Readonly<Record<MatchFactor, number>>;

/**
 * What the problem is about (the need's own words, its sectors) counts most; SDG targets are
 * often ticked broadly, so less. A shared language decides whether an exchange can happen at
 * all without interpreters, so it outweighs the practicalities (instrument, timeframe). Track
 * record and country context refine the order rather than make it: they are about the parties,
 * not the problem, and a newcomer with the right know-how should still rank high.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  text: 0.3,
  sector: 0.25,
  sdg: 0.1,
  language: 0.1,
  instrument: 0.08,
  timeframe: 0.07,
  history: 0.05,
  context: 0.05,
});

/** One thing wrong with a set of weights. */
export interface WeightsProblem {
  /** The factor at fault; absent when the problem is the set as a whole. */
  factor?: MatchFactor;
  problem: 'missing' | 'notFinite' | 'negative' | 'allZero' | 'unknownFactor';
}

/** What is wrong with a set of weights: each factor a finite number ≥ 0, at least one > 0. Empty when valid. */
export function checkWeights(weights: unknown): WeightsProblem[] {
  if (weights === null || typeof weights !== 'object') return [{ problem: 'missing' }];
  const record = weights as Record<string, unknown>;
  const problems: WeightsProblem[] = [];
  let positive = false;
  for (const factor of MATCH_FACTORS) {
    const value = record[factor];
    if (typeof value !== 'number') problems.push({ factor, problem: 'missing' });
    else if (!Number.isFinite(value)) problems.push({ factor, problem: 'notFinite' });
    else if (value < 0) problems.push({ factor, problem: 'negative' });
    else if (value > 0) positive = true;
  }
  // A misspelt factor would otherwise be silently ignored while the admin believes it counts.
  for (const key of Object.keys(record))
    if (!(MATCH_FACTORS as readonly string[]).includes(key)) problems.push({ problem: 'unknownFactor' });
  if (problems.length === 0 && !positive) problems.push({ problem: 'allZero' });
  return problems;
}

/** Weights validated once and laid out by factor index, for the hot path of scoring. */
export type CompiledWeights = Float64Array & { readonly __compiledWeights: true };

/** Validates weights (throws a RangeError naming the problems) and lays them out for scoring. */
export function compileWeights(weights: MatchWeights | CompiledWeights): CompiledWeights {
  if (weights instanceof Float64Array) return weights;
  const problems = checkWeights(weights);
  if (problems.length > 0) {
    const list = problems.map((p) => (p.factor ? `${p.factor}: ${p.problem}` : p.problem)).join(', ');
    throw new RangeError(`Invalid match weights (${list})`);
  }
  return Float64Array.from(MATCH_FACTORS, (f) => weights[f]) as CompiledWeights;
}

const weight = z.number().min(0).describe('Relative weight: 0 switches the factor off');

/**
 * The same rules as `checkWeights`, as a schema for the administrator's settings form and API.
 * A set of zeros is refused with the generic `invalid` message (a specific text belongs in the
 * errors catalogue, which this module does not own).
 */
export const matchWeightsSchema = z
  .strictObject(
    Object.fromEntries(MATCH_FACTORS.map((f) => [f, weight])) as Record<MatchFactor, typeof weight>,
  )
  .refine((w) => MATCH_FACTORS.some((f) => w[f] > 0), invalid('invalid'))
  .describe('Match weights by factor; relative, at least one above zero');
