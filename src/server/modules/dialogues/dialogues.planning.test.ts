import { describe, expect, it } from 'vitest';
import { toLocal } from '../../../shared/dialogues/index.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

type Slot = {
  startUtc: string;
  score: number;
  sites: { city: string; timeZone: string; date: string; start: string; end: string; discomfort: number }[];
};

describe('slot finder', () => {
  it('ranks candidate starts for the dialogue’s sites, with each site’s local time', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id, {
      durationMinutes: 120,
      sites: [
        { city: 'Bogotá', timeZone: 'America/Bogota' },
        { city: 'Madrid', timeZone: 'Europe/Madrid', holidays: ['2026-05-19'] },
        { city: 'Jakarta', timeZone: 'Asia/Jakarta' },
      ],
    });
    const res = await kit.owner.post(`/api/v1/dialogues/${d.id}/slots`, {
      fromDate: '2026-05-18',
      toDate: '2026-05-22',
      zone: 'America/Bogota',
      limit: 10,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { candidates, considered, eligible } = res.json() as {
      candidates: Slot[];
      considered: number;
      eligible: number;
    };
    expect(candidates).toHaveLength(10);
    expect(eligible).toBeLessThan(considered);
    const scores = candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    for (const c of candidates) {
      expect(c.sites.map((s) => s.city)).toEqual(['Bogotá', 'Madrid', 'Jakarta']);
      for (const s of c.sites) {
        const local = toLocal(c.startUtc, s.timeZone);
        expect([s.date, s.start]).toEqual([local.date, local.time]);
      }
      // Madrid's holiday is never proposed there.
      expect(c.sites[1]!.date).not.toBe('2026-05-19');
    }
  });
});

describe('venue table', () => {
  it('groups the June 2011 sites by local day: the Americas on the 28th, Asia on the 29th', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await visitor(kit.t, 'GET', `/api/v1/dialogues/${d.id}/venues?start=2011-06-29T03:00:00Z`);
    expect(res.statusCode, res.body).toBe(200);
    const table = res.json() as {
      endUtc: string;
      days: { date: string; rows: { city: string; start: { time: string } }[] }[];
    };
    expect(table.endUtc).toBe('2011-06-29T06:00:00.000Z');
    const byDay = table.days.map((day) => [day.date, day.rows.map((r) => r.city).sort()]);
    expect(byDay).toEqual([
      ['2011-06-28', ['Bogotá', 'Mexico City', 'Washington']],
      ['2011-06-29', ['Beijing', 'Jakarta', 'New Delhi', 'Singapore']],
    ]);
    const times = Object.fromEntries(
      table.days.flatMap((day) => day.rows.map((r) => [r.city, r.start.time])),
    );
    expect(times).toMatchObject({
      Washington: '23:00',
      'Mexico City': '22:00',
      'New Delhi': '08:30',
      Beijing: '11:00',
    });
  });

  it('accepts the start as a local time in a zone', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.get(
      `/api/v1/dialogues/${d.id}/venues?date=2011-06-28&time=23:00&zone=America/New_York`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().startUtc).toBe('2011-06-29T03:00:00.000Z');
  });
});
