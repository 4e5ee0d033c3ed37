import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DialogueTimeError, LocalTimeGapError } from './errors.js';
import {
  assertTimeZone,
  localDaysWindow,
  offsetMinutesAt,
  startOfLocalDay,
  toLocal,
  toUtc,
} from './zones.js';

/** What luxon says, independently of the code under test. */
const luxonLocal = (iso: string, zone: string) => {
  const d = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return { date: d.toISODate(), time: d.toFormat('HH:mm'), weekday: d.weekday, offsetMinutes: d.offset };
};

const gapOf = (date: string, time: string, zone: string) => {
  try {
    toUtc(date, time, zone);
  } catch (e) {
    if (e instanceof LocalTimeGapError) return e.gap;
    throw e;
  }
  throw new Error(`${date} ${time} is not in a gap in ${zone}`);
};

describe('assertTimeZone', () => {
  it('accepts IANA names and refuses fixed offsets and unknown names, naming the field', () => {
    expect(() => assertTimeZone('America/Bogota')).not.toThrow();
    for (const bad of ['+05:30', 'UTC+3', 'GMT+5', 'Mars/Olympus', '', 'EST5EDT ']) {
      const e = (() => {
        try {
          assertTimeZone(bad, 'sites[0].zone');
        } catch (x) {
          return x as DialogueTimeError;
        }
      })();
      expect(e, bad).toBeInstanceOf(DialogueTimeError);
      expect([e?.code, e?.field]).toEqual(['unknown_time_zone', 'sites[0].zone']);
    }
  });
});

describe('the June 2011 dialogue: 28 June 2011, 23:00 in Washington (the source’s venue table)', () => {
  const start = '2011-06-29T03:00:00Z';
  // The Americas meet late on 28 June, Asia in the morning of 29 June: "June 28/29".
  const sites: [string, string, string, number, number, string?][] = [
    ['America/New_York', '2011-06-28', '23:00', -240, 2, 'EDT'],
    ['America/Mexico_City', '2011-06-28', '22:00', -300, 2, 'CDT'],
    ['America/Bogota', '2011-06-28', '22:00', -300, 2],
    ['Asia/Jakarta', '2011-06-29', '10:00', 420, 3],
    ['Asia/Kolkata', '2011-06-29', '08:30', 330, 3],
    ['Asia/Singapore', '2011-06-29', '11:00', 480, 3],
    ['Asia/Shanghai', '2011-06-29', '11:00', 480, 3],
  ];
  it.each(sites)('%s reads %s %s', (zone, date, time, offsetMinutes, weekday, abbreviation) => {
    const local = toLocal(start, zone);
    expect(local).toEqual({
      date,
      time,
      weekday,
      offsetMinutes,
      ...(abbreviation ? { abbreviation } : {}),
    });
    const { abbreviation: _, ...withoutAbbreviation } = local;
    expect(withoutAbbreviation).toEqual(luxonLocal(start, zone));
    expect(toUtc(date, time, zone)).toEqual({
      utc: '2011-06-29T03:00:00.000Z',
      epochMs: Date.parse(start),
      offsetMinutes,
    });
  });
});

describe('New York across daylight saving', () => {
  const zone = 'America/New_York';
  it('uses the offset of the date', () => {
    expect(toUtc('2026-01-15', '09:00', zone).utc).toBe('2026-01-15T14:00:00.000Z');
    expect(toUtc('2026-07-15', '09:00', zone).utc).toBe('2026-07-15T13:00:00.000Z');
    expect(toLocal('2026-01-15T14:00:00Z', zone).abbreviation).toBe('EST');
  });
  it('refuses a time the clocks jumped over, naming the gap', () => {
    const e = (() => {
      try {
        toUtc('2026-03-08', '02:30', zone, 'start');
      } catch (x) {
        return x as LocalTimeGapError;
      }
    })();
    expect(e).toBeInstanceOf(LocalTimeGapError);
    expect([e?.code, e?.field]).toEqual(['local_time_in_gap', 'start']);
    expect(e?.gap).toEqual({
      zone,
      start: { date: '2026-03-08', time: '02:00' },
      end: { date: '2026-03-08', time: '03:00' },
      minutes: 60,
      transitionUtc: '2026-03-08T07:00:00.000Z',
      offsetBeforeMinutes: -300,
      offsetAfterMinutes: -240,
    });
    // The edges of the gap: 01:59 and 03:00 exist.
    expect(toUtc('2026-03-08', '01:59', zone).utc).toBe('2026-03-08T06:59:00.000Z');
    expect(toUtc('2026-03-08', '03:00', zone).utc).toBe('2026-03-08T07:00:00.000Z');
  });
  it('resolves a repeated time to its first occurrence and says it was ambiguous', () => {
    const r = toUtc('2026-11-01', '01:30', zone);
    expect(r.utc).toBe('2026-11-01T05:30:00.000Z');
    expect(r.offsetMinutes).toBe(-240);
    expect(r.ambiguous?.earlier.utc).toBe('2026-11-01T05:30:00.000Z');
    expect(r.ambiguous?.later).toEqual({
      utc: '2026-11-01T06:30:00.000Z',
      epochMs: Date.parse('2026-11-01T06:30:00Z'),
      offsetMinutes: -300,
    });
    expect(toUtc('2026-11-01', '00:59', zone).ambiguous).toBeUndefined();
    expect(toUtc('2026-11-01', '02:00', zone).ambiguous).toBeUndefined();
  });
});

