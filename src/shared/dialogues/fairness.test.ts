import { describe, expect, it } from 'vitest';
import type { DialogueTimeError } from './errors.js';
import { addBurden, fairnessWeights } from './fairness.js';
import type { SlotSite } from './slot-sites.js';
import { findSlots, type SlotCandidate } from './slots.js';

const site = (c: SlotCandidate, id: string) => c.sites.find((s) => s.siteId === id)!;

describe('fairnessWeights', () => {
  it('is 1 for every site without fairness or without any burden', () => {
    expect(fairnessWeights(['a', 'b'])).toEqual([1, 1]);
    expect(fairnessWeights(['a', 'b'], { burden: {} })).toEqual([1, 1]);
  });
  it('weighs 1 + burden / mean burden: twice the average weighs 3, none weighs 1', () => {
    expect(fairnessWeights(['a', 'b', 'c'], { burden: { a: 200, b: 100, c: 0 } })).toEqual([3, 2, 1]);
    expect(fairnessWeights(['a', 'b'], { burden: { a: 100, b: 100 } })).toEqual([2, 2]);
    expect(fairnessWeights(['a', 'b'], { burden: { a: 300, b: 100 }, strength: 0.5 })).toEqual([1.75, 1.25]);
  });
  it('ignores sites of the series that are not in this dialogue, and inherited names', () => {
    expect(fairnessWeights(['a', 'constructor'], { burden: { a: 100, gone: 5000 } })).toEqual([3, 1]);
  });
  it('refuses a negative or non-numeric burden and a negative strength', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DialogueTimeError).field;
      }
    };
    expect(code(() => fairnessWeights(['a'], { burden: { a: -1 } }))).toBe('fairness.burden.a');
    expect(code(() => fairnessWeights(['a'], { burden: { a: Number.NaN } }))).toBe('fairness.burden.a');
    expect(code(() => fairnessWeights(['a'], { burden: {}, strength: -1 }))).toBe('fairness.strength');
  });
});

describe('addBurden', () => {
  it('adds each site’s discomfort to what it bore, without changing the original', () => {
    const before = { a: 60, gone: 10 };
    const after = addBurden(before, {
      sites: [
        { siteId: 'a', discomfort: 120 },
        { siteId: 'b', discomfort: 30 },
      ],
    });
    expect(after).toEqual({ a: 180, b: 30, gone: 10 });
    expect(before).toEqual({ a: 60, gone: 10 });
  });
});

describe('findSlots: fairness over a series', () => {
  const hours = { preferredFrom: '08:00', preferredTo: '18:00' };
  const sites: SlotSite[] = [
    { id: 'washington', zone: 'America/New_York', ...hours },
    { id: 'beijing', zone: 'Asia/Shanghai', ...hours },
    { id: 'delhi', zone: 'Asia/Kolkata', ...hours },
  ];
  const week = { fromDate: '2026-06-01', toDate: '2026-06-05', zone: 'UTC' };
  const best = (burden: Record<string, number>) =>
    findSlots({ sites, durationMinutes: 120, window: week, fairness: { burden }, limit: 1 }).candidates[0]!;
  const worstOff = (c: SlotCandidate) => [...c.sites].sort((a, b) => b.discomfort - a.discomfort)[0]!.siteId;

  it('rotates the inconvenient hours: the site that suffered before is spared next', () => {
    const first = best({});
    expect(worstOff(first)).toBe('washington');
    expect(site(first, 'washington')).toMatchObject({ start: '05:00', end: '07:00', discomfort: 180 });
    const second = best({ washington: 180, beijing: 60, delhi: 0 });
    expect(worstOff(second)).toBe('beijing');
    expect(site(second, 'washington')).toMatchObject({ start: '08:00', discomfort: 0, weight: 3.25 });
    expect(second.score).toBe(3.25 * 0 + 1.75 * 240 + 1 * 90);
  });

  it('changes nothing when every site bore the same, or with strength 0', () => {
    const plain = findSlots({ sites, durationMinutes: 120, window: week, limit: 50 }).candidates.map(
      (c) => c.startUtc,
    );
    const equal = findSlots({
      sites,
      durationMinutes: 120,
      window: week,
      limit: 50,
      fairness: { burden: { washington: 500, beijing: 500, delhi: 500 } },
    });
    expect(equal.candidates.map((c) => c.startUtc)).toEqual(plain);
    const off = findSlots({
      sites,
      durationMinutes: 120,
      window: week,
      limit: 50,
      fairness: { burden: { washington: 900 }, strength: 0 },
    });
    expect(off.candidates.map((c) => c.startUtc)).toEqual(plain);
  });
});
