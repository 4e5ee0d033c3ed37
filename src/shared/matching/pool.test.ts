import { describe, expect, it } from 'vitest';
import { createPool, scorePool } from './pool.js';
import {
  type CandidateInput,
  type MatchContext,
  type NeedInput,
  prepareCandidate,
  prepareNeed,
} from './prepare.js';
import { topMatches } from './rank.js';
import { quickScore } from './score.js';
import { buildIdf } from './text.js';
import { compileWeights, DEFAULT_MATCH_WEIGHTS, MATCH_FACTORS, type MatchWeights } from './weights.js';

/** mulberry32: a seeded source, so the "random" items are the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(7);
const some = <T>(list: readonly T[], expected: number) => list.filter(() => next() < expected / list.length);
const vocabulary = Array.from({ length: 60 }, (_, i) => `w${i}`);
// Codes the candidates never hold appear on needs too: a pool must not confuse "unknown" with "none".
const SECTORS = ['15110', '15111', '151', '12220', '122', '31120', '99810'];
const SDGS = ['16.6', '16.5', '16', '3.8', '6.1', '6', '17.1'];
const LANGUAGES = ['en', 'fr', 'es', 'sw', 'ar'];
const INSTRUMENTS = ['study_tour', 'expert_visit', 'twinning', 'conference'];
const REGIONS = ['Sub-Saharan Africa', 'South Asia', 'Latin America & Caribbean', null];
const INCOMES = ['L', 'LM', 'UM', 'H', null];
const pickOne = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;

const item = (id: string): NeedInput & CandidateInput => ({
  id,
  lexemes: some(vocabulary, 8),
  sectors: some(SECTORS, 1.5),
  sdgTargets: some(SDGS, 1.2),
  languages: some(LANGUAGES, 1.3),
  instruments: some(INSTRUMENTS, 1.2),
  country: next() < 0.85 ? { region: pickOne(REGIONS), incomeGroup: pickOne(INCOMES) } : null,
});
const WINDOWS = [
  { from: '2024-06-01', to: '2025-03-31' },
  { from: '2025-02-01', to: '2025-12-31' },
  { from: '2025-09-01', to: null },
  { from: null, to: '2025-12-31' },
  { from: '2026-09-01', to: '2027-06-30' },
  { from: '2024-01-01', to: '2024-12-31' }, // over before "today"
  { from: null, to: null },
];
const window = () => pickOne(WINDOWS);

const needInputs: NeedInput[] = [
  ...Array.from({ length: 60 }, (_, i) => ({ ...item(`n${i}`), timeframe: window() })),
  // Only this need holds these codes and this region: the pool has no id for them.
  {
    id: 'stranger',
    lexemes: ['w1', 'zz-only-here'],
    sectors: ['43010', '151'],
    sdgTargets: ['11.1'],
    languages: ['zh'],
    instruments: ['secondment'],
    country: { region: 'Middle East & North Africa', incomeGroup: 'UM' },
  },
];
const candidateInputs = Array.from({ length: 150 }, (_, i) => ({
  ...item(`c${String(i).padStart(3, '0')}`),
  availability: next() < 0.6 ? window() : null,
  history:
    next() < 0.4
      ? null
      : { exchanges: Math.floor(next() * 5), meanFeedback: next() < 0.3 ? null : 1 + 4 * next() },
}));
const idf = buildIdf([...needInputs, ...candidateInputs].map((x) => x.lexemes));
const context: MatchContext = { idf, today: '2025-01-15' };
const needs = needInputs.map((n) => prepareNeed(n, context));
const candidates = candidateInputs.map((c) => prepareCandidate(c, context));
const pool = createPool(candidates);

const zeros = Object.fromEntries(MATCH_FACTORS.map((f) => [f, 0])) as MatchWeights;
const WEIGHTS: MatchWeights[] = [
  DEFAULT_MATCH_WEIGHTS,
  { ...DEFAULT_MATCH_WEIGHTS, text: 0, history: 0 },
  { ...zeros, context: 1 },
  { ...zeros, sector: 2, sdg: 1, instrument: 0.5, timeframe: 3 },
];

describe('scorePool', () => {
  it('gives every pair the same score as quickScore, to the last bit', () => {
    for (const weights of WEIGHTS) {
      const w = compileWeights(weights);
      for (const need of needs) {
        const scores = [...scorePool(pool, need, w)];
        expect(scores).toEqual(candidates.map((candidate) => quickScore(need, candidate, w)));
      }
    }
  });
  it('fills the array it is given', () => {
    const out = new Float64Array(candidates.length);
    expect(scorePool(pool, needs[0]!, compileWeights(DEFAULT_MATCH_WEIGHTS), out)).toBe(out);
    expect(out.some((s) => s > 0)).toBe(true);
  });
  it('works for an empty pool', () => {
    const empty = createPool([]);
    expect(empty.idf).toBeNull();
    expect(scorePool(empty, needs[0]!, compileWeights(DEFAULT_MATCH_WEIGHTS))).toHaveLength(0);
    expect(topMatches(needs[0]!, empty, DEFAULT_MATCH_WEIGHTS, 5)).toEqual([]);
  });
  it('refuses candidates or a need prepared with another IDF', () => {
    const other: MatchContext = { idf: buildIdf([['w1']]) };
    const stranger = prepareCandidate({ id: 'x', lexemes: ['w1'] }, other);
    expect(() => createPool([candidates[0]!, stranger])).toThrow(/another IDF/);
    const need = prepareNeed({ id: 'y', lexemes: ['w1'] }, other);
    expect(() => scorePool(pool, need, compileWeights(DEFAULT_MATCH_WEIGHTS))).toThrow(/another IDF/);
  });
});

describe('topMatches over a pool', () => {
  it('ranks exactly as over the list, with any options', () => {
    const options = [{}, { minScore: 35 }, { prefilter: true }, { prefilter: ['sector', 'text'] as const }];
    for (const need of needs)
      for (const option of options)
        expect(topMatches(need, pool, DEFAULT_MATCH_WEIGHTS, 7, option)).toEqual(
          topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 7, option),
        );
  });
  it('can be reused need after need (its scratch arrays are reset)', () => {
    const first = topMatches(needs[3]!, pool, DEFAULT_MATCH_WEIGHTS, 5);
    topMatches(needs[4]!, pool, DEFAULT_MATCH_WEIGHTS, 5);
    expect(topMatches(needs[3]!, pool, DEFAULT_MATCH_WEIGHTS, 5)).toEqual(first);
  });
});
