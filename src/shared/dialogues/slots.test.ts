import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { minuteWeight, preferredHours } from './discomfort.js';
import type { DialogueTimeError } from './errors.js';
import type { SlotSite } from './slot-sites.js';
import { findSlots, type SlotCandidate } from './slots.js';

const JUNE_2011: SlotSite[] = [
  { id: 'washington', zone: 'America/New_York' },
  { id: 'mexico', zone: 'America/Mexico_City' },
  { id: 'bogota', zone: 'America/Bogota' },
  { id: 'jakarta', zone: 'Asia/Jakarta' },
  { id: 'delhi', zone: 'Asia/Kolkata' },
  { id: 'singapore', zone: 'Asia/Singapore' },
  { id: 'beijing', zone: 'Asia/Shanghai' },
];
const juneWeek = { fromDate: '2011-06-27', toDate: '2011-07-01', zone: 'America/New_York' };
const site = (c: SlotCandidate, id: string) => c.sites.find((s) => s.siteId === id)!;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

describe('findSlots: the June 2011 sites', () => {
  const all = findSlots({ sites: JUNE_2011, durationMinutes: 180, window: juneWeek, limit: Infinity });

  it('ranks by discomfort, then earliest start', () => {
    const keys = all.candidates.map((c) => [c.score, Date.parse(c.startUtc)] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
    }
    expect(all.candidates.every((c) => c.score === c.discomfort)).toBe(true);
  });

  it('puts first the earliest start that costs the least: 07:00 in Washington', () => {
    const best = all.candidates[0]!;
    expect([best.startUtc, best.endUtc, best.discomfort]).toEqual([
      '2011-06-27T11:00:00.000Z',
      '2011-06-27T14:00:00.000Z',
      120,
    ]);
    expect(site(best, 'mexico')).toEqual({
      siteId: 'mexico',
      date: '2011-06-27',
      weekday: 1,
      start: '06:00',
      end: '09:00',
      endDate: '2011-06-27',
      offsetMinutes: -300,
      endOffsetMinutes: -300,
      discomfort: 60,
      outsideMinutes: 60,
      weight: 1,
      flags: ['outside_hours'],
    });
  });

  it('scores the real start, 09:00 in Washington on 28 June, at 300', () => {
    const real = all.candidates.find((c) => c.startUtc === '2011-06-28T13:00:00.000Z')!;
    expect(Object.fromEntries(real.sites.map((s) => [s.siteId, [s.start, s.end, s.discomfort]]))).toEqual({
      washington: ['09:00', '12:00', 0],
      mexico: ['08:00', '11:00', 0],
      bogota: ['08:00', '11:00', 0],
      jakarta: ['20:00', '23:00', 60],
      delhi: ['18:30', '21:30', 0],
      singapore: ['21:00', '00:00', 120],
      beijing: ['21:00', '00:00', 120],
    });
    // Ending at midnight is not crossing it, though the clock then shows the next date.
    expect(site(real, 'beijing')).toMatchObject({ endDate: '2011-06-29', flags: ['outside_hours'] });
  });

  it('leaves out starts on a weekend anywhere', () => {
    for (const c of all.candidates) for (const s of c.sites) expect(s.weekday).toBeLessThanOrEqual(5);
    // Monday 00:00 in Washington to Saturday 00:00: Asia's Saturday begins 11–12 h earlier.
    expect(all.considered).toBe(5 * 96 - 11);
    expect(all.eligible).toBe(all.candidates.length);
    expect(all.excludedBySite.beijing!.nonWorkDay).toBeGreaterThan(all.excludedBySite.washington!.nonWorkDay);
    expect(all.window).toEqual({ from: '2011-06-27T04:00:00.000Z', to: '2011-07-02T04:00:00.000Z' });
  });

  it('leaves out a site’s holiday, by its own local date, and counts why', () => {
    const sites = JUNE_2011.map((s) => (s.id === 'jakarta' ? { ...s, holidays: ['2011-06-29'] } : s));
    const r = findSlots({ sites, durationMinutes: 180, window: juneWeek, limit: Infinity });
    for (const c of r.candidates) {
      const j = site(c, 'jakarta');
      expect(j.date).not.toBe('2011-06-29');
      // A meeting may end at 00:00 on the holiday: its last minute is the day before.
      if (j.endDate === '2011-06-29') expect(j.end).toBe('00:00');
    }
    expect(r.eligible).toBeLessThan(all.eligible);
    expect(r.excludedBySite.jakarta!.holiday).toBeGreaterThan(0);
  });

  it('returns `limit` candidates (20 by default)', () => {
    expect(findSlots({ sites: JUNE_2011, durationMinutes: 180, window: juneWeek }).candidates).toEqual(
      all.candidates.slice(0, 20),
    );
    expect(
      findSlots({ sites: JUNE_2011, durationMinutes: 180, window: juneWeek, limit: 3 }).candidates,
    ).toHaveLength(3);
  });
});

