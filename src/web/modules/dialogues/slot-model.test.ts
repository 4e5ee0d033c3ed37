import { describe, expect, it } from 'vitest';
import { candidateDays, candidateFlags, clockChangeNotes, defaultWindow } from './slot-model.js';
import type { SlotCandidate, SlotResult } from './types.js';

const site = (siteId: string, city: string, date: string, start: string, flags: string[] = []) => ({
  siteId,
  city,
  timeZone: 'UTC',
  date,
  weekday: 2,
  start,
  end: start,
  endDate: date,
  offsetMinutes: 0,
  discomfort: flags.length * 10,
  outsideMinutes: 0,
  flags,
});

const CANDIDATE: SlotCandidate = {
  startUtc: '2011-06-28T13:00:00.000Z',
  endUtc: '2011-06-28T16:00:00.000Z',
  discomfort: 30,
  score: 30,
  sites: [
    site('was', 'Washington', '2011-06-28', '09:00'),
    site('jkt', 'Jakarta', '2011-06-29', '20:00', ['outside_hours']),
    site('bog', 'Bogotá', '2011-06-28', '08:00'),
    site('pek', 'Beijing', '2011-06-29', '21:00', ['deep_night', 'outside_hours', 'crosses_midnight']),
  ],
};

describe('candidateDays', () => {
  it('groups the sites by their local day, earliest first, each day in the dialogue’s order', () => {
    const days = candidateDays(CANDIDATE);
    expect(days.map((d) => d.date)).toEqual(['2011-06-28', '2011-06-29']);
    expect(days[0]?.sites.map((s) => s.city)).toEqual(['Washington', 'Bogotá']);
    expect(days[1]?.sites.map((s) => s.city)).toEqual(['Jakarta', 'Beijing']);
  });

  it('makes one day when every site is on the same date', () => {
    expect(candidateDays({ ...CANDIDATE, sites: CANDIDATE.sites.slice(0, 1) })).toHaveLength(1);
  });
});

describe('candidateFlags', () => {
  it('lists each flag once, the worst first', () => {
    expect(candidateFlags(CANDIDATE)).toEqual(['deep_night', 'outside_hours', 'crosses_midnight']);
    expect(
      candidateFlags({
        ...CANDIDATE,
        sites: [site('x', 'X', '2011-06-28', '10:00', ['zz', 'offset_change'])],
      }),
    ).toEqual(['offset_change', 'zz']);
  });
});

describe('clockChangeNotes', () => {
  it('names the city of each clock change, in time order', () => {
    const change = (siteId: string, utc: string) => ({
      siteId,
      utc,
      from: { date: '2026-03-08', time: '02:00' },
      to: { date: '2026-03-08', time: '03:00' },
      offsetBeforeMinutes: -300,
      offsetAfterMinutes: -240,
    });
    const result = {
      clockChanges: [change('bog', '2026-03-29T01:00:00Z'), change('was', '2026-03-08T07:00:00Z')],
    } as SlotResult;
    const notes = clockChangeNotes(result, new Map([['was', 'Washington']]));
    expect(notes.map((n) => [n.city, n.utc])).toEqual([
      ['Washington', '2026-03-08T07:00:00Z'],
      ['', '2026-03-29T01:00:00Z'],
    ]);
  });
});

describe('defaultWindow', () => {
  it('starts tomorrow in the zone and lasts four weeks', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Jakarta.
    const now = Date.parse('2025-12-31T23:30:00Z');
    expect(defaultWindow('Asia/Jakarta', now)).toEqual({ fromDate: '2026-01-02', toDate: '2026-01-29' });
    expect(defaultWindow('America/Bogota', now)).toEqual({ fromDate: '2026-01-01', toDate: '2026-01-28' });
  });
});
