import { describe, expect, it } from 'vitest';
import {
  BLOCKING_KINDS,
  blockingKeyKind,
  blockingKeys,
  type CandidateInput,
  hasKeys,
  kindMask,
  type MatchContext,
  type NeedInput,
  prepareCandidate,
  prepareNeed,
  sharesKey,
} from './prepare.js';
import { buildIdf } from './text.js';
import { dayNumber } from './timeframe.js';

const lexemes = {
  need: ['public', 'invest', 'manag', 'apprais'],
  offer: ['public', 'invest', 'apprais', 'train'],
  other: ['water', 'sanit'],
};
const context: MatchContext = { idf: buildIdf(Object.values(lexemes)) };

const need = (over: Partial<NeedInput> = {}): NeedInput => ({ id: 'n1', lexemes: lexemes.need, ...over });
const candidate = (over: Partial<CandidateInput> = {}): CandidateInput => ({
  id: 'c1',
  lexemes: lexemes.offer,
  ...over,
});

describe('prepareNeed', () => {
  it('normalises the lists and keeps the shared IDF', () => {
    const prepared = prepareNeed(
      need({
        sectors: ['15110', ' 15110'],
        sdgTargets: ['16.A'],
        languages: ['EN', 'sw'],
        instruments: ['study_tour'],
      }),
      context,
    );
    expect(prepared.sectors.codes).toEqual(['15110']);
    expect(prepared.sdgs.codes).toEqual(['16.a']);
    expect(prepared.languages).toEqual(['en', 'sw']);
    expect(prepared.instruments).toEqual(['study_tour']);
    expect(prepared.idf).toBe(context.idf);
    expect(prepared.text.ids.length).toBe(4);
  });
  it('states no timeframe without a window or with both ends open', () => {
    expect(prepareNeed(need(), context).window).toBeNull();
    expect(prepareNeed(need({ timeframe: { from: null, to: null } }), context).window).toBeNull();
  });
  it('moves the start of its window to today when today is given', () => {
    const prepared = prepareNeed(need({ timeframe: { from: '2024-01-01', to: '2026-01-01' } }), {
      ...context,
      today: '2025-06-01',
    });
    expect(prepared.window).toEqual({ start: dayNumber('2025-06-01'), end: dayNumber('2026-01-01') });
  });
  it('refuses a malformed date with a message naming it', () =>
    expect(() => prepareNeed(need({ timeframe: { from: '1 March', to: null } }), context)).toThrow(
      /1 March/,
    ));
  it('holds no country context when none is known', () =>
    expect(prepareNeed(need({ country: { region: null, incomeGroup: null } }), context).country).toBeNull());
});

describe('prepareCandidate', () => {
  it('is always available when it states no availability', () =>
    expect(prepareCandidate(candidate(), context).window).toEqual({ start: -Infinity, end: Infinity }));
  it('checks the track record', () => {
    expect(
      prepareCandidate(candidate({ history: { exchanges: 2, meanFeedback: 4 } }), context).history,
    ).toEqual({
      exchanges: 2,
      meanFeedback: 4,
    });
    expect(() =>
      prepareCandidate(candidate({ history: { exchanges: -2, meanFeedback: 4 } }), context),
    ).toThrow(RangeError);
  });
});

describe('blocking keys', () => {
  const a = prepareNeed(
    need({ sectors: ['15110'], sdgTargets: ['16.6'], languages: ['en'], lexemes: lexemes.need }),
    context,
  );
  const sameCategory = prepareCandidate(candidate({ sectors: ['15111'], lexemes: lexemes.other }), context);
  const sameGoal = prepareCandidate(candidate({ sdgTargets: ['16.1'], lexemes: lexemes.other }), context);
  const sameLanguage = prepareCandidate(candidate({ languages: ['en'], lexemes: lexemes.other }), context);
  const sameWords = prepareCandidate(candidate({ lexemes: lexemes.offer }), context);
  const nothing = prepareCandidate(
    candidate({ sectors: ['12220'], sdgTargets: ['3.8'], languages: ['fr'], lexemes: lexemes.other }),
    context,
  );
  const all = kindMask(BLOCKING_KINDS);

  it('are ascending and unique', () => {
    const keys = [...a.keys];
    expect(keys).toEqual([...new Set(keys)].sort((x, y) => x - y));
    expect(new Set(keys.map(blockingKeyKind))).toEqual(new Set([0, 1, 2, 3]));
  });
  it('are shared through a sector category, an SDG goal, a language or a key term', () => {
    expect(sharesKey(a.keys, sameCategory.keys, kindMask(['sector']))).toBe(true);
    expect(sharesKey(a.keys, sameGoal.keys, kindMask(['sdg']))).toBe(true);
    expect(sharesKey(a.keys, sameLanguage.keys, kindMask(['language']))).toBe(true);
    expect(sharesKey(a.keys, sameWords.keys, kindMask(['text']))).toBe(true);
    expect(sharesKey(a.keys, nothing.keys, all)).toBe(false);
  });
  it('count only the kinds asked for', () => {
    expect(sharesKey(a.keys, sameLanguage.keys, kindMask(['sector', 'sdg', 'text']))).toBe(false);
    expect(sharesKey(a.keys, sameCategory.keys, kindMask(['language']))).toBe(false);
  });
  it('are symmetric', () => {
    for (const other of [sameCategory, sameGoal, sameLanguage, sameWords, nothing])
      expect(sharesKey(a.keys, other.keys, all)).toBe(sharesKey(other.keys, a.keys, all));
  });
  it('can be listed by kind, for an inverted index', () => {
    const sectorKeys = blockingKeys(a, ['sector']);
    expect(sectorKeys).toHaveLength(1);
    expect(blockingKeys(sameCategory, ['sector'])).toEqual(sectorKeys);
    expect(blockingKeys(a)).toEqual(a.keys);
  });
  it('tell whether an item has any key of some kinds', () => {
    const bare = prepareNeed(need({ lexemes: [] }), context);
    expect(hasKeys(bare, all)).toBe(false);
    expect(hasKeys(sameLanguage, kindMask(['language']))).toBe(true);
    expect(hasKeys(sameLanguage, kindMask(['sector']))).toBe(false);
  });
});