describe('zones whose rules changed', () => {
  it('Mexico City: summer time until October 2022, none since', () => {
    expect(toUtc('2022-06-15', '12:00', 'America/Mexico_City').offsetMinutes).toBe(-300);
    expect(toUtc('2023-06-15', '12:00', 'America/Mexico_City').offsetMinutes).toBe(-360);
    expect(toUtc('2022-10-30', '01:30', 'America/Mexico_City').ambiguous).toBeDefined();
    // Under the old rules 2023-04-02 02:30 was skipped; now it exists, and so does autumn's 01:30.
    expect(toUtc('2023-04-02', '02:30', 'America/Mexico_City').utc).toBe('2023-04-02T08:30:00.000Z');
    expect(gapOf('2022-04-03', '02:30', 'America/Mexico_City').end.time).toBe('03:00');
    expect(toUtc('2023-10-29', '01:30', 'America/Mexico_City').ambiguous).toBeUndefined();
  });
  it('Caracas: UTC−4:30 from December 2007 to May 2016', () => {
    expect(offsetMinutesAt('2006-06-15T12:00:00Z', 'America/Caracas')).toBe(-240);
    expect(offsetMinutesAt('2010-06-15T12:00:00Z', 'America/Caracas')).toBe(-270);
    expect(offsetMinutesAt('2017-06-15T12:00:00Z', 'America/Caracas')).toBe(-240);
    expect(toUtc('2007-12-09', '02:45', 'America/Caracas').ambiguous?.later.offsetMinutes).toBe(-270);
    const gap = gapOf('2016-05-01', '02:45', 'America/Caracas');
    expect([gap.start.time, gap.end.time, gap.minutes]).toEqual(['02:30', '03:00', 30]);
  });
  it('Moscow: summer time all year 2011–2014, then UTC+3', () => {
    expect(offsetMinutesAt('2010-01-15T12:00:00Z', 'Europe/Moscow')).toBe(180);
    expect(offsetMinutesAt('2010-07-15T12:00:00Z', 'Europe/Moscow')).toBe(240);
    expect(offsetMinutesAt('2012-01-15T12:00:00Z', 'Europe/Moscow')).toBe(240);
    expect(offsetMinutesAt('2013-07-15T12:00:00Z', 'Europe/Moscow')).toBe(240);
    expect(offsetMinutesAt('2015-01-15T12:00:00Z', 'Europe/Moscow')).toBe(180);
    expect(toUtc('2014-10-26', '01:30', 'Europe/Moscow').ambiguous?.later.offsetMinutes).toBe(180);
  });
  it('Pyongyang: UTC+8:30 from August 2015 to May 2018, the gap crossing midnight', () => {
    expect(offsetMinutesAt('2014-06-15T12:00:00Z', 'Asia/Pyongyang')).toBe(540);
    expect(offsetMinutesAt('2016-06-15T12:00:00Z', 'Asia/Pyongyang')).toBe(510);
    expect(offsetMinutesAt('2019-06-15T12:00:00Z', 'Asia/Pyongyang')).toBe(540);
    expect(toUtc('2015-08-14', '23:45', 'Asia/Pyongyang').ambiguous).toBeDefined();
    const gap = gapOf('2018-05-04', '23:45', 'Asia/Pyongyang');
    expect([gap.start, gap.end]).toEqual([
      { date: '2018-05-04', time: '23:30' },
      { date: '2018-05-05', time: '00:00' },
    ]);
  });
  it('Kiritimati skipped 31 December 1994 when it moved across the date line', () => {
    expect(toLocal('1994-12-31T09:59:00Z', 'Pacific/Kiritimati')).toMatchObject({
      date: '1994-12-30',
      time: '23:59',
      weekday: 5,
      offsetMinutes: -600,
    });
    expect(toLocal('1994-12-31T10:00:00Z', 'Pacific/Kiritimati')).toMatchObject({
      date: '1995-01-01',
      time: '00:00',
      weekday: 7,
      offsetMinutes: 840,
    });
    expect(gapOf('1994-12-31', '12:00', 'Pacific/Kiritimati')).toMatchObject({
      start: { date: '1994-12-31', time: '00:00' },
      end: { date: '1995-01-01', time: '00:00' },
      minutes: 1440,
    });
    expect(startOfLocalDay('1994-12-31', 'Pacific/Kiritimati')).toEqual(
      startOfLocalDay('1995-01-01', 'Pacific/Kiritimati'),
    );
  });
  it('Samoa skipped 30 December 2011', () => {
    expect(gapOf('2011-12-30', '09:00', 'Pacific/Apia').minutes).toBe(1440);
    expect(toLocal('2011-12-30T10:00:00Z', 'Pacific/Apia').date).toBe('2011-12-31');
  });
});