describe('findSlots: days and nights', () => {
  const fridayNight = { from: '2026-06-05T20:00:00Z', to: '2026-06-06T02:00:00Z' };
  const utcSite = { id: 'utc', zone: 'UTC', preferredFrom: '00:00', preferredTo: '24:00' };

  it('judges the end by the local date of its last minute', () => {
    const r = findSlots({
      sites: [utcSite],
      durationMinutes: 120,
      window: fridayNight,
      stepMinutes: 60,
      limit: 9,
    });
    expect(r.considered).toBe(5);
    // 22:00–00:00 ends as Saturday begins: kept; 23:00–01:00 runs into Saturday: left out.
    expect(r.candidates.map((c) => c.startUtc.slice(11, 16))).toEqual(['20:00', '21:00', '22:00']);
    expect(r.excludedBySite.utc).toEqual({ nonWorkDay: 2, holiday: 0 });
  });

  it('follows each site’s work week (Sunday to Thursday in Riyadh)', () => {
    const riyadh = { id: 'riyadh', zone: 'Asia/Riyadh', workWeek: [7, 1, 2, 3, 4] as const };
    const r = findSlots({
      sites: [riyadh],
      durationMinutes: 60,
      window: { fromDate: '2026-06-04', toDate: '2026-06-07', zone: 'Asia/Riyadh' },
      stepMinutes: 60,
      limit: Infinity,
    });
    expect([...new Set(r.candidates.map((c) => c.sites[0]!.weekday))].sort()).toEqual([4, 7]);
  });

  it('counts a meeting past midnight, deep night at three times the weight', () => {
    const r = findSlots({
      sites: [{ id: 'x', zone: 'Asia/Shanghai', workWeek: EVERY_DAY }],
      durationMinutes: 180,
      window: { from: '2026-06-03T15:00:00Z', to: '2026-06-03T18:00:00Z' },
    });
    expect(r.candidates[0]!.sites[0]).toMatchObject({
      start: '23:00',
      end: '02:00',
      date: '2026-06-03',
      endDate: '2026-06-04',
      discomfort: 60 + 120 * 3,
      outsideMinutes: 180,
      flags: ['outside_hours', 'deep_night', 'crosses_midnight'],
    });
  });

  it('reads a meeting across a clock change on the wall clock: 01:00–06:00 for four hours', () => {
    const r = findSlots({
      sites: [{ id: 'ny', zone: 'America/New_York', workWeek: EVERY_DAY }],
      durationMinutes: 240,
      window: { from: '2026-03-08T06:00:00Z', to: '2026-03-08T10:00:00Z' },
    });
    expect(r.candidates[0]!.sites[0]).toMatchObject({
      start: '01:00',
      end: '06:00',
      offsetMinutes: -300,
      endOffsetMinutes: -240,
      // 01:00–02:00 and 03:00–05:00 deep night, 05:00–06:00 edge.
      discomfort: 60 * 3 + 120 * 3 + 60,
      outsideMinutes: 240,
      flags: ['outside_hours', 'deep_night', 'offset_change'],
    });
    expect(r.clockChanges).toEqual([
      {
        siteId: 'ny',
        utc: '2026-03-08T07:00:00.000Z',
        from: { date: '2026-03-08', time: '02:00' },
        to: { date: '2026-03-08', time: '03:00' },
        offsetBeforeMinutes: -300,
        offsetAfterMinutes: -240,
      },
    ]);
  });

  it('starts on the step grid counted from 00:00 UTC', () => {
    const r = findSlots({
      sites: [utcSite],
      durationMinutes: 30,
      window: { from: '2026-06-03T05:07:00Z', to: '2026-06-03T06:00:00Z' },
      limit: Infinity,
    });
    expect(r.candidates.map((c) => c.startUtc.slice(11, 16))).toEqual(['05:15', '05:30']);
  });

  it('takes the window as instants or as local days of a zone, alike', () => {
    const base = { sites: JUNE_2011, durationMinutes: 90, limit: 5 };
    const byDays = findSlots({
      ...base,
      window: { fromDate: '2011-06-28', toDate: '2011-06-28', zone: 'Asia/Jakarta' },
    });
    const byInstants = findSlots({
      ...base,
      window: { from: '2011-06-27T17:00:00Z', to: '2011-06-28T17:00:00Z' },
    });
    expect(byDays).toEqual(byInstants);
  });
});

