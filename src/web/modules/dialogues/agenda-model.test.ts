import { describe, expect, it } from 'vitest';
import { SEGMENT_KINDS } from '../../../shared/dialogues/index.js';
import {
  agendaBodyOf,
  agendaTotals,
  emptySegment,
  localStarts,
  openAgenda,
  restoredIsStale,
  SEGMENT_KIND_OPTIONS,
  type SegmentDraft,
  sameRows,
  segmentsOf,
  startOffsets,
} from './agenda-model.js';
import { fixtureDialogue } from './planner-fixtures.js';
import { moveRow } from './summary-rows.js';
import type { AgendaResult } from './types.js';

const row = (key: string, minutes: string, patch: Partial<SegmentDraft> = {}): SegmentDraft => ({
  ...emptySegment('presentation', minutes),
  key,
  ...patch,
});

/** An agenda as the API answers it: one segment, saved four times. */
const SAVED: AgendaResult = {
  dialogueId: 'd1',
  startsAt: null,
  durationMinutes: 180,
  totalMinutes: 10,
  endOffsetMinutes: 10,
  remainingMinutes: 170,
  problems: [],
  revision: 4,
  segments: [
    {
      id: 'seg-1',
      position: 0,
      kind: 'qa',
      title: { en: 'Q&A' },
      minutes: 10,
      siteId: null,
      countryCode: 'IN',
      speaker: '',
      moderator: 'Li',
      startOffsetMinutes: 0,
      endOffsetMinutes: 10,
      startUtc: null,
      endUtc: null,
      local: [],
    },
  ],
};

