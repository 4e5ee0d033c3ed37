import { describe, expect, it } from 'vitest';
import type { IsoWeekday } from './civil.js';
import type { DialogueTimeError } from './errors.js';
import { venueTable, venueTableText } from './venues.js';

const SITES = [
  { id: 'washington', zone: 'America/New_York', name: 'Washington' },
  { id: 'mexico', zone: 'America/Mexico_City', name: 'Mexico City' },
  { id: 'bogota', zone: 'America/Bogota', name: 'Bogotá' },
  { id: 'jakarta', zone: 'Asia/Jakarta', name: 'Jakarta' },
  { id: 'delhi', zone: 'Asia/Kolkata', name: 'New Delhi' },
  { id: 'singapore', zone: 'Asia/Singapore', name: 'Singapore' },
  { id: 'beijing', zone: 'Asia/Shanghai', name: 'Beijing' },
];
const DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const text = {
  formatDate: (date: string, weekday: IsoWeekday) => `${DAYS[weekday]} ${date}`,
  siteLabel: (s: { name: string }) => s.name,
};

describe('venueTable', () => {
  it('lists the June 2011 dialogue as the source does: the Americas on 28 June, Asia on 29 June', () => {
    const t = venueTable(SITES, '2011-06-29T03:00:00Z', 180);
    expect(t.days.map((d) => [d.date, d.rows.map((r) => [r.site.id, r.start.time])])).toEqual([
      [
        '2011-06-28',
        [
          ['mexico', '22:00'],
          ['bogota', '22:00'],
          ['washington', '23:00'],
        ],
      ],
      [
        '2011-06-29',
        [
          ['delhi', '08:30'],
          ['jakarta', '10:00'],
          ['singapore', '11:00'],
          ['beijing', '11:00'],
        ],
      ],
    ]);
  });

  it('lists a start that is the same date everywhere on one day, by local start time', () => {
    const t = venueTable(SITES, '2011-06-28T13:00:00Z', 180);
    expect([t.startUtc, t.endUtc, t.durationMinutes]).toEqual([
      '2011-06-28T13:00:00.000Z',
      '2011-06-28T16:00:00.000Z',
      180,
    ]);
    expect(t.days.map((d) => [d.date, d.weekday])).toEqual([['2011-06-28', 2]]);
    expect(t.days[0]!.rows.map((r) => [r.site.id, r.start.time, r.end.time, r.endDayOffset])).toEqual([
      ['mexico', '08:00', '11:00', 0],
      ['bogota', '08:00', '11:00', 0],
      ['washington', '09:00', '12:00', 0],
      ['delhi', '18:30', '21:30', 0],
      ['jakarta', '20:00', '23:00', 0],
      ['singapore', '21:00', '00:00', 1],
      ['beijing', '21:00', '00:00', 1],
    ]);
    expect(t.days[0]!.rows[2]!.start).toEqual({
      date: '2011-06-28',
      time: '09:00',
      weekday: 2,
      offsetMinutes: -240,
      abbreviation: 'EDT',
    });
  });

  it('groups sites under their own day when the start falls on different dates', () => {
    const t = venueTable(SITES, '2011-06-28T23:00:00Z', 120);
    expect(t.days.map((d) => [d.date, d.rows.map((r) => r.site.id)])).toEqual([
      ['2011-06-28', ['mexico', 'bogota', 'washington']],
      ['2011-06-29', ['delhi', 'jakarta', 'singapore', 'beijing']],
    ]);
    expect(venueTableText(t, text)).toBe(
      [
        'Tuesday 2011-06-28',
        '  Mexico City  18:00–20:00  UTC-05:00 CDT',
        '  Bogotá       18:00–20:00  UTC-05:00',
        '  Washington   19:00–21:00  UTC-04:00 EDT',
        '',
        'Wednesday 2011-06-29',
        '  New Delhi    04:30–06:30  UTC+05:30',
        '  Jakarta      06:00–08:00  UTC+07:00',
        '  Singapore    07:00–09:00  UTC+08:00',
        '  Beijing      07:00–09:00  UTC+08:00',
      ].join('\n'),
    );
  });

  it('marks an end on a later day and takes the caller’s offset wording', () => {
    const t = venueTable([SITES[6]!], '2011-06-28T15:00:00Z', 180);
    expect(venueTableText(t, { ...text, formatOffset: (m) => `GMT${m >= 0 ? '+' : ''}${m / 60}` })).toBe(
      'Tuesday 2011-06-28\n  Beijing  23:00–02:00 (+1)  GMT+8',
    );
  });

  it('puts Honolulu and Kiritimati, same clock, a day apart', () => {
    const t = venueTable(
      [
        { id: 'kiritimati', zone: 'Pacific/Kiritimati' },
        { id: 'honolulu', zone: 'Pacific/Honolulu' },
      ],
      '2026-06-01T20:00:00Z',
      60,
    );
    expect(t.days.map((d) => [d.date, d.rows[0]!.start.time, d.rows[0]!.site.id])).toEqual([
      ['2026-06-01', '10:00', 'honolulu'],
      ['2026-06-02', '10:00', 'kiritimati'],
    ]);
  });

  it('refuses no sites, a bad duration and an unknown zone', () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as DialogueTimeError).code, (e as DialogueTimeError).field];
      }
    };
    expect(fail(() => venueTable([], '2011-06-28T13:00:00Z', 60))).toEqual(['no_sites', 'sites']);
    expect(fail(() => venueTable(SITES, '2011-06-28T13:00:00Z', 0))).toEqual([
      'invalid_duration',
      'durationMinutes',
    ]);
    expect(fail(() => venueTable([{ id: 'x', zone: '+05:30' }], 0, 60))).toEqual([
      'unknown_time_zone',
      'sites[0].zone',
    ]);
  });
});
