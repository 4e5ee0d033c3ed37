import { describe, expect, it } from 'vitest';
import { createPool } from './pool.js';
import {
  type CandidateInput,
  type MatchContext,
  type NeedInput,
  type PreparedCandidate,
  prepareCandidate,
  prepareNeed,
} from './prepare.js';
import { topMatches, topNeeds } from './rank.js';
import { quickScore, scoreMatch } from './score.js';
import { buildIdf } from './text.js';
import { DEFAULT_MATCH_WEIGHTS } from './weights.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Seeded shuffle (mulberry32 + Fisher–Yates): "random" orders that are the same every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('a Kenyan need on public investment management', () => {
  // Lexemes as PostgreSQL's english configuration stems them.
  const texts = {
    need: 'strengthen public invest manag apprais select monitor capit project nation treasuri budget',
    chile: 'nation invest system ex-ant apprais public invest project project bank train analyst',
    senegal: 'decentralis local govern fiscal transfer municip capac public servic',
    indonesia: 'rural water suppli sanit communiti manag hygien',
    extra1: 'teacher train school curriculum',
    extra2: 'health insur coverag primari care',
  };
  const idf = buildIdf(Object.values(texts).map(words));
  const context: MatchContext = { idf, today: '2025-02-01' };
  const need = prepareNeed(
    {
      id: 'need-ke-pim',
      lexemes: words(texts.need),
      sectors: ['15111'],
      sdgTargets: ['16.6', '17.1'],
      languages: ['en', 'sw'],
      instruments: ['study_tour', 'expert_visit'],
      timeframe: { from: '2025-03-01', to: '2025-12-31' },
      country: { region: 'Sub-Saharan Africa', incomeGroup: 'LM' },
    },
    context,
  );
  const offers: CandidateInput[] = [
    {
      id: 'offer-cl-sni',
      lexemes: words(texts.chile),
      sectors: ['15111'],
      sdgTargets: ['16.6'],
      languages: ['es', 'en'],
      instruments: ['study_tour', 'training_programme'],
      availability: { from: '2025-01-01', to: '2025-12-31' },
      country: { region: 'Latin America & Caribbean', incomeGroup: 'H' },
      history: { exchanges: 4, meanFeedback: 4.5 },
    },
    {
      id: 'offer-sn-decentralisation',
      lexemes: words(texts.senegal),
      sectors: ['15112'],
      sdgTargets: ['16.7'],
      languages: ['fr'],
      instruments: ['expert_visit'],
      availability: { from: '2025-06-01', to: null },
      country: { region: 'Sub-Saharan Africa', incomeGroup: 'LM' },
      history: { exchanges: 1, meanFeedback: 4 },
    },
    {
      id: 'offer-id-water',
      lexemes: words(texts.indonesia),
      sectors: ['14030'],
      sdgTargets: ['6.1'],
      languages: ['en', 'id'],
      instruments: ['training_programme'],
      country: { region: 'East Asia & Pacific', incomeGroup: 'UM' },
      history: { exchanges: 6, meanFeedback: 4.8 },
    },
  ];
  const candidates = offers.map((o) => prepareCandidate(o, context));

  it('ranks same sector and language first, same category second, the unrelated offer last', () => {
    const ranked = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 3);
    expect(ranked.map((r) => r.id)).toEqual(['offer-cl-sni', 'offer-sn-decentralisation', 'offer-id-water']);
    const [chile, senegal, indonesia] = ranked.map((r) => r.match.score) as [number, number, number];
    expect(chile).toBeGreaterThan(60);
    expect(senegal).toBeLessThan(chile - 20);
    expect(indonesia).toBeLessThan(senegal);
    // Shared language, open timing and a good record still earn the unrelated offer some points.
    expect(indonesia).toBeLessThan(30);
  });

  it('explains the best match by its sector, words and language', () => {
    const [best] = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 1);
    const reasons = Object.fromEntries(best!.match.factors.map((f) => [f.factor, f.reason]));
    expect(reasons.sector).toEqual({ key: 'reason.sector.exact', params: { codes: ['15111'] } });
    expect(reasons.language).toEqual({ key: 'reason.language.shared', params: { languages: ['en'] } });
    expect(reasons.text?.key).toBe('reason.text.terms');
    expect(reasons.text?.params.terms).toContain('apprais');
  });

  it('ranks the need first among needs for the Chilean offer, scored as on the need’s page', () => {
    const other = prepareNeed(
      { id: 'need-other', lexemes: words(texts.extra2), sectors: ['12220'] },
      context,
    );
    const ranked = topNeeds(candidates[0]!, [other, need], DEFAULT_MATCH_WEIGHTS, 2);
    expect(ranked.map((r) => r.id)).toEqual(['need-ke-pim', 'need-other']);
    expect(ranked[0]!.match).toEqual(scoreMatch(need, candidates[0]!, DEFAULT_MATCH_WEIGHTS));
    // Nothing in common but the offer's track record, which is all that lifts it above 0.
    expect(ranked[1]!.match.score).toBeLessThan(5);
  });
});

