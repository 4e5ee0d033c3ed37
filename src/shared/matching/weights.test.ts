import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  compileWeights,
  DEFAULT_MATCH_WEIGHTS,
  MATCH_FACTORS,
  matchWeightsSchema,
} from './weights.js';

const zeros = Object.fromEntries(MATCH_FACTORS.map((f) => [f, 0]));

describe('DEFAULT_MATCH_WEIGHTS', () => {
  it('is valid and weights text and sector highest', () => {
    expect(checkWeights(DEFAULT_MATCH_WEIGHTS)).toEqual([]);
    const sorted = [...MATCH_FACTORS].sort((a, b) => DEFAULT_MATCH_WEIGHTS[b] - DEFAULT_MATCH_WEIGHTS[a]);
    expect(sorted.slice(0, 2)).toEqual(['text', 'sector']);
  });
  it('is frozen, so no caller changes everyone’s defaults', () =>
    expect(Object.isFrozen(DEFAULT_MATCH_WEIGHTS)).toBe(true));
});

describe('checkWeights', () => {
  it('accepts weights that do not sum to 1, and zeros beside a positive weight', () =>
    expect(checkWeights({ ...zeros, sector: 3, text: 7 })).toEqual([]));
  it('rejects all weights zero', () => expect(checkWeights(zeros)).toEqual([{ problem: 'allZero' }]));
  it('rejects a negative weight, naming the factor', () =>
    expect(checkWeights({ ...DEFAULT_MATCH_WEIGHTS, history: -0.1 })).toEqual([
      { factor: 'history', problem: 'negative' },
    ]));
  it('rejects non-finite and missing weights', () => {
    const { context: _context, ...withoutContext } = DEFAULT_MATCH_WEIGHTS;
    expect(checkWeights({ ...DEFAULT_MATCH_WEIGHTS, text: Number.POSITIVE_INFINITY })).toEqual([
      { factor: 'text', problem: 'notFinite' },
    ]);
    expect(checkWeights({ ...DEFAULT_MATCH_WEIGHTS, text: Number.NaN })).toEqual([
      { factor: 'text', problem: 'notFinite' },
    ]);
    expect(checkWeights(withoutContext)).toEqual([{ factor: 'context', problem: 'missing' }]);
    expect(checkWeights({ ...DEFAULT_MATCH_WEIGHTS, sdg: '0.1' })).toEqual([
      { factor: 'sdg', problem: 'missing' },
    ]);
  });
  it('rejects an unknown factor rather than ignore it', () =>
    expect(checkWeights({ ...DEFAULT_MATCH_WEIGHTS, sectr: 1 })).toEqual([{ problem: 'unknownFactor' }]));
  it('rejects what is not an object', () => {
    expect(checkWeights(null)).toEqual([{ problem: 'missing' }]);
    expect(checkWeights(3)).toEqual([{ problem: 'missing' }]);
  });
});

describe('compileWeights', () => {
  it('lays the weights out in factor order', () =>
    expect([...compileWeights(DEFAULT_MATCH_WEIGHTS)]).toEqual(
      MATCH_FACTORS.map((f) => DEFAULT_MATCH_WEIGHTS[f]),
    ));
  it('throws a RangeError naming the problems', () => {
    expect(() => compileWeights({ ...DEFAULT_MATCH_WEIGHTS, language: -1 })).toThrow(/language: negative/);
    expect(() => compileWeights({ ...DEFAULT_MATCH_WEIGHTS, ...zeros })).toThrow(/allZero/);
  });
  it('passes compiled weights through untouched', () => {
    const compiled = compileWeights(DEFAULT_MATCH_WEIGHTS);
    expect(compileWeights(compiled)).toBe(compiled);
  });
});

describe('matchWeightsSchema', () => {
  it('agrees with checkWeights', () => {
    expect(matchWeightsSchema.safeParse(DEFAULT_MATCH_WEIGHTS).success).toBe(true);
    expect(matchWeightsSchema.safeParse(zeros).success).toBe(false);
    expect(matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, text: -1 }).success).toBe(false);
    expect(
      matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, text: Number.POSITIVE_INFINITY }).success,
    ).toBe(false);
    expect(matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, extra: 1 }).success).toBe(false);
  });
  it('words an all-zero set with an errors-catalogue key', () => {
    const result = matchWeightsSchema.safeParse(zeros);
    expect(result.error?.issues[0]?.message).toBe('errors:validation.invalid');
  });
});
