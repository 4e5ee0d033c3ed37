import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetChanges, offsetTimeline, segmentAt, timelineOffsetMs } from './timeline.js';

const at = (iso: string) => Date.parse(iso);

describe('offsetTimeline', () => {
  it('finds London’s March change to the second', () => {
    const t = offsetTimeline('Europe/London', at('2026-03-16T00:00:00Z'), at('2026-04-13T00:00:00Z'));
    expect(t.starts).toEqual([at('2026-03-16T00:00:00Z'), at('2026-03-29T01:00:00Z')]);
    expect(t.offsetsMs).toEqual([0, 3_600_000]);
    expect(offsetChanges(t)).toEqual([
      { at: at('2026-03-29T01:00:00Z'), offsetBeforeMinutes: 0, offsetAfterMinutes: 60 },
    ]);
  });
  it('is one segment where nothing changes', () => {
    const t = offsetTimeline('Asia/Kolkata', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(t.offsetsMs).toEqual([330 * 60_000]);
  });
  it('catches a change at the very end of the span', () => {
    const t = offsetTimeline('America/New_York', at('2026-03-01T00:00:00Z'), at('2026-03-08T07:00:00Z'));
    expect(offsetChanges(t).map((c) => c.at)).toEqual([at('2026-03-08T07:00:00Z')]);
  });
  it('bisects exactly however far apart the probes are, but misses changes that cancel out', () => {
    const long = 400 * 86_400_000;
    const spring = offsetTimeline(
      'America/New_York',
      at('2026-01-01T00:00:00Z'),
      at('2026-06-01T00:00:00Z'),
      long,
    );
    expect(spring.starts.slice(1)).toEqual([at('2026-03-08T07:00:00Z')]);
    // Over a whole year both ends read EST: with one probe, March and November go unseen. This
    // is why the default probes once a day; no zone changes and changes back within a day.
    const year = offsetTimeline(
      'America/New_York',
      at('2026-01-01T00:00:00Z'),
      at('2026-12-31T00:00:00Z'),
      long,
    );
    expect(year.starts).toHaveLength(1);
    expect(offsetTimeline('America/New_York', year.from, year.to).starts).toHaveLength(3);
  });
  it.each([
    'America/New_York',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Africa/Casablanca',
    'Africa/Cairo',
    'Europe/Moscow',
  ])('agrees with luxon every hour of 2026 (and 2014) in %s', (zone) => {
    const z = IANAZone.create(zone);
    for (const year of [2014, 2026]) {
      const from = at(`${year}-01-01T00:00:00Z`);
      const to = at(`${year + 1}-01-01T00:00:00Z`);
      const t = offsetTimeline(zone, from, to);
      const wrong: number[] = [];
      for (let ms = from; ms <= to; ms += 3_600_000)
        if (timelineOffsetMs(t, ms) !== z.offset(ms) * 60_000) wrong.push(ms);
      expect(wrong).toEqual([]);
    }
  });
});

describe('segmentAt', () => {
  it('finds the segment holding an instant, the first before the span', () => {
    const t = { zone: 'X', from: 0, to: 100, starts: [0, 10, 20], offsetsMs: [1, 2, 3] };
    expect([-5, 0, 9, 10, 19, 20, 99].map((ms) => segmentAt(t, ms))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
