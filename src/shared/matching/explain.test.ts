import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en/matching.json' with { type: 'json' };
import es from '../i18n/es/matching.json' with { type: 'json' };
import fr from '../i18n/fr/matching.json' with { type: 'json' };
import { explainMatch, MATCHING_NAMESPACE, type Translate, wordExplanation } from './explain.js';
import {
  type CandidateInput,
  type MatchContext,
  type NeedInput,
  prepareCandidate,
  prepareNeed,
} from './prepare.js';
import { type MatchScore, scoreMatch } from './score.js';
import { buildIdf } from './text.js';
import { DEFAULT_MATCH_WEIGHTS, type MatchFactor, type MatchWeights } from './weights.js';

const idf = buildIdf([['budget', 'apprais'], ['water'], ['school']]);
const context: MatchContext = { idf, today: '2025-01-15' };
const score = (
  n: Partial<NeedInput>,
  c: Partial<CandidateInput>,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
) =>
  scoreMatch(
    prepareNeed({ id: 'need', lexemes: [], ...n }, context),
    prepareCandidate({ id: 'cand', lexemes: [], ...c }, context),
    weights,
  );

const kenya = { region: 'Sub-Saharan Africa', incomeGroup: 'LM' };
const rich = score(
  {
    lexemes: ['budget', 'apprais', 'water'],
    sectors: ['15111', '12220'],
    languages: ['en'],
    instruments: ['study_tour', 'twinning'],
    country: kenya,
  },
  {
    lexemes: ['budget', 'apprais'],
    sectors: ['15111'],
    languages: ['fr'],
    instruments: ['study_tour'],
    country: { region: 'Sub-Saharan Africa', incomeGroup: 'L' },
    history: { exchanges: 3, meanFeedback: 4 },
  },
);

describe('explainMatch', () => {
  const lines = explainMatch(rich);
  it('orders lines by share, then factors that earned nothing, then those not stated', () => {
    const shares = lines.filter((l) => l.share > 0).map((l) => l.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const kinds = lines.map((l) => (!l.stated ? 2 : l.share > 0 ? 0 : 1));
    expect(kinds).toEqual([...kinds].sort());
    expect(lines.find((l) => l.factor === 'language')).toMatchObject({ stated: true, share: 0, percent: 0 });
    expect(lines.filter((l) => !l.stated).map((l) => l.factor)).toEqual(['sdg', 'timeframe']);
    expect(lines.at(-1)!.reason).toEqual({ key: 'reason.notStated', params: {} });
  });
  it('gives whole percentages adding up to exactly 100', () => {
    expect(lines.reduce((sum, l) => sum + l.percent, 0)).toBe(100);
    for (const line of lines) expect(Math.abs(line.percent - 100 * line.share)).toBeLessThan(1);
  });
  it('labels each line with its factor key', () =>
    expect(lines.map((l) => l.labelKey)).toEqual(lines.map((l) => `factor.${l.factor}`)));
  it('gives 0 % everywhere when the score is 0', () => {
    const none = explainMatch(score({ sectors: ['15111'] }, { sectors: ['31120'] }));
    expect(none.every((l) => l.percent === 0 && l.share === 0)).toBe(true);
  });
  it('leaves out a stated factor the administrator weighted 0', () => {
    const weighted = explainMatch(
      score(
        { sectors: ['15111'], languages: ['en'] },
        { sectors: ['15111'] },
        { ...DEFAULT_MATCH_WEIGHTS, language: 0 },
      ),
    );
    expect(weighted.map((l) => l.factor)).not.toContain('language');
  });
  it('splits three equal shares 34 + 33 + 33, the first one rounding up', () => {
    const third = { weight: 1 / 3, value: 1, contribution: 100 / 3, share: 1 / 3 };
    const match: MatchScore = {
      score: 100,
      factors: (['text', 'sector', 'sdg'] as MatchFactor[]).map((factor) => ({
        factor,
        ...third,
        reason: { key: 'reason.text.none', params: {} },
      })),
    };
    expect(explainMatch(match).map((l) => l.percent)).toEqual([34, 33, 33]);
  });
});

/** Every reason key the scoring can give, reached by a case of its own. */
function everyReason(): MatchScore[] {
  const t = { from: '2025-03-01', to: '2025-06-30' };
  const cases: [Partial<NeedInput>, Partial<CandidateInput>][] = [
    [{ lexemes: ['budget'] }, { lexemes: ['budget'] }],
    [{ lexemes: ['budget'] }, { lexemes: ['water'] }],
    ...(['sectors', 'sdgTargets'] as const).flatMap(
      (field): [Partial<NeedInput>, Partial<CandidateInput>][] => {
        const [a, b, sibling, other] =
          field === 'sectors' ? ['15111', '12220', '12230', '31120'] : ['16.6', '3.8', '3.1', '6.1'];
        return [
          [{ [field]: [a] }, { [field]: [a] }],
          [{ [field]: [b] }, { [field]: [sibling] }],
          [{ [field]: [a, b] }, { [field]: [a, sibling] }],
          [{ [field]: [a] }, { [field]: [other] }],
        ];
      },
    ),
    [{ languages: ['en'] }, { languages: ['en'] }],
    [{ languages: ['en'] }, { languages: ['fr'] }],
    [{ instruments: ['study_tour'] }, { instruments: ['study_tour'] }],
    [{ instruments: ['study_tour'] }, {}],
    [{ timeframe: t }, {}],
    [{ timeframe: t }, { availability: { from: '2025-07-02', to: null } }],
    [{ timeframe: t }, { availability: { from: '2025-09-01', to: null } }],
    [{ timeframe: t }, { availability: { from: null, to: '2024-12-31' } }],
    [{}, { history: { exchanges: 0, meanFeedback: null } }],
    [{}, { history: { exchanges: 1, meanFeedback: null } }],
    [{}, { history: { exchanges: 7, meanFeedback: null } }],
    [{}, { history: { exchanges: 1, meanFeedback: 5 } }],
    [{}, { history: { exchanges: 7, meanFeedback: 4.5 } }],
  ];
  const regions = ['Sub-Saharan Africa', 'South Asia'];
  for (const region of [...regions, null])
    for (const incomeGroup of ['LM', 'L', 'H', null]) {
      cases.push([
        { country: { region: regions[0]!, incomeGroup: 'LM' } },
        { country: { region, incomeGroup } },
      ]);
      cases.push([
        { country: { region: regions[0]!, incomeGroup: null } },
        { country: { region, incomeGroup } },
      ]);
      cases.push([{ country: { region: null, incomeGroup: 'LM' } }, { country: { region, incomeGroup } }]);
    }
  return cases.map(([n, c]) => score(n, c));
}

/** The keys of a catalogue, nested objects flattened with dots, plural suffixes dropped. */
const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keysOf(v, `${prefix}${k}.`),
  );

