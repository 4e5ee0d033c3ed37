import { describe, expect, it } from 'vitest';
import { DialogueTimeError, LocalTimeGapError } from './errors.js';

describe('errors', () => {
  it('carry a code and the field to blame', () => {
    const e = new DialogueTimeError('unknown_time_zone', 'nope', 'sites[1].zone');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.field]).toEqual(['DialogueTimeError', 'unknown_time_zone', 'sites[1].zone']);
  });
  it('name the gap a local time fell into', () => {
    const e = new LocalTimeGapError(
      { date: '2026-03-08', time: '02:30' },
      {
        zone: 'America/New_York',
        start: { date: '2026-03-08', time: '02:00' },
        end: { date: '2026-03-08', time: '03:00' },
        minutes: 60,
        transitionUtc: '2026-03-08T07:00:00.000Z',
        offsetBeforeMinutes: -300,
        offsetAfterMinutes: -240,
      },
    );
    expect(e).toBeInstanceOf(DialogueTimeError);
    expect(e.code).toBe('local_time_in_gap');
    expect(e.message).toBe(
      '2026-03-08 02:30 does not exist in America/New_York: clocks jumped from 2026-03-08 02:00 to 2026-03-08 03:00',
    );
  });
});
