import { describe, expect, it } from 'vitest';
import { parseTime } from './civil.js';
import { discomfortTable, minuteWeight, preferredHours, spanSum } from './discomfort.js';
import type { DialogueTimeError } from './errors.js';

const weights = (from: string, to: string, times: string[]) => {
  const h = preferredHours(from, to);
  return times.map((t) => minuteWeight(h, parseTime(t)));
};

describe('minuteWeight', () => {
  it('default hours 07:00–22:00: edges ×1, deep night ×3', () => {
    expect(
      weights('07:00', '22:00', ['07:00', '21:59', '22:00', '23:59', '00:00', '04:59', '05:00', '06:59']),
    ).toEqual([0, 0, 1, 1, 3, 3, 1, 1]);
  });
  it('narrow hours 09:00–17:00: ×1 within 2 h, ×2 beyond, ×3 at night', () => {
    expect(
      weights('09:00', '17:00', [
        '08:59',
        '07:00',
        '06:59',
        '05:00',
        '04:59',
        '17:00',
        '18:59',
        '19:00',
        '23:59',
      ]),
    ).toEqual([1, 1, 2, 2, 3, 1, 1, 2, 2]);
  });
  it('hours that wrap past midnight (20:00–04:00) keep their night minutes free', () => {
    expect(
      weights('20:00', '04:00', ['02:00', '04:00', '05:59', '06:00', '12:00', '18:00', '19:59']),
    ).toEqual([0, 3, 1, 2, 2, 1, 1]);
  });
  it('a whole day (00:00–24:00) costs nothing', () => {
    const h = preferredHours('00:00', '24:00');
    expect(Array.from({ length: 1440 }, (_, m) => minuteWeight(h, m)).every((w) => w === 0)).toBe(true);
  });
});

describe('preferredHours', () => {
  it('defaults to 07:00–22:00', () => expect(preferredHours()).toEqual({ from: 420, to: 1320 }));
  it('refuses an empty window and bad times, naming the field', () => {
    const fail = (from: string, to: string) => {
      try {
        preferredHours(from, to, 'sites[0]');
      } catch (e) {
        return [(e as DialogueTimeError).code, (e as DialogueTimeError).field];
      }
    };
    expect(fail('09:00', '09:00')).toEqual(['invalid_hours', 'sites[0]']);
    expect(fail('24:00', '09:00')).toEqual(['invalid_time', 'sites[0].preferredFrom']);
    expect(fail('09:00', '9pm')).toEqual(['invalid_time', 'sites[0].preferredTo']);
  });
});

describe('discomfortTable', () => {
  const table = discomfortTable(preferredHours());
  it('counts a meeting across midnight: 23:00–02:00 = 60 × 1 + 120 × 3', () => {
    expect(spanSum(table.weighted, 23 * 60, 180)).toBe(420);
    expect(spanSum(table.outside, 23 * 60, 180)).toBe(180);
    expect(spanSum(table.night, 23 * 60, 180)).toBe(120);
    expect(spanSum(table.weighted, 21 * 60, 180)).toBe(120);
    expect(spanSum(table.weighted, 9 * 60, 180)).toBe(0);
  });
  it('running sums equal minute-by-minute sums for any stretch up to a day', () => {
    const h = preferredHours('09:30', '17:45');
    const t = discomfortTable(h);
    for (let start = 0; start < 1440; start += 37)
      for (const length of [1, 45, 180, 1440]) {
        let direct = 0;
        for (let m = start; m < start + length; m++) direct += minuteWeight(h, m);
        expect(spanSum(t.weighted, start, length)).toBe(direct);
      }
  });
});
