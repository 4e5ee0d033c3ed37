import { describe, expect, it } from 'vitest';
import { buildDialogue, type DialogueBodyOut, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

type Summary = {
  status: string;
  highlights: Record<string, string>;
  topics: {
    id: string;
    position: number;
    title: Record<string, string>;
    ideas: {
      id: string;
      position: number;
      text: Record<string, string>;
      dimension: { code: string; label: string } | null;
      sector: { code: string; label: string } | null;
    }[];
  }[];
  attendance: { sites: { siteId: string; city: string; attendees: number | null }[]; total: number | null };
};

/** Sets the start (and status) as the schedule route does; the test clock reads 2026-06-28T22:00Z. */
async function scheduled(d: { id: string }, start = '2011-06-29T03:00:00Z') {
  await kit.t.runtime.deps.db
    .updateTable('dialogues')
    .set({ starts_at: new Date(start), status: 'scheduled' })
    .where('id', '=', d.id)
    .execute();
}

/** Two participants at a site, added as the participants route does. */
async function participants(d: DialogueBodyOut, city: string) {
  const siteId = d.sites.find((s) => s.city === city)!.id;
  return kit.t.runtime.deps.db
    .insertInto('dialogue_participants')
    .values(['Ana', 'Luis'].map((name) => ({ dialogue_id: d.id, site_id: siteId, name })))
    .returning('id')
    .execute();
}

const site = (d: DialogueBodyOut, city: string) => d.sites.find((s) => s.city === city)!.id;
const put = (url: string, payload: object, as = kit.owner) => as.request({ method: 'PUT', url, payload });
const fieldOf = (res: { statusCode: number; json(): unknown; body: string }, status = 400) => {
  expect(res.statusCode, res.body).toBe(status);
  return (res.json() as { error: { field?: string; message: string } }).error;
};

describe('attendance', () => {
  it('is recorded per site and participant once the dialogue has begun, and marks it held', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    await scheduled(d);
    const [ana, luis] = await participants(d, 'Bogotá');
    const res = await put(`/api/v1/dialogues/${d.id}/attendance`, {
      sites: [
        { siteId: site(d, 'Bogotá'), attendees: 5 },
        { siteId: site(d, 'Washington'), attendees: 4 },
        { siteId: site(d, 'Jakarta'), attendees: null },
      ],
      participants: [
        { id: ana!.id, attended: true },
        { id: luis!.id, attended: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Summary;
    expect(body.status).toBe('held');
    expect(body.attendance.total).toBe(9);
    expect(body.attendance.sites.map((s) => [s.city, s.attendees])).toEqual([
      ['Washington', 4],
      ['Mexico City', null],
      ['Bogotá', 5],
      ['Jakarta', null],
      ['New Delhi', null],
      ['Singapore', null],
      ['Beijing', null],
    ]);
    const rows = await kit.t.runtime.deps.db
      .selectFrom('dialogue_participants')
      .select(['name', 'attended'])
      .where('dialogue_id', '=', d.id)
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'Ana', attended: true },
      { name: 'Luis', attended: false },
    ]);
    // A later correction leaves the sites it does not name as they were.
    const again = await put(`/api/v1/dialogues/${d.id}/attendance`, {
      sites: [{ siteId: site(d, 'Bogotá'), attendees: 6 }],
    });
    expect((again.json() as Summary).attendance.total).toBe(10);
    const read = (await visitor(kit.t, 'GET', `/api/v1/dialogues/${d.id}/summary`)).json() as Summary;
    expect(read.attendance.total).toBe(10);
  });

  it('is refused before the dialogue is scheduled or has begun (409), saying when it starts', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/attendance`;
    const payload = { sites: [{ siteId: d.sites[0]!.id, attendees: 3 }] };
    expect(fieldOf(await put(url, payload), 409).message).toMatch(/no start yet/);
    await scheduled(d, '2026-07-15T14:00:00Z');
    expect(fieldOf(await put(url, payload), 409).message).toMatch(/2026-07-15 14:00/);
    const summary = (await kit.owner.get(`/api/v1/dialogues/${d.id}/summary`)).json() as Summary;
    expect(summary).toMatchObject({ status: 'scheduled', attendance: { total: null } });
  });

  it('refuses a site or participant of another dialogue, naming the field', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const other = await buildDialogue(kit.owner, kit.org.id);
    await scheduled(d);
    const [stranger] = await participants(other, 'Jakarta');
    const url = `/api/v1/dialogues/${d.id}/attendance`;
    const mine = { siteId: d.sites[0]!.id, attendees: 1 };
    const theirs = { siteId: other.sites[0]!.id, attendees: 1 };
    expect(fieldOf(await put(url, { sites: [mine, theirs] })).field).toBe('sites.1.siteId');
    expect(fieldOf(await put(url, { sites: [mine, mine] })).field).toBe('sites.1.siteId');
    const res = await put(url, { sites: [], participants: [{ id: stranger!.id, attended: true }] });
    expect(fieldOf(res).field).toBe('participants.0.id');
    const still = await kit.t.runtime.deps.db
      .selectFrom('dialogues')
      .select('status')
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(still.status).toBe('scheduled');
  });
});

const topic = (title: string, ideas: object[], id?: string) => ({
  ...(id && { id }),
  title: { en: title },
  ideas,
});
const idea = (text: string, tags: object = {}, id?: string) => ({
  ...(id && { id }),
  text: { en: text },
  ...tags,
});

describe('summary', () => {
  it('saves highlights and key ideas under topics, labels tags in the reader’s language, and reorders keeping ids', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/summary`;
    const first = await put(url, {
      highlights: {
        en: 'Countries agreed to map their capacities.',
        es: 'Los países acordaron mapear sus capacidades.',
      },
      topics: [
        topic('Institutional arrangements', [
          idea('A focal point for South-South cooperation', { dimension: 'ke_strategy' }),
          idea('Budget lines for exchanges', { sector: '15111' }),
        ]),
        topic('Knowledge management', [idea('Document experiences systematically', { sector: '151' })]),
      ],
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json() as Summary;
    expect(saved.status).toBe('planning'); // a draft is kept at any status
    const [inst, km] = saved.topics;
    expect(inst!.ideas[0]!.dimension).toEqual({ code: 'ke_strategy', label: 'Knowledge-exchange strategy' });
    expect(inst!.ideas[1]!.sector).toEqual({ code: '15111', label: 'Public finance management (PFM)' });

    const es = (await kit.owner.get(`${url}?locale=es`)).json() as Summary;
    expect(es.topics[0]!.ideas[0]!.dimension!.label).toBe('Estrategia de intercambio de conocimientos');
    expect(es.highlights.es).toBe('Los países acordaron mapear sus capacidades.');

    // Knowledge management first; the budget idea moves under it; the focal point idea is dropped.
    const [focal, budget] = inst!.ideas;
    const res = await put(url, {
      highlights: { en: 'Revised.' },
      topics: [
        topic(
          'Knowledge management',
          [
            idea('Budget lines', { sector: '15111' }, budget!.id),
            idea('Document experiences', {}, km!.ideas[0]!.id),
          ],
          km!.id,
        ),
        topic('Institutional arrangements', [idea('A new idea')], inst!.id),
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json() as Summary;
    expect(moved.topics.map((t) => [t.id, t.position])).toEqual([
      [km!.id, 0],
      [inst!.id, 1],
    ]);
    expect(moved.topics[0]!.ideas.map((i) => [i.id, i.position, i.sector?.code ?? null])).toEqual([
      [budget!.id, 0, '15111'],
      [km!.ideas[0]!.id, 1, null],
    ]);
    expect(moved.topics[1]!.ideas[0]!.id).not.toBe(focal!.id);
    expect((await kit.owner.get(url)).json()).toEqual(moved);
    const trail = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select(['action', 'before'])
      .where('entity_id', '=', d.id)
      .where('action', '=', 'dialogue.summary')
      .orderBy('id')
      .execute();
    expect(trail).toHaveLength(2);
    expect((trail[1]!.before as { topics: unknown[] }).topics).toHaveLength(2);
  });

  it('refuses unknown topic or idea ids and unknown codes, naming the field, and keeps the summary', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const other = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/summary`;
    const otherSaved = (
      await put(`/api/v1/dialogues/${other.id}/summary`, {
        highlights: {},
        topics: [topic('Elsewhere', [idea('Foreign idea')])],
      })
    ).json() as Summary;
    const ok = (
      await put(url, { highlights: {}, topics: [topic('Mine', [idea('Kept')])] })
    ).json() as Summary;
    const foreignTopic = otherSaved.topics[0]!;
    const cases: [object[], string][] = [
      [[topic('T', [], foreignTopic.id)], 'topics.0.id'],
      [[topic('T', []), topic('U', [idea('x', {}, foreignTopic.ideas[0]!.id)])], 'topics.1.ideas.0.id'],
      [
        [topic('T', [idea('a'), idea('b', { dimension: 'no_such_dimension' })])],
        'topics.0.ideas.1.dimension',
      ],
      [[topic('T', [idea('a', { sector: '99999' })])], 'topics.0.ideas.0.sector'],
      [[topic('T', [idea('a', { sector: '1511' })])], 'topics.0.ideas.0.sector'],
      [[topic('T', [], ok.topics[0]!.id), topic('U', [], ok.topics[0]!.id)], 'topics.1.id'],
    ];
    for (const [topics, field] of cases)
      expect(fieldOf(await put(url, { highlights: {}, topics })).field).toBe(field);
    expect(
      fieldOf(await put(url, { highlights: {}, topics: [topic('T', [idea('a', { sector: '99999' })])] }))
        .message,
    ).toMatch(/99999/);
    expect(((await kit.owner.get(url)).json() as Summary).topics).toEqual(ok.topics);
  });

  it('is published only once the dialogue has been held', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/summary`;
    const body = { highlights: { en: 'Draft' }, topics: [topic('T', [idea('An idea')])], publish: true };
    const refused = fieldOf(await put(url, body), 409);
    expect(refused.field).toBe('publish');
    expect(((await kit.owner.get(url)).json() as Summary).topics).toEqual([]); // nothing saved
    await scheduled(d);
    expect(fieldOf(await put(url, body), 409).field).toBe('publish');
    const held = await put(`/api/v1/dialogues/${d.id}/attendance`, {
      sites: [{ siteId: d.sites[0]!.id, attendees: 3 }],
    });
    expect((held.json() as Summary).status).toBe('held');
    const published = await put(url, body);
    expect(published.statusCode, published.body).toBe(200);
    expect((published.json() as Summary).status).toBe('summarised');
    // Later edits keep it summarised.
    const edited = await put(url, { ...body, publish: false, highlights: { en: 'Final' } });
    expect((edited.json() as Summary).status).toBe('summarised');
  });

  it('lets only conveners write and read a draft, and hides a private dialogue’s summary', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    await scheduled(d);
    const url = `/api/v1/dialogues/${d.id}/summary`;
    const body = { highlights: { en: 'Quetzal draft' }, topics: [] };
    const attendance = { sites: [{ siteId: d.sites[0]!.id, attendees: 2 }] };
    expect((await visitor(kit.t, 'PUT', url, body)).statusCode).toBe(401);
    expect((await put(url, body, kit.outsider)).statusCode).toBe(403);
    expect((await put(`/api/v1/dialogues/${d.id}/attendance`, attendance, kit.outsider)).statusCode).toBe(
      403,
    );
    expect((await put(url, body, kit.broker)).statusCode).toBe(200);
    // Until it is published the summary is a draft: its conveners read it, others do not.
    expect(((await kit.broker.get(url)).json() as Summary).highlights).toEqual({ en: 'Quetzal draft' });
    expect(((await kit.outsider.get(url)).json() as Summary).highlights).toEqual({});
    const md = await visitor(kit.t, 'GET', `${url}.md`);
    expect(md.statusCode).toBe(200);
    expect(md.body).not.toContain('Quetzal draft');
    // Once published, anyone who sees the public dialogue reads it.
    await put(`/api/v1/dialogues/${d.id}/attendance`, attendance);
    expect((await put(url, { ...body, publish: true })).statusCode).toBe(200);
    expect(((await kit.outsider.get(url)).json() as Summary).highlights).toEqual({ en: 'Quetzal draft' });
    expect(((await visitor(kit.t, 'GET', url)).json() as Summary).highlights).toEqual({
      en: 'Quetzal draft',
    });

    const hidden = await buildDialogue(kit.owner, kit.org.id, { visibility: 'organisation' });
    const hiddenUrl = `/api/v1/dialogues/${hidden.id}/summary`;
    expect((await visitor(kit.t, 'GET', hiddenUrl)).statusCode).toBe(404);
    expect((await kit.outsider.get(hiddenUrl)).statusCode).toBe(404);
    expect((await put(hiddenUrl, body, kit.outsider)).statusCode).toBe(404);
    expect((await kit.owner.get(hiddenUrl)).statusCode).toBe(200);
  });
});
