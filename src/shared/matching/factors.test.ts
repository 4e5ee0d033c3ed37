import { describe, expect, it } from 'vitest';
import {
  checkHistory,
  codeList,
  contextMatch,
  contextValue,
  historyValue,
  instrumentValue,
  languageValue,
  prepareContext,
  sharedCodes,
  sharedCount,
} from './factors.js';

describe('codeList, sharedCount, sharedCodes', () => {
  it('prepares a list: trimmed, lower-cased, unique, sorted', () =>
    expect(codeList([' FR', 'en', 'fr', ''])).toEqual(['en', 'fr']));
  it('counts and lists the need’s codes the candidate holds', () => {
    expect(sharedCount(['en', 'fr', 'pt'], ['fr', 'pt', 'es'])).toBe(2);
    expect(sharedCodes(['en', 'fr', 'pt'], ['fr', 'pt', 'es'])).toEqual(['fr', 'pt']);
    expect(sharedCount([], ['fr'])).toBe(0);
  });
});

describe('languageValue', () => {
  it('is null when the need names no language', () => expect(languageValue([], ['en'])).toBeNull());
  it('is 1 for one shared language, however many the need names', () => {
    expect(languageValue(['en'], ['en'])).toBe(1);
    expect(languageValue(['es', 'fr', 'pt'], ['pt'])).toBe(1);
  });
  it('is 0 without a shared language, or when the candidate names none', () => {
    expect(languageValue(['es'], ['en', 'fr'])).toBe(0);
    expect(languageValue(['es'], [])).toBe(0);
  });
});

describe('instrumentValue', () => {
  it('is null when the need prefers no instrument', () =>
    expect(instrumentValue([], ['study_tour'])).toBeNull());
  it('is the share of the preferred instruments offered', () => {
    const need = ['expert_visit', 'study_tour', 'twinning', 'training_programme'];
    expect(instrumentValue(need, ['study_tour', 'conference'])).toBe(0.25);
    expect(instrumentValue(need, need)).toBe(1);
    expect(instrumentValue(need, [])).toBe(0);
  });
});

describe('historyValue', () => {
  it('is null when no record is known: unknown is not a penalty', () =>
    expect(historyValue(null)).toBeNull());
  it('is 0 for a known record of no exchanges', () =>
    expect(historyValue({ exchanges: 0, meanFeedback: null })).toBe(0));
  it('grows with the count and saturates below 1', () => {
    const values = [1, 2, 5, 20, 1000].map((n) => historyValue({ exchanges: n, meanFeedback: 5 })!);
    expect(values[1]).toBe(0.5); // two exchanges count half
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    expect(values.at(-1)!).toBeLessThan(1);
  });
  it('scales with the feedback: 1/5 is worth nothing, unrated is middling', () => {
    expect(historyValue({ exchanges: 2, meanFeedback: 1 })).toBe(0);
    expect(historyValue({ exchanges: 2, meanFeedback: 3 })).toBe(0.25);
    expect(historyValue({ exchanges: 2, meanFeedback: null })).toBe(0.25);
  });
});

describe('checkHistory', () => {
  it('passes a sound record and null', () => {
    expect(checkHistory({ exchanges: 3, meanFeedback: 4.2 })).toEqual({ exchanges: 3, meanFeedback: 4.2 });
    expect(checkHistory(undefined)).toBeNull();
  });
  it('refuses impossible numbers with a message naming them', () => {
    expect(() => checkHistory({ exchanges: -1, meanFeedback: null })).toThrow(/exchanges/);
    expect(() => checkHistory({ exchanges: 1.5, meanFeedback: null })).toThrow(/exchanges/);
    expect(() => checkHistory({ exchanges: 2, meanFeedback: 0 })).toThrow(/meanFeedback/);
    expect(() => checkHistory({ exchanges: 2, meanFeedback: Number.NaN })).toThrow(/meanFeedback/);
  });
});

describe('contextValue', () => {
  const kenya = prepareContext({ region: 'Sub-Saharan Africa', incomeGroup: 'LM' });
  const ghana = prepareContext({ region: 'Sub-Saharan Africa', incomeGroup: 'LM' });
  const rwanda = prepareContext({ region: 'Sub-Saharan Africa', incomeGroup: 'L' });
  const india = prepareContext({ region: 'South Asia', incomeGroup: 'LM' });
  const mexico = prepareContext({ region: 'Latin America & Caribbean', incomeGroup: 'UM' });
  const singapore = prepareContext({ region: 'East Asia & Pacific', incomeGroup: 'H' });

  it('is null when the need’s country context is unknown', () => {
    expect(contextValue(null, kenya)).toBeNull();
    expect(prepareContext({ region: ' ', incomeGroup: 'XX' })).toBeNull();
  });
  it('is 1 for same region and income group', () => expect(contextValue(kenya, ghana)).toBe(1));
  it('counts a neighbouring income group half', () => {
    expect(contextValue(kenya, rwanda)).toBe(0.75);
    expect(contextValue(kenya, mexico)).toBe(0.25);
  });
  it('counts region and income group equally', () => expect(contextValue(kenya, india)).toBe(0.5));
  it('is 0 for another region and a distant income group', () =>
    expect(contextValue(kenya, singapore)).toBe(0));
  it('is 0 when the candidate’s context is unknown', () => expect(contextValue(kenya, null)).toBe(0));
  it('averages only over what the need states', () => {
    const regionOnly = prepareContext({ region: 'South Asia', incomeGroup: null });
    expect(contextValue(regionOnly, india)).toBe(1);
    const incomeOnly = prepareContext({ region: null, incomeGroup: 'UM' });
    expect(contextValue(incomeOnly, kenya)).toBe(0.5);
  });
  it('says how each part compares', () => {
    expect(contextMatch(kenya!, rwanda)).toEqual({ region: 'same', income: 'near' });
    expect(contextMatch(kenya!, singapore)).toEqual({ region: 'different', income: 'different' });
    expect(contextMatch(kenya!, null)).toEqual({ region: 'unknown', income: 'unknown' });
  });
});