describe('the matching catalogue', () => {
  const emitted = new Set(everyReason().flatMap((m) => m.factors.map((f) => f.reason.key)));
  it('has a text for every reason the scoring gives, and no reason it never gives', () => {
    const reasons = new Set(keysOf(en).filter((k) => k.startsWith('reason.')));
    expect([...emitted].sort()).toEqual([...reasons].sort());
  });

  for (const [locale, catalogue] of Object.entries({ en, es, fr })) {
    it(`words every line in ${locale} without a raw key or brace`, async () => {
      const i18n = i18next.createInstance();
      await i18n.init({
        lng: locale,
        fallbackLng: false,
        resources: { [locale]: { [MATCHING_NAMESPACE]: catalogue } },
        defaultNS: MATCHING_NAMESPACE,
        interpolation: { escapeValue: false },
      });
      const t: Translate = (key, params) => i18n.t(key, params ?? {});
      for (const match of [rich, ...everyReason()]) {
        for (const line of wordExplanation(explainMatch(match), t)) {
          for (const text of [line.label, line.text, line.share ?? '']) {
            expect(text).not.toMatch(/^(reason|factor)\.|{{|}}/);
          }
        }
      }
    });
  }

  it('joins lists with the given formatter and words plurals by count', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { matching: en } }, defaultNS: 'matching' });
    const t: Translate = (key, params) => i18n.t(key, params ?? {});
    const list = (values: readonly string[]) => new Intl.ListFormat('en').format(values);
    const words = wordExplanation(explainMatch(rich), t, list);
    expect(words[0]).toEqual({
      factor: 'text',
      label: 'Subject',
      text: 'Both mention apprais and budget',
      share: expect.stringMatching(/^\d+% of the score$/),
    });
    expect(words.find((w) => w.factor === 'history')?.text).toBe(
      '3 past exchanges, rated 4 out of 5 on average',
    );
    const one = score({}, { history: { exchanges: 1, meanFeedback: 5 } });
    expect(wordExplanation(explainMatch(one), t)[0]?.text).toBe('1 past exchange, rated 5 out of 5');
  });
});
