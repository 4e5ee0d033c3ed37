import { describe, expect, it } from 'vitest';
import type { AgendaResult, Dialogue } from '../../../shared/contracts/dialogues.js';
import { agendaGrid } from './record-agenda.js';
import { formatMinutes } from './record-format.js';

const site = (id: string, city: string, timeZone: string) =>
  ({ id, city, timeZone }) as Dialogue['sites'][number];
const SITES = [site('was', 'Washington', 'America/New_York'), site('jkt', 'Jakarta', 'Asia/Jakarta')];

const segment = (
  id: string,
  offset: number,
  local: [string, string, string][],
  siteId: string | null = null,
) =>
  ({
    id,
    kind: 'presentation',
    title: {},
    minutes: 30,
    siteId,
    startOffsetMinutes: offset,
    local: local.map(([s, date, time]) => ({ siteId: s, date, time, weekday: 2 })),
  }) as unknown as AgendaResult['segments'][number];

describe('the agenda grid', () => {
  it('puts each segment’s start under each site, marking a start on a later local day', () => {
    const { columns, rows } = agendaGrid(
      {
        segments: [
          segment('s1', 0, [
            ['was', '2011-06-28', '23:00'],
            ['jkt', '2011-06-29', '10:00'],
          ]),
          segment(
            's2',
            90,
            [
              ['was', '2011-06-29', '00:30'],
              ['jkt', '2011-06-29', '11:30'],
            ],
            'jkt',
          ),
        ],
      },
      SITES,
    );
    expect(columns.map((c) => [c.city, c.date])).toEqual([
      ['Washington', '2011-06-28'],
      ['Jakarta', '2011-06-29'],
    ]);
    expect(rows[1]?.cells.get('was')).toEqual({ time: '00:30', date: '2011-06-29', dayShift: 1 });
    expect(rows[1]?.cells.get('jkt')?.dayShift).toBe(0);
    expect(rows[1]?.siteCity).toBe('Jakarta');
    expect(rows[0]?.siteCity).toBeNull();
  });

  it('has columns without dates and empty cells while there is no start', () => {
    const { columns, rows } = agendaGrid({ segments: [segment('s1', 0, [])] }, SITES);
    expect(columns.every((c) => c.date === null)).toBe(true);
    expect(rows[0]?.cells.size).toBe(0);
  });
});

describe('lengths', () => {
  it('are said in hours and minutes', () => {
    const words = { h: 'h', min: 'min' };
    expect(formatMinutes(180, words)).toBe('3 h');
    expect(formatMinutes(90, words)).toBe('1 h 30 min');
    expect(formatMinutes(45, words)).toBe('45 min');
    expect(formatMinutes(0, words)).toBe('0 min');
  });
});
