import { describe, expect, it } from 'vitest';
import { addDays, dateIn, formatInstant, offsetAt, timeIn, zoneClock } from './time-format.js';

describe('time-format', () => {
  const start = '2011-06-28T13:00:00.000Z';

  it('reads an instant on any zone’s clock', () => {
    expect(timeIn(start, 'Asia/Kolkata', 'en-GB')).toBe('18:30');
    expect(dateIn(start, 'Asia/Shanghai')).toBe('2011-06-28');
    expect(dateIn('2011-06-28T17:00:00Z', 'Asia/Shanghai')).toBe('2011-06-29');
    expect(formatInstant(start, 'America/New_York', 'en-GB')).toMatch(/Tue.*28 Jun 2011.*09:00/);
  });

  it('gives the offset in force on the date, daylight saving included', () => {
    expect(offsetAt('America/New_York', Date.parse('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(offsetAt('America/New_York', Date.parse('2026-07-15T12:00:00Z'))).toBe(-240);
    expect(offsetAt('Asia/Kathmandu', Date.parse('2026-07-15T12:00:00Z'))).toBe(345);
    expect(zoneClock('Asia/Kolkata', Date.parse(start), 'en-GB')).toEqual({
      time: '18:30',
      offset: 'UTC+05:30',
    });
    expect(zoneClock('Not/AZone', Date.parse(start), 'en-GB')).toEqual({ time: '', offset: '' });
  });

  it('counts days across months and years', () => {
    expect(addDays('2011-06-28', 1)).toBe('2011-06-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 28)).toBe('2026-01-28');
  });
});
