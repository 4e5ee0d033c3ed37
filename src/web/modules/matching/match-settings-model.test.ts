import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS, MATCH_FACTORS, type MatchFactor } from '../../../shared/matching/weights.js';
import {
  allZero,
  bodyOf,
  defaultWeights,
  draftOf,
  weightShares,
  weightsOnScale,
  wholeDraft,
} from './match-settings-model.js';

const zeros = Object.fromEntries(MATCH_FACTORS.map((f) => [f, 0])) as Record<MatchFactor, number>;

describe('weights on the form’s scale', () => {
  it('shows fractions like the defaults ×100, and larger weights as they are', () => {
    expect(defaultWeights()).toEqual({
      text: 30,
      sector: 25,
      sdg: 10,
      language: 10,
      instrument: 8,
      timeframe: 7,
      history: 5,
      context: 5,
    });
    const typed = { ...zeros, text: 40, sector: 12.5, sdg: 1 };
    expect(weightsOnScale(typed)).toEqual(typed);
    expect(weightsOnScale({ ...zeros, text: 1, sector: 0.5 })).toMatchObject({
      text: 100,
      sector: 50,
      sdg: 0,
    });
  });

  it('reads the API’s settings into a draft', () => {
    const draft = draftOf({ weights: { ...DEFAULT_MATCH_WEIGHTS }, minScore: 40, updatedAt: null });
    expect(draft).toEqual({ weights: defaultWeights(), minScore: 40 });
  });

  it('makes a kept draft whole: missing or broken values become empty', () => {
    const kept = wholeDraft({ weights: { text: 20, sector: 'x' } as never });
    expect(kept.weights.text).toBe(20);
    expect(kept.weights.sector).toBeNull();
    expect(kept.weights.context).toBeNull();
    expect(kept.minScore).toBeNull();
    expect(wholeDraft({ minScore: 50 }).minScore).toBe(50);
  });
});

describe('weightShares', () => {
  it('renormalises the weights so the shares sum to 1', () => {
    const shares = weightShares(defaultWeights());
    expect(shares.text).toBeCloseTo(0.3);
    expect(shares.context).toBeCloseTo(0.05);
    expect(MATCH_FACTORS.reduce((s, f) => s + shares[f], 0)).toBeCloseTo(1);

    const two = weightShares({ ...zeros, text: 30, sector: 10 });
    expect(two.text).toBeCloseTo(0.75);
    expect(two.sector).toBeCloseTo(0.25);
    expect(two.sdg).toBe(0);
  });

  it('counts empty or negative weights as 0, and gives 0 everywhere when nothing is above 0', () => {
    const shares = weightShares({ ...zeros, text: 10, sector: null, sdg: -5 });
    expect(shares.text).toBe(1);
    expect(shares.sector).toBe(0);
    expect(shares.sdg).toBe(0);
    expect(Object.values(weightShares(zeros)).every((s) => s === 0)).toBe(true);
  });
});

describe('allZero', () => {
  it('is true only for a complete set of zeros', () => {
    expect(allZero(zeros)).toBe(true);
    expect(allZero({ ...zeros, text: 1 })).toBe(false);
    expect(allZero({ ...zeros, text: null })).toBe(false); // the empty field is the problem then
  });
});

describe('bodyOf', () => {
  it('sends the weights as typed and the minimum score', () => {
    expect(bodyOf({ weights: defaultWeights(), minScore: 35 })).toEqual({
      weights: defaultWeights(),
      minScore: 35,
    });
  });

  it('leaves out an empty weight (the server names it) and an empty minimum score (kept)', () => {
    const body = bodyOf({ weights: { ...defaultWeights(), sdg: null }, minScore: null });
    expect(body).not.toHaveProperty('minScore');
    expect(body.weights).not.toHaveProperty('sdg');
    expect(body.weights.text).toBe(30);
  });
});
