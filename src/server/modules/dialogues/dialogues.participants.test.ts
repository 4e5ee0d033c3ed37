import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { june2011, parseIcs, putParticipants } from './calendar-test-kit.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

const put = (id: string, participants: object[], as = kit.owner, query = '') =>
  as.request({
    method: 'PUT',
    url: `/api/v1/dialogues/${id}/participants${query}`,
    payload: { participants },
  });

describe('participants', () => {
  it('keeps ids (and attendance) across a replacement, by site then name, and audits it', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const [was, mex] = [d.sites[0]!.id, d.sites[1]!.id];
    const first = await putParticipants(kit.owner, d.id, [
      { siteId: mex, name: 'Beatriz', email: 'BEA@example.org', role: 'speaker' },
      { siteId: was, name: 'Zoe', email: 'zoe@example.org', role: 'moderator' },
      { siteId: was, name: 'Adam' },
    ]);
    expect(first.map((p) => p.name)).toEqual(['Adam', 'Zoe', 'Beatriz']);
    expect(first[2]).toMatchObject({ email: 'bea@example.org', invitedSequence: null });
    const [adam, zoe, bea] = first;
    await kit.t.runtime.deps.db
      .updateTable('dialogue_participants')
      .set({ attended: true, invited_sequence: 0 })
      .execute();

    const second = await putParticipants(kit.owner, d.id, [
      { id: bea!.id, siteId: mex, name: 'Beatriz', email: 'bea@example.org', role: 'speaker' },
      { id: zoe!.id, siteId: was, name: 'Zoë', email: 'zoe.new@example.org', role: 'moderator' },
    ]);
    expect(second).toEqual([
      expect.objectContaining({ id: zoe!.id, name: 'Zoë', attended: true, invitedSequence: null }),
      expect.objectContaining({ id: bea!.id, attended: true, invitedSequence: 0 }),
    ]);
    expect(second.map((p) => p.id)).not.toContain(adam!.id);

    const trail = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'before', 'after'])
      .where('entity_id', '=', d.id)
      .where('action', '=', 'dialogue.participants')
      .orderBy('id')
      .execute();
    expect(trail).toHaveLength(2);
    expect(trail[1]).toMatchObject({
      actor_id: kit.owner.userId,
      before: expect.arrayContaining([expect.objectContaining({ id: adam!.id, name: 'Adam' })]),
    });
  });

  it('shows addresses to the conveners and to each participant themself, not to other readers', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const guest = await buildUser(kit.t);
    await putParticipants(kit.owner, d.id, [
      { siteId: d.sites[2]!.id, name: 'Guest', email: 'guest@example.org', userId: guest.userId },
      { siteId: d.sites[2]!.id, name: 'Other', email: 'other@example.org' },
    ]);
    const emails = async (res: { statusCode: number; json(): unknown }) => {
      expect(res.statusCode).toBe(200);
      return (res.json() as { items: { name: string; email: string | null }[] }).items.map((p) => [
        p.name,
        p.email,
      ]);
    };
    const url = `/api/v1/dialogues/${d.id}/participants`;
    expect(await emails(await kit.owner.get(url))).toEqual([
      ['Guest', 'guest@example.org'],
      ['Other', 'other@example.org'],
    ]);
    expect(await emails(await kit.broker.get(url))).toContainEqual(['Other', 'other@example.org']);
    expect(await emails(await guest.get(url))).toEqual([
      ['Guest', 'guest@example.org'],
      ['Other', null],
    ]);
    expect(await emails(await visitor(kit.t, 'GET', url))).toEqual([
      ['Guest', null],
      ['Other', null],
    ]);
    expect(await emails(await kit.outsider.get(url))).toEqual([
      ['Guest', null],
      ['Other', null],
    ]);
  });

  it('refuses ids, sites and accounts that are not this dialogue’s, naming the field', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const other = await buildDialogue(kit.owner, kit.org.id);
    const [theirs] = await putParticipants(kit.owner, other.id, [{ siteId: other.sites[0]!.id, name: 'X' }]);
    const site = d.sites[0]!.id;
    const cases: [object[], string, string][] = [
      [
        [
          { siteId: site, name: 'A' },
          { id: theirs!.id, siteId: site, name: 'X' },
        ],
        'participants.1.id',
        'no es un participante',
      ],
      [
        [
          { siteId: site, name: 'A' },
          { siteId: other.sites[0]!.id, name: 'B' },
        ],
        'participants.1.siteId',
        'no es una de las sedes',
      ],
      [
        [{ siteId: site, name: 'A', userId: '00000000-0000-4000-8000-000000000000' }],
        'participants.0.userId',
        'no existe esa cuenta',
      ],
      [[{ siteId: site, name: 'A', role: 'king' }], 'participants.0.role', 'debe ser convener, moderator'],
      [[{ siteId: site, name: 'A', email: 'not-an-address' }], 'participants.0.email', ''],
    ];
    for (const [list, field, text] of cases) {
      const res = await put(d.id, list, kit.owner, '?locale=es');
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toContain(text);
    }
    // Nothing was stored by the refused requests.
    expect((await kit.owner.get(`/api/v1/dialogues/${d.id}/participants`)).json().items).toEqual([]);
  });

  it('gives each participant their own invitation file (ATTENDEE, METHOD:REQUEST)', async () => {
    const d = await june2011(kit.owner, kit.org.id);
    const es = await buildUser(kit.t, { locale: 'es' });
    const [noMail, withMail] = await putParticipants(kit.owner, d.id, [
      { siteId: d.sites[2]!.id, name: 'Aurelio' },
      { siteId: d.sites[2]!.id, name: 'Camila Díaz', userId: es.userId, role: 'moderator' },
    ]);
    const file = await kit.owner.get(`/api/v1/dialogues/${d.id}/participants/${withMail!.id}/calendar.ics`);
    expect(file.statusCode, file.body).toBe(200);
    const ics = parseIcs(file.body);
    expect(ics).toMatchObject({ method: 'REQUEST', sequence: 0, start: '2011-06-29T03:00:00Z' });
    // The account's address and language.
    expect(ics.attendees).toEqual([{ address: `mailto:${es.email}`, cn: 'Camila Díaz', role: 'CHAIR' }]);
    expect(ics.location).toMatch(/^Diálogo por video: Washington/);
    // Without an address there is nobody to address: a plain entry.
    const plain = await kit.owner.get(`/api/v1/dialogues/${d.id}/participants/${noMail!.id}/calendar.ics`);
    expect(parseIcs(plain.body)).toMatchObject({ method: 'PUBLISH', attendees: [] });
    const elsewhere = await buildDialogue(kit.owner, kit.org.id);
    const wrong = await kit.owner.get(
      `/api/v1/dialogues/${elsewhere.id}/participants/${withMail!.id}/calendar.ics`,
    );
    expect(wrong.statusCode).toBe(404);
  });
});

describe('participants: removing their site', () => {
  it('refuses to drop a site that still has participants, naming it; nothing changes', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const [washington, ...rest] = d.sites;
    await putParticipants(kit.owner, d.id, [
      { siteId: washington!.id, name: 'Ana', email: 'ana@example.org' },
    ]);
    const keepOthers = rest.map((s) => ({ id: s.id, city: s.city, timeZone: s.timeZone }));
    const res = await kit.owner.patch(`/api/v1/dialogues/${d.id}`, { sites: keepOthers });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toMatchObject({ field: 'sites' });
    expect(res.json().error.message).toContain('Washington');
    const after = (await kit.owner.get(`/api/v1/dialogues/${d.id}`)).json() as { sites: unknown[] };
    expect(after.sites).toHaveLength(7);
    expect((await kit.owner.get(`/api/v1/dialogues/${d.id}/participants`)).json().items).toHaveLength(1);

    // Once the participant is moved, the site can go.
    await putParticipants(kit.owner, d.id, [{ siteId: rest[0]!.id, name: 'Ana', email: 'ana@example.org' }]);
    expect((await kit.owner.patch(`/api/v1/dialogues/${d.id}`, { sites: keepOthers })).statusCode).toBe(200);
  });
});