describe('topMatches', () => {
  const vocabulary = words('alpha beta gamma delta epsilon zeta eta theta iota kappa');
  const idf = buildIdf(vocabulary.map((w) => [w]));
  const context: MatchContext = { idf };
  const need = prepareNeed(
    {
      id: 'need',
      lexemes: vocabulary.slice(0, 4),
      sectors: ['15110'],
      languages: ['en'],
      sdgTargets: ['16.6'],
    },
    context,
  );
  const make = (i: number): PreparedCandidate =>
    prepareCandidate(
      {
        id: `c${String(i).padStart(3, '0')}`,
        lexemes: vocabulary.filter((_, j) => (i + j) % 3 === 0),
        sectors: [['15110', '15111', '12220', '151'][i % 4]!],
        sdgTargets: i % 5 === 0 ? ['16.6'] : [],
        languages: i % 2 === 0 ? ['en'] : ['fr'],
      },
      context,
    );
  const candidates = Array.from({ length: 120 }, (_, i) => make(i));

  /** The expected ranking by brute force: every score, sorted by score then id. */
  const bruteForce = (list: readonly PreparedCandidate[], n: number, min = 0) =>
    list
      .map((c) => ({ id: c.id, score: quickScore(need, c, DEFAULT_MATCH_WEIGHTS) }))
      .filter((r) => r.score > 0 && r.score >= min)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, n);

  it('returns the n best, best first, as a full sort would', () => {
    for (const n of [1, 5, 10, 50, 500]) {
      const ranked = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, n);
      expect(ranked.map((r) => ({ id: r.id, score: r.match.score }))).toEqual(bruteForce(candidates, n));
    }
  });
  it('breaks ties by id, whatever order the candidates come in', () => {
    const expected = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 15);
    const scores = expected.map((r) => r.match.score);
    expect(new Set(scores).size).toBeLessThan(scores.length); // the case has ties to break
    for (const seed of [1, 2, 3, 4, 5])
      expect(topMatches(need, shuffled(candidates, seed), DEFAULT_MATCH_WEIGHTS, 15)).toEqual(expected);
  });
  it('orders identical candidates by id in code-unit order', () => {
    const twin = (id: string) =>
      prepareCandidate({ id, lexemes: vocabulary.slice(0, 2), sectors: ['15110'] }, context);
    const ranked = topMatches(need, [twin('b'), twin('B'), twin('a')], DEFAULT_MATCH_WEIGHTS, 3);
    expect(ranked.map((r) => r.id)).toEqual(['B', 'a', 'b']);
  });
  it('leaves out scores below minScore, and never returns a score of 0', () => {
    const ranked = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 500, { minScore: 40 });
    expect(ranked.map((r) => r.id)).toEqual(bruteForce(candidates, 500, 40).map((r) => r.id));
    expect(ranked.every((r) => r.match.score >= 40)).toBe(true);
    const unrelated = prepareCandidate(
      { id: 'z', lexemes: ['kappa'], sectors: ['31120'], languages: ['fr'] },
      context,
    );
    expect(topMatches(need, [unrelated], DEFAULT_MATCH_WEIGHTS, 5)).toEqual([]);
  });
  it('handles n = 0 and an empty list, and refuses a bad n', () => {
    expect(topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 0)).toEqual([]);
    expect(topMatches(need, [], DEFAULT_MATCH_WEIGHTS, 10)).toEqual([]);
    expect(() => topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, -1)).toThrow(RangeError);
    expect(() => topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 2.5)).toThrow(RangeError);
  });
  it('refuses invalid weights before scoring anything', () =>
    expect(() => topMatches(need, candidates, { ...DEFAULT_MATCH_WEIGHTS, text: -1 }, 5)).toThrow(
      RangeError,
    ));
});