/** Minute by minute with luxon: an implementation that shares nothing with the finder but the weights. */
function reference(sites: SlotSite[], durationMinutes: number, from: string, to: string, step: number) {
  const out: { start: number; sites: { date: string; discomfort: number }[] }[] = [];
  for (let s = Date.parse(from); s + durationMinutes * 60_000 <= Date.parse(to); s += step * 60_000) {
    const rows = sites.map((site) => {
      const z = IANAZone.create(site.zone);
      const h = preferredHours(site.preferredFrom, site.preferredTo);
      const first = DateTime.fromMillis(s, { zone: site.zone });
      const last = DateTime.fromMillis(s + (durationMinutes - 1) * 60_000, { zone: site.zone });
      const closed = [first, last].some(
        (d) =>
          !(site.workWeek ?? [1, 2, 3, 4, 5]).includes(d.weekday as never) ||
          site.holidays?.includes(d.toISODate()!),
      );
      let discomfort = 0;
      for (let k = 0; k < durationMinutes; k++) {
        const t = s + k * 60_000;
        const wall = Math.floor((t + z.offset(t) * 60_000) / 60_000);
        discomfort += minuteWeight(h, ((wall % 1440) + 1440) % 1440);
      }
      return { closed, date: first.toISODate()!, discomfort };
    });
    if (!rows.some((r) => r.closed))
      out.push({ start: s, sites: rows.map(({ date, discomfort }) => ({ date, discomfort })) });
  }
  const total = (c: (typeof out)[number]) => c.sites.reduce((a, b) => a + b.discomfort, 0);
  return out.sort((a, b) => total(a) - total(b) || a.start - b.start);
}

describe('findSlots agrees with a minute-by-minute luxon reference', () => {
  it('across the clock changes of London (29 March) and Santiago (5 April)', () => {
    const sites: SlotSite[] = [
      { id: 'london', zone: 'Europe/London', workWeek: [...EVERY_DAY], holidays: ['2026-04-03'] },
      {
        id: 'santiago',
        zone: 'America/Santiago',
        workWeek: [...EVERY_DAY],
        preferredFrom: '09:00',
        preferredTo: '18:00',
      },
      { id: 'kathmandu', zone: 'Asia/Kathmandu', workWeek: [7, 1, 2, 3, 4, 5] },
    ];
    const [from, to] = ['2026-03-27T00:00:00Z', '2026-04-07T00:00:00Z'];
    const got = findSlots({
      sites,
      durationMinutes: 150,
      window: { from, to },
      stepMinutes: 45,
      limit: Infinity,
    });
    const want = reference(sites, 150, from, to, 45);
    expect(
      got.candidates.map((c) => [Date.parse(c.startUtc), c.sites.map((s) => [s.date, s.discomfort])]),
    ).toEqual(want.map((c) => [c.start, c.sites.map((s) => [s.date, s.discomfort])]));
    expect(got.clockChanges.map((c) => c.siteId)).toEqual(['london', 'santiago']);
  });
});

describe('findSlots: bad input', () => {
  const ok = { sites: JUNE_2011, durationMinutes: 180, window: juneWeek };
  const fail = (patch: object) => {
    try {
      findSlots({ ...ok, ...patch });
    } catch (e) {
      return [(e as DialogueTimeError).code, (e as DialogueTimeError).field];
    }
    return 'accepted';
  };
  it.each([
    [{ sites: [] }, 'no_sites', 'sites'],
    [{ sites: [JUNE_2011[0], JUNE_2011[0]] }, 'duplicate_site', 'sites[1].id'],
    [{ sites: [JUNE_2011[0], { id: 'x', zone: 'UTC+3' }] }, 'unknown_time_zone', 'sites[1].zone'],
    [{ sites: [{ id: 'x', zone: 'UTC', holidays: ['2026-02-30'] }] }, 'invalid_date', 'sites[0].holidays[0]'],
    [{ sites: [{ id: 'x', zone: 'UTC', workWeek: [] }] }, 'invalid_work_week', 'sites[0].workWeek'],
    [
      { sites: [{ id: 'x', zone: 'UTC', preferredFrom: '10:00', preferredTo: '10:00' }] },
      'invalid_hours',
      'sites[0]',
    ],
    [{ durationMinutes: 0 }, 'invalid_duration', 'durationMinutes'],
    [{ durationMinutes: 1441 }, 'invalid_duration', 'durationMinutes'],
    [{ stepMinutes: 7.5 }, 'invalid_step', 'stepMinutes'],
    [{ limit: 0 }, 'invalid_limit', 'limit'],
    [{ window: { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' } }, 'invalid_window', 'window'],
    [{ window: { from: '2026-06-01T00:00', to: '2026-06-02T00:00:00Z' } }, 'invalid_instant', 'window.from'],
    [{ window: { from: '2026-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' } }, 'window_too_long', 'window'],
    [
      { window: { fromDate: '2026-06-01', toDate: '2026-06-05', zone: 'Mars/Base' } },
      'unknown_time_zone',
      'window.zone',
    ],
    [{ fairness: { burden: { washington: -1 } } }, 'invalid_burden', 'fairness.burden.washington'],
  ])('%j → %s', (patch, code, field) => expect(fail(patch)).toEqual([code, field]));

  it('finds nothing, without failing, when the meeting is longer than the window', () =>
    expect(
      findSlots({
        ...ok,
        durationMinutes: 120,
        window: { from: '2026-06-01T10:00:00Z', to: '2026-06-01T11:00:00Z' },
      }),
    ).toMatchObject({ candidates: [], considered: 0, eligible: 0 }));
});