describe('moveRow', () => {
  const rows = ['a', 'b', 'c', 'd'];
  it('moves a row to another place, the others keeping their order', () => {
    expect(moveRow(rows, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveRow(rows, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveRow(rows, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });
  it('keeps the target inside the list and leaves the list alone for a row that is not there', () => {
    expect(moveRow(rows, 0, 9)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveRow(rows, 2, -1)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveRow(rows, 7, 0)).toEqual(rows);
    expect(moveRow(rows, 1, 1)).not.toBe(rows);
  });
});

describe('agenda timing', () => {
  const rows = [row('w', '10'), row('p', '90'), row('x', 'soon'), row('q', '95')];

  it('adds up whole minutes, counting a length being typed as nothing, and warns when too long', () => {
    expect(agendaTotals(rows, 180)).toEqual({ total: 195, remaining: -15, tooLong: true });
    expect(agendaTotals(rows.slice(0, 2), 180)).toEqual({ total: 100, remaining: 80, tooLong: false });
    expect(startOffsets(rows)).toEqual([0, 10, 100, 100]);
  });

  it('shows each start on every site’s clock, with the day it falls on', () => {
    // 28 June 2011, 13:00 UTC: 09:00 in Washington, 08:00 in Bogotá, 20:00 in Jakarta, 21:00 in Beijing.
    const starts = localStarts(rows, fixtureDialogue(), 'en-GB');
    expect(starts[0]?.map((s) => s.time)).toEqual(['09:00', '08:00', '20:00', '21:00']);
    expect(starts[1]?.map((s) => s.time)).toEqual(['09:10', '08:10', '20:10', '21:10']);
    // 100 minutes in: 22:40 in Beijing; 195 minutes… the last row starts at 14:40 UTC.
    expect(starts[3]?.find((s) => s.siteId === 's-pek')).toEqual({
      siteId: 's-pek',
      time: '22:40',
      dayShift: 0,
    });
    const late = localStarts([row('a', '200'), row('b', '10')], fixtureDialogue(), 'en-GB');
    expect(late[1]?.find((s) => s.siteId === 's-pek')).toEqual({
      siteId: 's-pek',
      time: '00:20',
      dayShift: 1,
    });
    expect(localStarts(rows, fixtureDialogue({ startsAt: null }), 'en-GB')).toEqual([[], [], [], []]);
  });

  it('follows daylight saving: an hour later on the clock after the clocks go forward', () => {
    // New York springs forward at 07:00 UTC on 8 March 2026; a segment three hours in lands after it.
    const d = fixtureDialogue({ startsAt: '2026-03-08T05:00:00Z' });
    const starts = localStarts([row('a', '180'), row('b', '10')], d, 'en-GB');
    expect(starts[0]?.[0]?.time).toBe('00:00');
    expect(starts[1]?.[0]?.time).toBe('04:00');
  });
});

describe('agenda ↔ API', () => {
  it('sends the rows in order, blank texts left out, a length not yet a number as NaN (the API names it)', () => {
    const body = agendaBodyOf(
      [
        row('a', ' 15 ', {
          id: 'seg-1',
          kind: 'welcome',
          title: { en: ' Welcome ', es: '' },
          siteId: 's-was',
        }),
        row('b', '1O', { countryCode: 'MX', speaker: '  Ana ' }),
      ],
      ['en', 'es'],
    );
    expect(body.segments[0]).toEqual({
      id: 'seg-1',
      kind: 'welcome',
      title: { en: 'Welcome' },
      minutes: 15,
      siteId: 's-was',
      countryCode: null,
      speaker: '',
      moderator: '',
    });
    expect(body.segments[1]).toMatchObject({
      minutes: Number.NaN,
      countryCode: 'MX',
      speaker: 'Ana',
      siteId: null,
    });
    expect(body.segments[1]).not.toHaveProperty('id');
  });

  it('reads a saved agenda back into rows keyed by their ids', () => {
    const rows = segmentsOf(SAVED);
    expect(rows).toEqual([
      {
        key: 'seg-1',
        id: 'seg-1',
        kind: 'qa',
        title: { en: 'Q&A' },
        minutes: '10',
        siteId: '',
        countryCode: 'IN',
        speaker: '',
        moderator: 'Li',
      },
    ]);
  });

  it('offers every kind of segment the API knows', () => {
    expect([...SEGMENT_KIND_OPTIONS].sort()).toEqual([...SEGMENT_KINDS].sort());
    expect(emptySegment().key).not.toBe(emptySegment().key);
  });
});

describe('two conveners on one agenda', () => {
  const saved = openAgenda(SAVED);
  const edited = [{ ...saved.rows[0]!, minutes: '25' }];

  it('starts from the saved agenda’s revision and sends it back with the rows', () => {
    expect(saved.base).toBe(4);
    const body = agendaBodyOf(saved.rows, ['en'], saved.base);
    expect(body.baseRevision).toBe(4);
    expect(body.segments).toHaveLength(1);
    // An API caller that leaves it out saves regardless: the editor always sends one.
    expect(agendaBodyOf(saved.rows, ['en'])).not.toHaveProperty('baseRevision');
  });

  it('tells rows that send the same agenda from rows that do not', () => {
    expect(sameRows(saved.rows, segmentsOf(SAVED), ['en'])).toBe(true);
    expect(sameRows(edited, saved.rows, ['en'])).toBe(false);
    // Texts in a language not written in are not sent, so they make no difference.
    const unsent = [{ ...saved.rows[0]!, title: { en: 'Q&A', fr: '  ' } }];
    expect(sameRows(unsent, saved.rows, ['en', 'fr'])).toBe(true);
  });

  it('finds a restored draft stale only when the agenda was saved since and the draft differs', () => {
    expect(restoredIsStale({ rows: edited, base: 4 }, SAVED, ['en'])).toBe(false); // mine to continue
    expect(restoredIsStale({ rows: edited, base: 3 }, SAVED, ['en'])).toBe(true); // saved since: choose
    // Nothing of mine to lose: it continues from the saved agenda.
    expect(restoredIsStale({ rows: saved.rows, base: 3 }, SAVED, ['en'])).toBe(false);
  });
});
