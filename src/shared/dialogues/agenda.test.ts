import { describe, expect, it } from 'vitest';
import { type AgendaSegment, checkAgenda, moveSegment, SEGMENT_KINDS, timeAgenda } from './agenda.js';

const seg = (
  id: string,
  minutes: number,
  extra: Partial<AgendaSegment> = {},
): AgendaSegment & { title: string } => ({
  id,
  kind: 'presentation',
  minutes,
  title: `Segment ${id}`,
  ...extra,
});
const SITES = [
  { id: 'washington', zone: 'America/New_York' },
  { id: 'delhi', zone: 'Asia/Kolkata' },
];
const plan = { start: '2011-06-28T13:00:00Z', durationMinutes: 180, sites: SITES };

describe('timeAgenda', () => {
  it('lays segments end to end with their instants and every site’s start', () => {
    const agenda = [
      seg('welcome', 10, { kind: 'welcome' }),
      seg('mexico', 20),
      seg('qa', 15, { kind: 'qa' }),
    ];
    const t = timeAgenda(agenda, plan);
    expect(
      t.segments.map((s) => [s.segment.title, s.startOffsetMinutes, s.endOffsetMinutes, s.startUtc]),
    ).toEqual([
      ['Segment welcome', 0, 10, '2011-06-28T13:00:00.000Z'],
      ['Segment mexico', 10, 30, '2011-06-28T13:10:00.000Z'],
      ['Segment qa', 30, 45, '2011-06-28T13:30:00.000Z'],
    ]);
    expect(t.segments[2]!.endUtc).toBe('2011-06-28T13:45:00.000Z');
    expect(t.segments[1]!.local).toEqual([
      { siteId: 'washington', date: '2011-06-28', time: '09:10', weekday: 2 },
      { siteId: 'delhi', date: '2011-06-28', time: '18:40', weekday: 2 },
    ]);
    expect([t.totalMinutes, t.endOffsetMinutes, t.remainingMinutes, t.problems]).toEqual([45, 45, 135, []]);
  });

  it('says how many minutes an agenda runs over', () => {
    const t = timeAgenda([seg('a', 120), seg('b', 75)], plan);
    expect(t.remainingMinutes).toBe(-15);
    expect(t.problems).toEqual([
      { code: 'too_long', overMinutes: 15, endOffsetMinutes: 195, durationMinutes: 180 },
    ]);
  });

  it('reports empty and negative segments and keeps the others in place', () => {
    const t = timeAgenda(
      [seg('a', 30), seg('zero', 0), seg('neg', -5), seg('half', 7.5), seg('b', 30)],
      plan,
    );
    expect(t.problems).toEqual([
      { code: 'invalid_length', segmentId: 'zero', minutes: 0 },
      { code: 'invalid_length', segmentId: 'neg', minutes: -5 },
      { code: 'invalid_length', segmentId: 'half', minutes: 7.5 },
    ]);
    expect(t.segments.map((s) => s.startOffsetMinutes)).toEqual([0, 30, 30, 30, 30]);
    expect(t.totalMinutes).toBe(60);
  });

  it('honours explicit starts, leaves gaps alone and reports overlaps', () => {
    const agenda = [
      seg('a', 30),
      seg('b', 30, { startOffsetMinutes: 40 }),
      seg('c', 30, { startOffsetMinutes: 60 }),
      seg('d', 10),
    ];
    const t = timeAgenda(agenda, plan);
    expect(t.segments.map((s) => [s.startOffsetMinutes, s.endOffsetMinutes])).toEqual([
      [0, 30],
      [40, 70],
      [60, 90],
      [90, 100],
    ]);
    expect(t.problems).toEqual([{ code: 'overlap', segmentId: 'c', withSegmentId: 'b', minutes: 10 }]);
  });

  it('reports a segment placed before the start, one inside another, and repeated ids', () => {
    const problems = checkAgenda(
      [
        seg('a', 60),
        seg('inner', 10, { startOffsetMinutes: 20 }),
        seg('early', 5, { startOffsetMinutes: -10 }),
        seg('a', 5, { startOffsetMinutes: 100 }),
      ],
      180,
    );
    expect(problems).toEqual([
      { code: 'starts_before_dialogue', segmentId: 'early', startOffsetMinutes: -10 },
      { code: 'duplicate_id', segmentId: 'a' },
      { code: 'overlap', segmentId: 'inner', withSegmentId: 'a', minutes: 10 },
    ]);
  });

  it('refuses a bad dialogue duration or start', () => {
    expect(() => timeAgenda([], { ...plan, durationMinutes: 0 })).toThrow(/durationMinutes/);
    expect(() => timeAgenda([], { ...plan, start: '2011-06-28T09:00' })).toThrow(/instant/);
    expect(timeAgenda([], plan)).toMatchObject({
      segments: [],
      endOffsetMinutes: 0,
      remainingMinutes: 180,
      problems: [],
    });
  });
});

describe('moveSegment', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves an item forwards and backwards, leaving the original alone', () => {
    expect(moveSegment(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveSegment(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveSegment(list, 1, 1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });
  it('clamps the target and ignores a source outside the list', () => {
    expect(moveSegment(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveSegment(list, 2, -3)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveSegment(list, 7, 0)).toEqual(list);
    expect(moveSegment([], 0, 0)).toEqual([]);
  });
});

it('knows the segment kinds of a dialogue', () =>
  expect(SEGMENT_KINDS).toEqual([
    'welcome',
    'presentation',
    'qa',
    'discussion',
    'summary',
    'next_steps',
    'break',
    'other',
  ]));
