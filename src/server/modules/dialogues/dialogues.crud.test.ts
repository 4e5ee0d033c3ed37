import { describe, expect, it } from 'vitest';
import { postCreated } from '../../test/requests.js';
import { buildDialogue, JUNE_2011_SITES, setUpDialogueKit } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

describe('dialogue series', () => {
  it('creates, reads, updates and lists a series, auditing each write', async () => {
    const { owner, org, t } = kit;
    const s = await postCreated<{
      id: string;
      title: Record<string, string>;
      abilities: Record<string, boolean>;
    }>(owner, '/api/v1/dialogue-series', {
      convenerOrganisationId: org.id,
      title: { en: 'Capacity development for SSKE' },
      goal: { en: 'Map ideas' },
    });
    expect(s.title).toEqual({ en: 'Capacity development for SSKE' });
    expect(s.abilities.update).toBe(true);
    const patched = await owner.patch(`/api/v1/dialogue-series/${s.id}`, { title: { en: 'SSKE series' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().title).toEqual({ en: 'SSKE series' });
    expect(patched.json().goal).toEqual({ en: 'Map ideas' });
    const list = await owner.get('/api/v1/dialogue-series');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(s.id);
    const trail = await t.runtime.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'dialogue_series')
      .where('entity_id', '=', s.id)
      .orderBy('id')
      .execute();
    expect(trail.map((r) => r.action)).toEqual(['dialogue_series.create', 'dialogue_series.update']);
  });
});

describe('dialogues', () => {
  it('creates a dialogue with its sites in order, defaults and a calendar UID', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    expect(d.sites.map((s) => s.city)).toEqual(JUNE_2011_SITES.map((s) => s.city));
    expect(d.sites[0]).toMatchObject({ timeZone: 'America/New_York', preferredFrom: '07:00', holidays: [] });
    const row = await kit.t.runtime.deps.db
      .selectFrom('dialogues')
      .select(['ics_uid', 'status'])
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(row.ics_uid).toBe(`${d.id}@kxhub`);
    expect(row.status).toBe('planning');
  });

  it('replaces the sites as a whole list on patch, and audits it', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.patch(`/api/v1/dialogues/${d.id}`, {
      durationMinutes: 120,
      sites: [
        { city: 'Bogotá', timeZone: 'America/Bogota', holidays: ['2011-06-27'] },
        { city: 'Jakarta', timeZone: 'Asia/Jakarta', preferredFrom: '08:00', preferredTo: '24:00' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.durationMinutes).toBe(120);
    expect(body.sites.map((s: { city: string }) => s.city)).toEqual(['Bogotá', 'Jakarta']);
    expect(body.sites[0].holidays).toEqual(['2011-06-27']);
    expect(body.sites[1]).toMatchObject({ preferredFrom: '08:00', preferredTo: '24:00' });
    const trail = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'dialogue')
      .where('entity_id', '=', d.id)
      .execute();
    expect(trail.map((r) => r.action)).toEqual(['dialogue.create', 'dialogue.update']);
  });

  it('lists the dialogues of a series', async () => {
    const s = await postCreated(kit.owner, '/api/v1/dialogue-series', {
      convenerOrganisationId: kit.org.id,
      title: { en: 'A series' },
    });
    const inSeries = await buildDialogue(kit.owner, kit.org.id, { seriesId: s.id });
    await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.get(`/api/v1/dialogues?series=${s.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: inSeries.id, siteCount: 7, seriesId: s.id }),
    ]);
  });

  it('hides an organisation-only dialogue from others (404) and lists it only for its members', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id, { visibility: 'organisation' });
    expect((await kit.outsider.get(`/api/v1/dialogues/${d.id}`)).statusCode).toBe(404);
    expect((await kit.owner.get(`/api/v1/dialogues/${d.id}`)).statusCode).toBe(200);
    const ids = (await kit.outsider.get('/api/v1/dialogues')).json().items.map((i: { id: string }) => i.id);
    expect(ids).not.toContain(d.id);
  });
});
