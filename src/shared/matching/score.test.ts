import { describe, expect, it } from 'vitest';
import {
  type CandidateInput,
  type MatchContext,
  type NeedInput,
  prepareCandidate,
  prepareNeed,
} from './prepare.js';
import { type MatchScore, quickScore, scoreMatch } from './score.js';
import { buildIdf } from './text.js';
import { DEFAULT_MATCH_WEIGHTS, MATCH_FACTORS, type MatchFactor, type MatchWeights } from './weights.js';

const DOCS = {
  pim: ['public', 'invest', 'manag', 'project', 'apprais', 'capit', 'budget'],
  pimOffer: ['public', 'invest', 'manag', 'project', 'apprais', 'train'],
  water: ['water', 'suppli', 'sanit', 'rural'],
  school: ['teacher', 'train', 'school'],
};
const context: MatchContext = { idf: buildIdf(Object.values(DOCS)), today: '2025-01-15' };
const need = (over: Partial<NeedInput> = {}) => prepareNeed({ id: 'need', lexemes: [], ...over }, context);
const cand = (over: Partial<CandidateInput> = {}) =>
  prepareCandidate({ id: 'cand', lexemes: [], ...over }, context);
const factor = (match: MatchScore, name: MatchFactor) => match.factors.find((f) => f.factor === name)!;
const only = (name: MatchFactor, value = 1): MatchWeights => ({
  ...(Object.fromEntries(MATCH_FACTORS.map((f) => [f, 0])) as MatchWeights),
  [name]: value,
});

