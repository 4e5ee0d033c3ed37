import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  formatDate,
  formatOffset,
  formatTime,
  parseDate,
  parseTime,
  toEpochMs,
  weekdayOf,
} from './civil.js';
import { DialogueTimeError } from './errors.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DialogueTimeError ? e.code : 'other';
  }
  return 'none';
};

describe('day numbers', () => {
  it('agree with Date.UTC on every 7th day from 1600 to 2400', () => {
    const wrong: number[] = [];
    for (let d = daysFromCivil(1600, 1, 1); d < daysFromCivil(2400, 1, 1); d += 7) {
      const date = new Date(d * DAY_MS);
      const c = civilFromDays(d);
      const same =
        c.year === date.getUTCFullYear() && c.month === date.getUTCMonth() + 1 && c.day === date.getUTCDate();
      if (!same || daysFromCivil(c.year, c.month, c.day) !== d) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });
  it('round-trips dates, leap days included', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2011-06-28', '1900-03-01', '0999-12-31'])
      expect(formatDate(parseDate(date))).toBe(date);
    expect(parseDate('1970-01-01')).toBe(0);
    expect(parseDate('1969-12-31')).toBe(-1);
  });
  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-1',
      '',
      '2026-02-28T00:00Z',
    ])
      expect(
        code(() => parseDate(bad)),
        bad,
      ).toBe('invalid_date');
  });
  it('gives ISO weekdays, before 1970 too', () => {
    expect(weekdayOf(parseDate('1970-01-01'))).toBe(4);
    expect(weekdayOf(parseDate('2011-06-28'))).toBe(2);
    expect(weekdayOf(parseDate('1969-12-28'))).toBe(7);
    expect(weekdayOf(parseDate('2026-03-09'))).toBe(1);
  });
});

describe('times of day', () => {
  it('parses HH:mm, and 24:00 only as an end of day', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('23:59')).toBe(1439);
    expect(parseTime('24:00', undefined, true)).toBe(1440);
    for (const bad of ['24:00', '7:00', '12:60', '12:00:00', 'noon', ''])
      expect(
        code(() => parseTime(bad)),
        bad,
      ).toBe('invalid_time');
  });
  it('formats minutes of the day, wrapping past midnight', () => {
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(1110)).toBe('18:30');
    expect(formatTime(1440 + 90)).toBe('01:30');
    expect(formatTime(-30)).toBe('23:30');
  });
});

describe('instants', () => {
  it('takes epoch ms, Dates and ISO strings that state their offset', () => {
    const ms = Date.UTC(2011, 5, 28, 13);
    expect(toEpochMs(ms)).toBe(ms);
    expect(toEpochMs(new Date(ms))).toBe(ms);
    expect(toEpochMs('2011-06-28T13:00:00Z')).toBe(ms);
    expect(toEpochMs('2011-06-28T09:00-04:00')).toBe(ms);
    expect(toEpochMs('2011-06-28T18:30:00.000+05:30')).toBe(ms);
  });
  it('refuses a naive local string (it would be read in the host’s zone) and nonsense', () => {
    for (const bad of ['2011-06-28T09:00', '2011-06-28', 'yesterday', Number.NaN, new Date('x')])
      expect(
        code(() => toEpochMs(bad as never, 'start')),
        String(bad),
      ).toBe('invalid_instant');
  });
});

describe('formatOffset', () => {
  it('writes UTC±hh:mm, with seconds only for local mean time', () => {
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(-240)).toBe('UTC-04:00');
    expect(formatOffset(0)).toBe('UTC+00:00');
    expect(formatOffset(345)).toBe('UTC+05:45');
    expect(formatOffset(-(4 * 60 + 56 + 2 / 60))).toBe('UTC-04:56:02');
  });
});