describe('southern hemisphere', () => {
  it('Santiago: summer time from September to April, clocks change at midnight', () => {
    expect(toUtc('2026-01-15', '12:00', 'America/Santiago').offsetMinutes).toBe(-180);
    expect(toUtc('2026-07-15', '12:00', 'America/Santiago').offsetMinutes).toBe(-240);
    expect(gapOf('2026-09-06', '00:30', 'America/Santiago')).toMatchObject({
      start: { date: '2026-09-06', time: '00:00' },
      end: { date: '2026-09-06', time: '01:00' },
    });
    const r = toUtc('2026-04-04', '23:30', 'America/Santiago');
    expect([r.utc, r.ambiguous?.later.utc]).toEqual(['2026-04-05T02:30:00.000Z', '2026-04-05T03:30:00.000Z']);
    // The day whose midnight was skipped starts at 01:00.
    expect(localDaysWindow('2026-09-06', '2026-09-06', 'America/Santiago')).toEqual({
      from: '2026-09-06T04:00:00.000Z',
      to: '2026-09-07T03:00:00.000Z',
    });
  });
  it('Sydney: UTC+11 in January, +10 in July', () => {
    expect(toLocal('2026-01-15T00:00:00Z', 'Australia/Sydney')).toMatchObject({
      time: '11:00',
      offsetMinutes: 660,
    });
    expect(toLocal('2026-07-15T00:00:00Z', 'Australia/Sydney')).toMatchObject({
      time: '10:00',
      offsetMinutes: 600,
    });
    expect(gapOf('2026-10-04', '02:30', 'Australia/Sydney')).toMatchObject({
      start: { time: '02:00' },
      end: { time: '03:00' },
    });
    expect(toUtc('2026-04-05', '02:30', 'Australia/Sydney').utc).toBe('2026-04-04T15:30:00.000Z');
  });
  it('Lord Howe Island moves its clocks by half an hour', () => {
    expect(gapOf('2026-10-04', '02:15', 'Australia/Lord_Howe')).toMatchObject({
      start: { time: '02:00' },
      end: { time: '02:30' },
      minutes: 30,
    });
    expect(toUtc('2026-04-05', '01:45', 'Australia/Lord_Howe').ambiguous?.later.offsetMinutes).toBe(630);
  });
});

describe('toUtc and toLocal agree', () => {
  it.each(['America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Africa/Casablanca'])(
    'every 97 minutes of 2026 in %s',
    (zone) => {
      const wrong: string[] = [];
      for (
        let t = Date.parse('2026-01-01T00:00:00Z');
        t < Date.parse('2027-01-01T00:00:00Z');
        t += 97 * 60_000
      ) {
        const local = toLocal(t, zone);
        const back = toUtc(local.date, local.time, zone);
        const matches = back.epochMs === t || back.ambiguous?.later.epochMs === t;
        if (!matches || local.offsetMinutes !== DateTime.fromMillis(t, { zone }).offset)
          wrong.push(local.date);
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('inputs', () => {
  it('refuses bad dates, times and zones with their codes', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DialogueTimeError).code;
      }
    };
    expect(codeOf(() => toUtc('2026-02-30', '09:00', 'UTC'))).toBe('invalid_date');
    expect(codeOf(() => toUtc('2026-02-03', '9:00', 'UTC'))).toBe('invalid_time');
    expect(codeOf(() => toUtc('2026-02-03', '09:00', 'UTC+3'))).toBe('unknown_time_zone');
    expect(codeOf(() => toLocal('2026-02-03T09:00', 'UTC'))).toBe('invalid_instant');
    expect(codeOf(() => localDaysWindow('2026-02-03', '2026-02-01', 'UTC'))).toBe('invalid_window');
  });
  it('gives the same answers whatever the host’s time zone', () => {
    const saved = process.env.TZ;
    const run = () => [
      toUtc('2026-03-08', '03:30', 'America/New_York'),
      toLocal(1_700_000_000_000, 'Asia/Kolkata'),
    ];
    try {
      process.env.TZ = 'UTC';
      const inUtc = run();
      process.env.TZ = 'Pacific/Kiritimati';
      expect(new Date(0).getTimezoneOffset()).not.toBe(0);
      expect(run()).toEqual(inUtc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