/** A deterministic pseudo-random source (mulberry32), so "random" cases are the same every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, list: readonly T[], max: number) =>
  list.filter(() => next() < max / list.length);

function randomPairs(count: number) {
  const next = random(42);
  const words = Object.values(DOCS).flat();
  const sectors = ['15110', '15111', '151', '12220', '122', '31120'];
  const sdgs = ['16.6', '16.5', '16', '3.8', '6.1', '6'];
  const languages = ['en', 'fr', 'es', 'sw'];
  const instruments = ['study_tour', 'expert_visit', 'twinning'];
  const item = (id: string) => ({
    id,
    lexemes: pick(next, words, 6),
    sectors: pick(next, sectors, 2),
    sdgTargets: pick(next, sdgs, 2),
    languages: pick(next, languages, 1.5),
    instruments: pick(next, instruments, 1.5),
    country:
      next() < 0.8 ? { region: next() < 0.5 ? 'A' : 'B', incomeGroup: next() < 0.5 ? 'L' : 'UM' } : null,
  });
  return Array.from({ length: count }, (_, i) => {
    const from = next() < 0.5 ? '2025-03-01' : null;
    return {
      need: prepareNeed(
        { ...item(`n${i}`), timeframe: { from, to: next() < 0.5 ? '2025-12-31' : null } },
        context,
      ),
      cand: prepareCandidate(
        {
          ...item(`c${i}`),
          availability: { from: next() < 0.5 ? '2026-03-01' : null, to: null },
          history:
            next() < 0.5
              ? null
              : { exchanges: Math.floor(next() * 6), meanFeedback: next() < 0.3 ? null : 4 },
        },
        context,
      ),
    };
  });
}

describe('scoreMatch: invariants', () => {
  const pairs = randomPairs(300);
  it('agrees with quickScore to the last bit', () => {
    for (const { need, cand } of pairs)
      expect(quickScore(need, cand, DEFAULT_MATCH_WEIGHTS)).toBe(
        scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS).score,
      );
  });
  it('keeps scores within 0–100, to one decimal, and values within [0, 1]', () => {
    for (const { need, cand } of pairs) {
      const { score, factors } = scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      expect(Math.round(score * 10) / 10).toBe(score);
      for (const f of factors) if (f.value !== null) expect(f.value).toBeGreaterThanOrEqual(0);
      for (const f of factors) if (f.value !== null) expect(f.value).toBeLessThanOrEqual(1);
    }
  });
  it('has shares summing to 1 and contributions summing to the score when the score is above 0', () => {
    let positive = 0;
    for (const { need, cand } of pairs) {
      const { score, factors } = scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS);
      if (score === 0) continue;
      positive++;
      expect(Math.abs(factors.reduce((s, f) => s + f.share, 0) - 1)).toBeLessThan(1e-9);
      expect(Math.abs(factors.reduce((s, f) => s + f.contribution, 0) - score)).toBeLessThanOrEqual(
        0.05 + 1e-9,
      );
    }
    expect(positive).toBeGreaterThan(100);
  });
  it('renormalises the weights over the stated factors', () => {
    for (const { need, cand } of pairs) {
      const { factors } = scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS);
      const stated = factors.filter((f) => f.value !== null);
      if (stated.length > 0) expect(stated.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 12);
      for (const f of factors.filter((f) => f.value === null)) {
        expect(f).toMatchObject({
          weight: 0,
          contribution: 0,
          share: 0,
          reason: { key: 'reason.notStated' },
        });
      }
    }
  });
  it('is deterministic: the same input gives the same output', () => {
    const { need, cand } = pairs[7]!;
    expect(scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS)).toEqual(
      scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS),
    );
  });
  it('lists every factor once, in factor order', () => {
    const { need, cand } = pairs[0]!;
    expect(scoreMatch(need, cand, DEFAULT_MATCH_WEIGHTS).factors.map((f) => f.factor)).toEqual([
      ...MATCH_FACTORS,
    ]);
  });
});

describe('scoreMatch: renormalisation and weights', () => {
  it('scores only on what the need states: missing information neither helps nor hurts', () => {
    const match = scoreMatch(
      need({ sectors: ['15110'] }),
      cand({ sectors: ['15111'] }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(match.score).toBe(50);
    expect(factor(match, 'sector')).toMatchObject({ weight: 1, value: 0.5, contribution: 50, share: 1 });
    expect(match.factors.filter((f) => f.value === null).map((f) => f.factor)).toEqual(
      MATCH_FACTORS.filter((f) => f !== 'sector'),
    );
  });
  it('gives the weighted mean of the stated factors', () => {
    const match = scoreMatch(
      need({ sectors: ['15110'], languages: ['en'] }),
      cand({ sectors: ['15110'], languages: ['fr'] }),
      DEFAULT_MATCH_WEIGHTS,
    );
    // sector 1 at weight 0.25, language 0 at weight 0.1: 0.25 / 0.35.
    expect(match.score).toBe(Math.round((1000 * 0.25) / 0.35) / 10);
    expect(factor(match, 'sector').weight).toBeCloseTo(0.25 / 0.35, 12);
    expect(factor(match, 'language')).toMatchObject({ value: 0, contribution: 0, share: 0 });
  });
  it('is 100 for a perfect fit and 0 when nothing can be judged', () => {
    const perfect = scoreMatch(
      need({ lexemes: DOCS.pim, sectors: ['15110'], languages: ['en'] }),
      cand({ lexemes: DOCS.pim, sectors: ['15110'], languages: ['en'] }),
      DEFAULT_MATCH_WEIGHTS,
    );
    expect(perfect.score).toBe(100);
    const blank = scoreMatch(need(), cand(), DEFAULT_MATCH_WEIGHTS);
    expect(blank.score).toBe(0);
    for (const f of blank.factors) expect(f).toMatchObject({ share: 0, contribution: 0, value: null });
  });
  it('leaves a factor weighted 0 out of the score but still shows its value', () => {
    const weights = { ...DEFAULT_MATCH_WEIGHTS, language: 0 };
    const n = need({ sectors: ['15110'], languages: ['en'] });
    const match = scoreMatch(n, cand({ sectors: ['15110'], languages: ['fr'] }), weights);
    expect(match.score).toBe(100);
    expect(factor(match, 'language')).toMatchObject({ value: 0, weight: 0, contribution: 0 });
  });
  it('gives 0 when only factors weighted 0 are stated', () => {
    const match = scoreMatch(need({ sectors: ['15110'] }), cand({ sectors: ['15110'] }), only('text'));
    expect(match.score).toBe(0);
    expect(match.factors.every((f) => f.share === 0)).toBe(true);
  });
  it('refuses invalid weights', () => {
    const [n, c] = [need({ sectors: ['151'] }), cand()];
    const zeros = Object.fromEntries(MATCH_FACTORS.map((f) => [f, 0])) as MatchWeights;
    expect(() => scoreMatch(n, c, zeros)).toThrow(/allZero/);
    expect(() => quickScore(n, c, zeros)).toThrow(/allZero/);
    expect(() => scoreMatch(n, c, { ...DEFAULT_MATCH_WEIGHTS, text: -0.3 })).toThrow(/text: negative/);
  });
  it('refuses to compare items prepared with different IDFs', () => {
    const other = prepareCandidate({ id: 'x', lexemes: DOCS.pim }, { idf: buildIdf([DOCS.pim]) });
    expect(() => scoreMatch(need({ lexemes: DOCS.pim }), other, DEFAULT_MATCH_WEIGHTS)).toThrow(
      /different IDFs/,
    );
  });
});

describe('scoreMatch: each factor and its reason', () => {
  const reasonOf = (name: MatchFactor, n: Partial<NeedInput>, c: Partial<CandidateInput>) => {
    const f = factor(scoreMatch(need(n), cand(c), DEFAULT_MATCH_WEIGHTS), name);
    return { value: f.value, ...f.reason };
  };

  it('text: names the shared words, saturating at TEXT_FULL_COSINE', () => {
    const r = reasonOf('text', { lexemes: DOCS.pim }, { lexemes: DOCS.pimOffer });
    expect(r.key).toBe('reason.text.terms');
    expect([...(r.params.terms as string[])].sort()).toEqual([
      'apprais',
      'invest',
      'manag',
      'project',
      'public',
    ]);
    expect(r.value).toBeGreaterThan(0.5);
    expect(reasonOf('text', { lexemes: DOCS.pim }, { lexemes: DOCS.water })).toEqual({
      value: 0,
      key: 'reason.text.none',
      params: {},
    });
    expect(reasonOf('text', {}, { lexemes: DOCS.pim }).key).toBe('reason.notStated');
  });
  it('sector and SDG: exact, partial, mixed, none', () => {
    expect(reasonOf('sector', { sectors: ['15110'] }, { sectors: ['15110'] })).toMatchObject({
      value: 1,
      key: 'reason.sector.exact',
      params: { codes: ['15110'] },
    });
    expect(reasonOf('sector', { sectors: ['15110'] }, { sectors: ['15111'] }).key).toBe(
      'reason.sector.partial',
    );
    expect(reasonOf('sector', { sectors: ['15110', '12220'] }, { sectors: ['15110', '122'] })).toMatchObject({
      value: 0.75,
      key: 'reason.sector.mixed',
      params: { codes: ['15110'], related: ['12220'] },
    });
    expect(reasonOf('sector', { sectors: ['15110'] }, {})).toMatchObject({
      value: 0,
      key: 'reason.sector.none',
    });
    expect(reasonOf('sdg', { sdgTargets: ['16.6'] }, { sdgTargets: ['16.5'] })).toMatchObject({
      value: 0.5,
      key: 'reason.sdg.partial',
      params: { codes: ['16.6'] },
    });
  });
  it('language: shared or not, all or nothing', () => {
    expect(reasonOf('language', { languages: ['en', 'sw'] }, { languages: ['sw'] })).toEqual({
      value: 1,
      key: 'reason.language.shared',
      params: { languages: ['sw'] },
    });
    expect(reasonOf('language', { languages: ['sw'] }, { languages: ['fr'] })).toEqual({
      value: 0,
      key: 'reason.language.none',
      params: { languages: ['sw'] },
    });
  });
  it('instrument: the share of the preferred ones offered', () => {
    const preferred = ['expert_visit', 'study_tour'];
    expect(reasonOf('instrument', { instruments: preferred }, { instruments: ['study_tour'] })).toEqual({
      value: 0.5,
      key: 'reason.instrument.some',
      params: { instruments: ['study_tour'], matched: 1, total: 2 },
    });
    expect(reasonOf('instrument', { instruments: preferred }, {}).key).toBe('reason.instrument.none');
  });
  it('timeframe: overlap, a gap in days, or ended; not stated without a window', () => {
    const timeframe = { from: '2025-03-01', to: '2025-06-30' };
    expect(reasonOf('timeframe', { timeframe }, {})).toMatchObject({
      value: 1,
      key: 'reason.timeframe.overlap',
    });
    const later = reasonOf('timeframe', { timeframe }, { availability: { from: '2025-07-31', to: null } });
    expect(later).toEqual({ value: 1 - 30 / 365, key: 'reason.timeframe.gap', params: { count: 30 } });
    // Today is 2025-01-15 in this file's context: an availability that ended in 2024 is over.
    const ended = reasonOf('timeframe', { timeframe }, { availability: { from: null, to: '2024-12-31' } });
    expect(ended).toMatchObject({ value: 0, key: 'reason.timeframe.ended' });
    expect(reasonOf('timeframe', { timeframe: { from: null, to: null } }, {}).key).toBe('reason.notStated');
  });
  it('history: rated, unrated, none; unknown is left out', () => {
    expect(reasonOf('history', {}, { history: { exchanges: 3, meanFeedback: 4.26 } })).toEqual({
      value: 0.6 * (3.26 / 4),
      key: 'reason.history.rated',
      params: { count: 3, feedback: 4.3 },
    });
    expect(reasonOf('history', {}, { history: { exchanges: 1, meanFeedback: null } }).key).toBe(
      'reason.history.unrated',
    );
    expect(reasonOf('history', {}, { history: { exchanges: 0, meanFeedback: null } })).toMatchObject({
      value: 0,
      key: 'reason.history.none',
    });
    expect(reasonOf('history', {}, {})).toMatchObject({ value: null, key: 'reason.notStated' });
  });
  it('context: region and income group, only the parts the need states', () => {
    const kenya = { region: 'SSA', incomeGroup: 'LM' };
    const key = (n: NeedInput['country'], c: CandidateInput['country']) =>
      reasonOf('context', { country: n }, { country: c }).key;
    expect(key(kenya, { region: 'SSA', incomeGroup: 'LM' })).toBe('reason.context.sameRegionSameIncome');
    expect(key(kenya, { region: 'SSA', incomeGroup: 'L' })).toBe('reason.context.sameRegionNearIncome');
    expect(key(kenya, { region: 'SAS', incomeGroup: 'H' })).toBe('reason.context.otherRegionOtherIncome');
    expect(key(kenya, null)).toBe('reason.context.otherRegionOtherIncome');
    expect(key({ region: 'SSA', incomeGroup: null }, { region: 'SSA', incomeGroup: 'H' })).toBe(
      'reason.context.sameRegion',
    );
    expect(key({ region: null, incomeGroup: 'UM' }, { region: 'SSA', incomeGroup: 'LM' })).toBe(
      'reason.context.nearIncome',
    );
    expect(key(null, { region: 'SSA', incomeGroup: 'LM' })).toBe('reason.notStated');
  });
});
