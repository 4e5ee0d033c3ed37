import { describe, expect, it } from 'vitest';
import { JUNE_2011_START, june2011, putParticipants } from './calendar-test-kit.js';
import { buildDialogue, dialogueInput, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

const errorOf = (res: { statusCode: number; json(): unknown }) =>
  [res.statusCode, (res.json() as { error: { field?: string; message: string } }).error] as const;

describe('who may schedule, cancel, invite and read the calendar', () => {
  const writes = (id: string, pid: string) =>
    [
      ['POST', `/api/v1/dialogues/${id}/schedule`, JUNE_2011_START],
      ['POST', `/api/v1/dialogues/${id}/cancel`, {}],
      ['PUT', `/api/v1/dialogues/${id}/participants`, { participants: [] }],
      ['POST', `/api/v1/dialogues/${id}/invitations`, {}],
      ['POST', `/api/v1/dialogues/${id}/calendar-link`, undefined],
      ['GET', `/api/v1/dialogues/${id}/participants/${pid}/calendar.ics`, undefined],
    ] as const;

  it('asks visitors to sign in (401) and refuses an editor of another organisation (403)', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const [p] = await putParticipants(kit.owner, d.id, [
      { siteId: d.sites[0]!.id, name: 'Ana', email: 'ana@example.org' },
    ]);
    for (const [method, url, payload] of writes(d.id, p!.id)) {
      const anon = await visitor(kit.t, method, url, payload);
      expect(anon.statusCode, `${method} ${url} ${anon.body}`).toBe(401);
      const res = await kit.outsider.request({ method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(403);
    }
    // Reading what the dialogue shows anyone is open to them.
    expect((await kit.outsider.get(`/api/v1/dialogues/${d.id}/calendar.ics`)).statusCode).toBe(200);
    expect((await visitor(kit.t, 'GET', `/api/v1/dialogues/${d.id}/participants`)).statusCode).toBe(200);
  });

  it('hides a dialogue of the organisation only (404) from those outside it, for every route', async () => {
    const d = await june2011(kit.owner, kit.org.id, { visibility: 'organisation' });
    const reads = [`/api/v1/dialogues/${d.id}/calendar.ics`, `/api/v1/dialogues/${d.id}/participants`];
    for (const url of reads) {
      expect((await visitor(kit.t, 'GET', url)).statusCode, url).toBe(404);
      expect((await kit.outsider.get(url)).statusCode, url).toBe(404);
      expect((await kit.owner.get(url)).statusCode, url).toBe(200);
    }
    for (const [method, url, payload] of writes(d.id, d.id)) {
      const res = await kit.outsider.request({ method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('lets a broker convene: schedule and make the link', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.broker.post(`/api/v1/dialogues/${d.id}/schedule`, JUNE_2011_START);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().abilities).toMatchObject({ schedule: true, invite: true });
    expect((await kit.broker.post(`/api/v1/dialogues/${d.id}/calendar-link`)).statusCode).toBe(201);
  });
});

describe('refusals with named fields', () => {
  it('refuses a download, invitations or a cancellation before the dialogue has a start (409)', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const [status, error] = errorOf(await kit.owner.get(`/api/v1/dialogues/${d.id}/calendar.ics`));
    expect(status).toBe(409);
    expect(error).toMatchObject({
      field: 'startsAt',
      message: 'startsAt: the dialogue has no start yet; schedule it first.',
    });
    expect((await kit.owner.post(`/api/v1/dialogues/${d.id}/invitations`, {})).statusCode).toBe(409);
    expect((await kit.owner.post(`/api/v1/dialogues/${d.id}/cancel`, {})).statusCode).toBe(409);
  });

  it('refuses unknown zones, half-given starts and dialogues without sites', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/schedule`;
    const zone = errorOf(await kit.owner.post(url, { ...JUNE_2011_START, zone: 'Mars/Olympus_Mons' }));
    expect(zone).toMatchObject([400, { field: 'zone' }]);
    expect(errorOf(await kit.owner.post(url, { date: '2011-06-28' }))).toMatchObject([
      400,
      { field: 'start' },
    ]);
    expect(errorOf(await kit.owner.post(url, { start: '2011-06-29 03:00' }))).toMatchObject([
      400,
      { field: 'start' },
    ]);
    const empty = await buildDialogue(kit.owner, kit.org.id, { sites: [] });
    const none = errorOf(await kit.owner.post(`/api/v1/dialogues/${empty.id}/schedule`, JUNE_2011_START));
    expect(none).toMatchObject([400, { field: 'sites' }]);
  });

  it('keeps held dialogues’ dates and refuses a second cancellation or invitations once cancelled', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const cancel = () => kit.owner.post(`/api/v1/dialogues/${d.id}/cancel`, { notify: false });
    expect((await cancel()).statusCode).toBe(200);
    expect(errorOf(await cancel())).toMatchObject([409, { field: 'cancelledAt' }]);
    const invite = errorOf(await kit.owner.post(`/api/v1/dialogues/${d.id}/invitations?locale=fr`, {}));
    expect(invite).toMatchObject([409, { message: expect.stringContaining('le dialogue est annulé') }]);

    const held = await june2011(kit.owner, kit.org.id);
    await kit.t.runtime.deps.db
      .updateTable('dialogues')
      .set({ status: 'held' })
      .where('id', '=', held.id)
      .execute();
    const again = errorOf(await kit.owner.post(`/api/v1/dialogues/${held.id}/schedule`, JUNE_2011_START));
    expect(again).toMatchObject([409, { field: 'status' }]);
    expect(again[1].message).toContain('cannot be rescheduled');
    expect((await kit.owner.post(`/api/v1/dialogues/${held.id}/cancel`, {})).statusCode).toBe(409);
  });

  it('refuses a site in an unknown country (400 on sites.N.countryCode) instead of failing', async () => {
    const sites = [
      { city: 'Bogotá', countryCode: 'CO', timeZone: 'America/Bogota' },
      { city: 'Atlantis', countryCode: 'XX', timeZone: 'Atlantic/Azores' },
    ];
    const created = await kit.owner.post('/api/v1/dialogues?locale=es', dialogueInput(kit.org.id, { sites }));
    expect(errorOf(created)).toEqual([
      400,
      {
        code: 'bad_request',
        field: 'sites.1.countryCode',
        message: 'sites.1.countryCode: XX no es un país conocido.',
      },
    ]);
    const d = await buildDialogue(kit.owner, kit.org.id);
    const patched = await kit.owner.patch(`/api/v1/dialogues/${d.id}`, { sites: [sites[1]] });
    expect(errorOf(patched)).toMatchObject([400, { field: 'sites.0.countryCode' }]);
    expect((await kit.owner.get(`/api/v1/dialogues/${d.id}`)).json().sites).toHaveLength(7);
  });
});
