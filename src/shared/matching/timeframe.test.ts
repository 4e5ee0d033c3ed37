import { describe, expect, it } from 'vitest';
import {
  type DateWindow,
  dayNumber,
  dayWindow,
  isStated,
  TIMEFRAME_HORIZON_DAYS,
  timeframeValue,
  timeRelation,
} from './timeframe.js';

const w = (from: string | null, to: string | null, today: string | null = null) =>
  dayWindow({ from, to }, today === null ? null : dayNumber(today));

describe('dayNumber', () => {
  it('counts days since 1970-01-01, whatever the host’s time zone', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-03-01') - dayNumber('2025-02-28')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
  it('takes the date part of a timestamp as written', () =>
    expect(dayNumber('2025-03-01T23:30:00-05:00')).toBe(dayNumber('2025-03-01')));
  it('refuses what is not a real ISO date', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '01/03/2025', '2025-3-1', ''])
      expect(() => dayNumber(bad)).toThrow(RangeError);
  });
});

describe('dayWindow', () => {
  it('opens missing ends', () => {
    expect(w(null, null)).toEqual({ start: -Infinity, end: Infinity });
    expect(dayWindow(null, null)).toEqual({ start: -Infinity, end: Infinity });
  });
  it('moves the start to today, never the end', () => {
    expect(w('2024-01-01', '2026-01-01', '2025-06-01')).toEqual({
      start: dayNumber('2025-06-01'),
      end: dayNumber('2026-01-01'),
    });
    expect(w('2025-09-01', null, '2025-06-01').start).toBe(dayNumber('2025-09-01'));
  });
  it('refuses a period that ends before it starts', () =>
    expect(() => w('2025-06-01', '2025-01-01')).toThrow(RangeError));
});

describe('isStated', () => {
  it('is true when at least one end is given', () => {
    const cases: [DateWindow | null | undefined, boolean][] = [
      [null, false],
      [undefined, false],
      [{ from: null, to: null }, false],
      [{ from: '2025-01-01', to: null }, true],
      [{ from: null, to: '2025-01-01' }, true],
    ];
    for (const [window, stated] of cases) expect(isStated(window)).toBe(stated);
  });
});

describe('timeframeValue', () => {
  const need = w('2025-03-01', '2025-06-30');
  it('is 1 when the periods overlap', () => {
    expect(timeframeValue(need, w('2025-06-30', '2025-12-31'))).toBe(1);
    expect(timeframeValue(need, w(null, null))).toBe(1);
    expect(timeframeValue(need, w('2025-04-01', '2025-04-02'))).toBe(1);
  });
  it('is 1 when they touch (ends are inclusive: no day in between)', () => {
    expect(timeframeValue(need, w('2025-07-01', null))).toBe(1);
    expect(timeRelation(need, w('2025-07-01', null))).toEqual({ kind: 'overlap' });
  });
  it('falls linearly with the days in between, on either side', () => {
    const after = w('2025-10-01', null); // 92 days after 30 June
    expect(timeRelation(need, after)).toEqual({ kind: 'gap', days: 92 });
    expect(timeframeValue(need, after)).toBeCloseTo(1 - 92 / TIMEFRAME_HORIZON_DAYS, 12);
    const before = w(null, '2024-12-30'); // 60 days before 1 March
    expect(timeRelation(need, before)).toEqual({ kind: 'gap', days: 60 });
    expect(timeframeValue(need, before)).toBeCloseTo(1 - 60 / 365, 12);
  });
  it('is 0 at a year apart and beyond', () => {
    expect(timeframeValue(need, w('2026-07-01', null))).toBe(0); // 365 days between
    expect(timeframeValue(need, w('2030-01-01', null))).toBe(0);
  });
  it('works with open-ended need windows', () => {
    expect(timeframeValue(w(null, '2025-01-01'), w('2025-01-31', null))).toBeCloseTo(1 - 29 / 365, 12);
    expect(timeframeValue(w('2025-01-01', null), w(null, '2024-12-01'))).toBeCloseTo(1 - 30 / 365, 12);
  });
  it('is 0 when the candidate’s availability ended before today', () => {
    const today = '2025-06-01';
    const ended = w(null, '2025-01-01', today);
    expect(timeframeValue(w(null, '2025-12-31', today), ended)).toBe(0);
    expect(timeRelation(w(null, '2025-12-31', today), ended)).toEqual({ kind: 'ended' });
  });
  it('does not let a past start make a past availability overlap, given today', () => {
    const today = '2025-06-01';
    const need = w('2024-01-01', '2025-12-31', today);
    // Without today, the candidate (available in 2024 only) would overlap the need.
    expect(timeframeValue(w('2024-01-01', '2025-12-31'), w('2024-01-01', '2024-12-31'))).toBe(1);
    expect(timeframeValue(need, w('2024-01-01', '2024-12-31', today))).toBe(0);
  });
  it('stays within [0, 1]', () => {
    const windows = [w(null, null), need, w('2020-01-01', '2020-02-01'), w('2040-01-01', null)];
    for (const a of windows)
      for (const b of windows) {
        const value = timeframeValue(a, b);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
  });
});
