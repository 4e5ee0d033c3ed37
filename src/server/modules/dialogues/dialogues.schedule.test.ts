import { describe, expect, it } from 'vitest';
import { JUNE_2011_START, june2011, parseIcs, schedule } from './calendar-test-kit.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

const download = async (id: string, as = kit.owner) => {
  const res = await as.get(`/api/v1/dialogues/${id}/calendar.ics`);
  expect(res.statusCode, res.body).toBe(200);
  return parseIcs(res.body);
};

describe('scheduling', () => {
  it('reads Washington 23:00 EDT on 28 June 2011 as 03:00 UTC on the 29th, in the API and in the .ics', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.post(`/api/v1/dialogues/${d.id}/schedule`, JUNE_2011_START);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      startsAt: '2011-06-29T03:00:00.000Z',
      status: 'scheduled',
      cancelledAt: null,
    });
    const file = await visitor(kit.t, 'GET', `/api/v1/dialogues/${d.id}/calendar.ics`);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="capacity-development-for-south-south-knowledge-exchange.ics"',
    );
    expect(file.body).toMatch(/^DTSTART:20110629T030000Z\r$/m);
    const ics = parseIcs(file.body);
    expect(ics).toMatchObject({
      method: 'PUBLISH',
      sequence: 0,
      start: '2011-06-29T03:00:00Z',
      end: '2011-06-29T06:00:00Z',
      startInstant: '2011-06-29T03:00:00.000Z',
      status: 'CONFIRMED',
      summary: 'Capacity development for South-South knowledge exchange',
      location: 'Video dialogue: Washington, Mexico City, Bogotá, Jakarta, New Delhi, Singapore, Beijing',
      attendees: [],
    });
    expect(ics.uid).toMatch(new RegExp(`^${d.id}@kxhub$`));
    expect(ics.organizer).toBe('MAILTO:no-reply@kxhub.localhost');
    // The venue table: the Americas on Tuesday the 28th, Asia on Wednesday the 29th.
    expect(ics.description).toContain('Tuesday, June 28, 2011');
    expect(ics.description).toMatch(/Washington\s+23:00–02:00 \(\+1\)\s+UTC-04:00 EDT/);
    expect(ics.description).toContain('Wednesday, June 29, 2011');
    expect(ics.description).toMatch(/New Delhi\s+08:30–11:30\s+UTC\+05:30/);
    expect(ics.description).toMatch(/Beijing\s+11:00–14:00/);
  });

  it('keeps the UID and raises the SEQUENCE on every move, cancellation and restoration', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const first = await download(d.id);
    expect(first.sequence).toBe(0);

    // The same start again changes nothing.
    await schedule(kit.owner, d.id, { start: '2011-06-29T03:00:00Z' });
    expect((await download(d.id)).sequence).toBe(0);

    const moved = await schedule(kit.owner, d.id, { start: '2011-06-30T03:00:00+00:00' });
    expect(moved.startsAt).toBe('2011-06-30T03:00:00.000Z');
    const second = await download(d.id);
    expect([second.uid, second.sequence, second.start]).toEqual([first.uid, 1, '2011-06-30T03:00:00Z']);

    const cancel = await kit.owner.post(`/api/v1/dialogues/${d.id}/cancel`, { reason: 'Network outage' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().cancelledAt).toBe(kit.t.clock.now().toISOString());
    const cancelled = await download(d.id);
    expect([cancelled.uid, cancelled.sequence, cancelled.status]).toEqual([first.uid, 2, 'CANCELLED']);
    expect(cancelled.description).toMatch(/^This dialogue has been cancelled\./);

    // Scheduling again, even at the same time, restores it.
    const restored = await schedule(kit.owner, d.id, { start: '2011-06-30T03:00:00Z' });
    expect(restored.cancelledAt).toBeNull();
    const back = await download(d.id);
    expect([back.uid, back.sequence, back.status]).toEqual([first.uid, 3, 'CONFIRMED']);
  });

  it('raises the SEQUENCE when an edit changes time or place of a scheduled dialogue, not otherwise', async () => {
    const planning = await buildDialogue(kit.owner, kit.org.id);
    await kit.owner.patch(`/api/v1/dialogues/${planning.id}`, { durationMinutes: 120 });
    await schedule(kit.owner, planning.id, JUNE_2011_START);
    expect((await download(planning.id)).sequence).toBe(0);

    const d = await june2011(kit.owner, kit.org.id);
    const seq = async () => (await download(d.id)).sequence;
    const patch = async (body: object) => {
      const res = await kit.owner.patch(`/api/v1/dialogues/${d.id}`, body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { sites: { id: string; position: number; city: string }[] };
    };
    await patch({ visibility: 'network', defaultLocale: 'en' });
    expect(await seq()).toBe(0);
    await patch({ durationMinutes: 150 });
    expect(await seq()).toBe(1);
    await patch({
      title: { en: 'Capacity development for South-South knowledge exchange', es: 'Desarrollo' },
    });
    expect(await seq()).toBe(2);
    // The same title in another key order is no change.
    await patch({
      title: { es: 'Desarrollo', en: 'Capacity development for South-South knowledge exchange' },
    });
    expect(await seq()).toBe(2);
    const now = await patch({});
    // The same sites sent back unchanged are no change either.
    const sites = now.sites.map(({ position: _, ...site }) => site);
    await patch({ sites });
    expect(await seq()).toBe(2);
    await patch({ sites: [...sites.slice(0, 6), { ...sites[6]!, city: 'Beijing (CDB)' }] });
    expect(await seq()).toBe(3);
    const ics = await download(d.id);
    expect(ics.end).toBe('2011-06-29T05:30:00Z');
    expect(ics.location).toContain('Beijing (CDB)');
  });
});

describe('daylight saving', () => {
  it('converts local starts on both sides of the March 2026 change in New York', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const at = async (date: string, time: string) =>
      (await schedule(kit.owner, d.id, { date, time, zone: 'America/New_York' })).startsAt;
    expect(await at('2026-03-07', '09:00')).toBe('2026-03-07T14:00:00.000Z'); // EST, UTC-5
    expect(await at('2026-03-08', '09:00')).toBe('2026-03-08T13:00:00.000Z'); // EDT from 02:00
    expect(await at('2026-03-08', '01:30')).toBe('2026-03-08T06:30:00.000Z'); // still EST
    const ics = await download(d.id);
    expect(ics.start).toBe('2026-03-08T06:30:00Z');
    // And read back on every site's clock: Mexico City no longer changes its clocks (since 2022).
    expect(ics.description).toMatch(/Mexico City\s+00:30–03:30\s+UTC-06:00/);
  });

  it('refuses a local time inside the gap, naming time, in the reader’s language', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.post(`/api/v1/dialogues/${d.id}/schedule?locale=es`, {
      date: '2026-03-08',
      time: '02:30',
      zone: 'America/New_York',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'time' });
    expect(res.json().error.message).toContain('2026-03-08 02:30 no existe en America/New_York');
    const after = await kit.owner.get(`/api/v1/dialogues/${d.id}`);
    expect(after.json()).toMatchObject({ status: 'planning', startsAt: null });
  });
});
