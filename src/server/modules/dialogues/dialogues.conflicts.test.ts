import { describe, expect, it } from 'vitest';
import { buildDialogue, type DialogueBodyOut, setUpDialogueKit } from './dialogues-test-kit.js';

// Two conveners editing the same agenda or summary: each part carries a revision that every save
// raises; a save based on an older one is refused (409) and nothing of it is kept.
const kit = setUpDialogueKit();

type Res = { statusCode: number; json(): unknown; body: string };
type Agenda = { revision: number; segments: { kind: string; title: Record<string, string> }[] };
type Summary = { revision: number; status: string; highlights: Record<string, string>; topics: unknown[] };

const put = (url: string, payload: object) => kit.owner.request({ method: 'PUT', url, payload });
const ok = <T>(res: Res) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const conflictOf = (res: Res) => {
  expect(res.statusCode, res.body).toBe(409);
  return (res.json() as { error: { code: string; field?: string; message: string } }).error;
};

/** What the dialogue's row and audit trail hold: a refused save must leave both as they were. */
async function stored(id: string) {
  const db = kit.t.runtime.deps.db;
  const row = await db
    .selectFrom('dialogues')
    .select(['agenda_revision', 'summary_revision', 'updated_at', 'status', 'highlights'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const audits = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...row, audits: Number(audits.n) };
}

const segment = (title: string) => ({ kind: 'presentation', title: { en: title }, minutes: 30 });
const summary = (text: string, extra: object = {}) => ({
  highlights: { en: text },
  topics: [{ title: { en: 'Topic' }, ideas: [{ text: { en: text } }] }],
  ...extra,
});

/** Marks the dialogue held, as recording attendance after its start does. */
async function held(d: DialogueBodyOut) {
  await kit.t.runtime.deps.db
    .updateTable('dialogues')
    .set({ starts_at: new Date('2011-06-29T03:00:00Z'), status: 'held' })
    .where('id', '=', d.id)
    .execute();
}

describe('agenda revisions', () => {
  it('saves on the current revision and raises it; refuses a stale one without saving anything', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    expect(ok<Agenda>(await kit.owner.get(url)).revision).toBe(0);

    // Ana and Luis both open revision 0; Ana saves first.
    const ana = ok<Agenda>(await put(url, { segments: [segment('Ana’s')], baseRevision: 0 }));
    expect(ana.revision).toBe(1);
    const before = await stored(d.id);

    const error = conflictOf(await put(url, { segments: [segment('Luis’s')], baseRevision: 0 }));
    expect(error).toMatchObject({ code: 'conflict', field: 'baseRevision' });
    expect(error.message).toMatch(/someone else saved this agenda/);
    const read = ok<Agenda>(await kit.owner.get(url));
    expect(read.revision).toBe(1);
    expect(read.segments.map((s) => s.title.en)).toEqual(['Ana’s']);
    expect(await stored(d.id)).toEqual(before);

    // Luis reloads (revision 1) and saves over it.
    const luis = ok<Agenda>(await put(url, { segments: [segment('Luis’s')], baseRevision: 1 }));
    expect(luis.revision).toBe(2);
    expect(luis.segments.map((s) => s.title.en)).toEqual(['Luis’s']);
  });

  it('saves without a base revision as before (API scripts), still raising the revision', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/agenda`;
    ok(await put(url, { segments: [segment('First')], baseRevision: 0 }));
    const script = ok<Agenda>(await put(url, { segments: [segment('Script')] }));
    expect(script.revision).toBe(2);
    expect(script.segments.map((s) => s.title.en)).toEqual(['Script']);
    // A revision from the future is as stale as one from the past.
    expect(conflictOf(await put(url, { segments: [], baseRevision: 7 })).field).toBe('baseRevision');
  });

  it('checks who may convene before the revision: a stranger learns nothing from it', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.outsider.request({
      method: 'PUT',
      url: `/api/v1/dialogues/${d.id}/agenda`,
      payload: { segments: [], baseRevision: 5 },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a base revision that is not a whole number ≥ 0, naming it', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await put(`/api/v1/dialogues/${d.id}/agenda`, { segments: [], baseRevision: -1 });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.body).toMatch(/baseRevision/);
  });
});

describe('summary revisions', () => {
  it('saves on the current revision and raises it; refuses a stale one without saving anything', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const url = `/api/v1/dialogues/${d.id}/summary`;
    expect(ok<Summary>(await kit.owner.get(url)).revision).toBe(0);

    const ana = ok<Summary>(await put(url, summary('Ana’s', { baseRevision: 0 })));
    expect(ana.revision).toBe(1);
    const before = await stored(d.id);

    const error = conflictOf(await put(url, summary('Luis’s', { baseRevision: 0 })));
    expect(error).toMatchObject({ code: 'conflict', field: 'baseRevision' });
    expect(error.message).toMatch(/someone else saved this summary/);
    const read = ok<Summary>(await kit.owner.get(url));
    expect(read).toMatchObject({ revision: 1, highlights: { en: 'Ana’s' } });
    expect(read.topics).toHaveLength(1);
    expect(await stored(d.id)).toEqual(before);

    expect(ok<Summary>(await put(url, summary('Luis’s', { baseRevision: 1 }))).revision).toBe(2);
    const script = ok<Summary>(await put(url, summary('Script')));
    expect(script).toMatchObject({ revision: 3, highlights: { en: 'Script' } });
  });

  it('counts publishing as a save, and refuses to publish a stale summary', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    await held(d);
    const url = `/api/v1/dialogues/${d.id}/summary`;
    ok(await put(url, summary('Draft', { baseRevision: 0 })));
    const stale = await put(url, summary('Old', { baseRevision: 0, publish: true }));
    expect(conflictOf(stale).field).toBe('baseRevision');
    expect((await stored(d.id)).status).toBe('held');
    const published = ok<Summary>(await put(url, summary('Final', { baseRevision: 1, publish: true })));
    expect(published).toMatchObject({ revision: 2, status: 'summarised', highlights: { en: 'Final' } });
  });

  it('is left alone by attendance and by agenda saves (each part has its own revision)', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const base = `/api/v1/dialogues/${d.id}`;
    ok(await put(`${base}/agenda`, { segments: [segment('Welcome')], baseRevision: 0 }));
    await held(d);
    const attended = ok<Summary>(
      await put(`${base}/attendance`, { sites: [{ siteId: d.sites[0]!.id, attendees: 4 }] }),
    );
    expect(attended.revision).toBe(0);
    // Neither made an editor that opened the summary at revision 0 stale.
    expect(ok<Summary>(await put(`${base}/summary`, summary('Mine', { baseRevision: 0 }))).revision).toBe(1);
    expect(ok<Agenda>(await kit.owner.get(`${base}/agenda`)).revision).toBe(1);
  });
});