describe('topMatches with the pre-filter', () => {
  const idf = buildIdf([words('budget apprais'), words('water sanit'), words('school teacher')]);
  const context: MatchContext = { idf };
  const need = prepareNeed(
    {
      id: 'n',
      lexemes: words('budget apprais'),
      sectors: ['15111'],
      sdgTargets: ['16.6'],
      languages: ['en'],
    },
    context,
  );
  const c = (id: string, over: Partial<CandidateInput>) =>
    prepareCandidate({ id, lexemes: [], ...over }, context);
  const candidates = [
    c('category', { sectors: ['15112'] }),
    c('goal', { sdgTargets: ['16.1'] }),
    c('language', { languages: ['en'] }),
    c('words', { lexemes: words('apprais water') }),
    c('nothing', {
      sectors: ['14030'],
      languages: ['fr'],
      lexemes: words('water'),
      history: { exchanges: 5, meanFeedback: 5 },
    }),
  ];
  const ids = (options: Parameters<typeof topMatches>[4]) =>
    topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 10, options)
      .map((r) => r.id)
      .sort();

  it('is off by default: a candidate sharing no key may still score (here on its track record)', () =>
    expect(ids({})).toContain('nothing'));
  it('skips candidates sharing no sector category, SDG goal, language or key term', () =>
    expect(ids({ prefilter: true })).toEqual(['category', 'goal', 'language', 'words']));
  it('uses only the kinds asked for', () => {
    expect(ids({ prefilter: ['sector', 'sdg', 'text'] })).toEqual(['category', 'goal', 'words']);
    expect(ids({ prefilter: ['language'] })).toEqual(['language']);
  });
  it('skips nothing when the need has no key of those kinds', () => {
    const bare = prepareNeed({ id: 'bare', lexemes: [], instruments: ['study_tour'] }, context);
    const offer = c('offer', { instruments: ['study_tour'] });
    expect(topMatches(bare, [offer], DEFAULT_MATCH_WEIGHTS, 1, { prefilter: true }).map((r) => r.id)).toEqual(
      ['offer'],
    );
  });
  it('only ever removes matches, never changes the others’ scores', () => {
    const all = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 10);
    for (const r of topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 10, { prefilter: true }))
      expect(r).toEqual(all.find((a) => a.id === r.id));
  });
});

describe('scale', () => {
  it('ranks 200 000 pairs (400 needs × 500 candidates), pair by pair and through a pool alike', () => {
    const vocabulary = Array.from({ length: 2000 }, (_, i) => `t${i}`);
    const text = (i: number) =>
      Array.from({ length: 40 }, (_, j) => vocabulary[(i * 37 + j * j * 11) % 2000]!);
    const idf = buildIdf(Array.from({ length: 900 }, (_, i) => text(i)));
    const context: MatchContext = { idf, today: '2025-01-01' };
    const sector = (i: number) => `${151 + (i % 7)}${String(10 + (i % 5))}`;
    const item = (i: number): NeedInput & CandidateInput => ({
      id: `i${i}`,
      lexemes: text(i),
      sectors: [sector(i), sector(i + 3)],
      sdgTargets: [`${1 + (i % 17)}.${1 + (i % 4)}`],
      languages: [['en', 'fr', 'es', 'pt'][i % 4]!],
      instruments: ['study_tour', 'expert_visit'].slice(0, 1 + (i % 2)),
      country: { region: `r${i % 6}`, incomeGroup: ['L', 'LM', 'UM', 'H'][i % 4]! },
    });
    const needs = Array.from({ length: 400 }, (_, i) =>
      prepareNeed({ ...item(i), timeframe: { from: '2025-03-01', to: null } }, context),
    );
    const candidates = Array.from({ length: 500 }, (_, i) =>
      prepareCandidate({ ...item(400 + i), history: { exchanges: i % 4, meanFeedback: 4 } }, context),
    );
    const pool = createPool(candidates);
    let results = 0;
    for (const need of needs) {
      const ranked = topMatches(need, candidates, DEFAULT_MATCH_WEIGHTS, 10);
      results += ranked.length;
      for (let k = 1; k < ranked.length; k++)
        expect(ranked[k - 1]!.match.score).toBeGreaterThanOrEqual(ranked[k]!.match.score);
      // The same 200 000 pairs again through the pool, as the nightly job scores them.
      expect(topMatches(need, pool, DEFAULT_MATCH_WEIGHTS, 10)).toEqual(ranked);
    }
    expect(results).toBe(4000);
  });
});
