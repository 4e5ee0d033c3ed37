import { describe, expect, it } from 'vitest';
import { DAY_MS, parseDate } from './civil.js';
import { HOLIDAY, meetingSum, NON_WORK_DAY, OPEN, prepareSites, wallSum } from './slot-sites.js';

const at = (iso: string) => Date.parse(iso);
const H = 3_600_000;

describe('prepareSites', () => {
  const from = at('2026-03-02T00:00:00Z');
  const to = at('2026-03-16T00:00:00Z');
  const [ny] = prepareSites(
    [{ id: 'ny', zone: 'America/New_York', holidays: ['2026-03-10', '2026-03-14', '2030-01-01'] }],
    from,
    to,
  );

  it('flags each local day: non-work days, holidays on working days, reaching past the window', () => {
    const flag = (date: string) => ny!.dayFlags[parseDate(date) - ny!.dayBase];
    expect(flag('2026-03-09')).toBe(OPEN);
    expect(flag('2026-03-10')).toBe(HOLIDAY);
    // A holiday on a Saturday stays a non-work day.
    expect(flag('2026-03-14')).toBe(NON_WORK_DAY);
    expect(flag('2026-03-15')).toBe(NON_WORK_DAY);
    expect(ny!.dayBase).toBeLessThanOrEqual(Math.floor((from - 14 * H) / DAY_MS));
    expect(ny!.dayBase + ny!.dayFlags.length).toBeGreaterThan(Math.floor((to + 14 * H) / DAY_MS));
  });

  it('holds the offsets of the window and the site’s discomfort sums', () => {
    expect(ny!.timeline.offsetsMs).toEqual([-5 * H, -4 * H]);
    expect(ny!.table.hours).toEqual({ from: 420, to: 1320 });
  });
});

describe('wallSum and meetingSum', () => {
  const [ny] = prepareSites(
    [{ id: 'ny', zone: 'America/New_York' }],
    at('2026-03-07T00:00:00Z'),
    at('2026-03-09T00:00:00Z'),
  );
  const sums = ny!.table.weighted;

  it('reads a stretch on the wall clock of an offset, across midnight too', () => {
    // 21:00–00:30 EST: 60 min at ×0, 120 at ×1, 30 at ×3.
    expect(wallSum(sums, at('2026-03-08T02:00:00Z'), at('2026-03-08T05:30:00Z'), -5 * H)).toBe(120 + 90);
  });

  it('splits a meeting at the clock change: 01:30–02:00 EST, then 03:00–06:30 EDT', () => {
    const s = at('2026-03-08T06:30:00Z');
    const e = s + 4 * H;
    expect(meetingSum(ny!, sums, s, e, 0)).toBe(30 * 3 + 120 * 3 + 90 * 1);
    // Read on one offset, the same four hours would be 01:30–05:30: 210 at ×3, 30 at ×1.
    expect(wallSum(sums, s, e, -5 * H)).toBe(210 * 3 + 30);
    expect(meetingSum(ny!, ny!.table.outside, s, e, 0)).toBe(240);
  });

  it('does not split at a change exactly at the end', () => {
    const e = at('2026-03-08T07:00:00Z');
    expect(meetingSum(ny!, ny!.table.night, e - H, e, 0)).toBe(60);
  });
});
