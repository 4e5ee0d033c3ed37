import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allIds, postCreated } from '../../test/requests.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

type Action = {
  id: string;
  dialogue: { id: string; seriesId: string | null };
  kind: string;
  position: number;
  text: Record<string, string>;
  ownerName: string;
  ownerOrganisation: { id: string; name: string } | null;
  dueOn: string | null;
  doneAt: string | null;
  overdue: boolean;
  nextDialogueId: string | null;
  abilities: Record<string, boolean>;
};
type Dialogue = {
  id: string;
  seriesId: string | null;
  status: string;
  title: Record<string, string>;
  sites: { city: string; timeZone: string }[];
};

// The test clock reads 2026-06-28T22:00Z: a due date before 2026-06-28 is overdue.
const NOW = '2026-06-28T22:00:00.000Z';

const addAction = (dialogueId: string, body: object, as = kit.owner) =>
  postCreated<Action>(as, `/api/v1/dialogues/${dialogueId}/actions`, { text: { en: 'Do it' }, ...body });

const series = () =>
  postCreated<{ id: string }>(kit.owner, '/api/v1/dialogue-series', {
    convenerOrganisationId: kit.org.id,
    title: { en: 'Capacity development for SSKE' },
  });

describe('follow-up actions', () => {
  it('are added, ticked off, reopened and removed, overdue from the clock and due date', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const a = await addAction(d.id, {
      text: { en: 'Share the country matrix' },
      ownerName: 'M. Pérez',
      ownerOrganisationId: kit.org.id,
      dueOn: '2026-06-27',
    });
    expect(a).toMatchObject({
      kind: 'action',
      position: 0,
      ownerName: 'M. Pérez',
      ownerOrganisation: { id: kit.org.id, name: 'Agencia Colombiana de Pruebas' },
      dueOn: '2026-06-27',
      doneAt: null,
      overdue: true,
      nextDialogueId: null,
      abilities: { update: true, delete: true, nextDialogue: false },
    });
    const today = await addAction(d.id, { dueOn: '2026-06-28' });
    expect(today.overdue).toBe(false);
    const next = await addAction(d.id, { kind: 'next', text: { en: 'A dialogue on financing' } });
    expect(next.abilities.nextDialogue).toBe(true);

    const done = await kit.owner.patch(`/api/v1/dialogue-actions/${a.id}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ doneAt: NOW, overdue: false });
    const reopened = (
      await kit.owner.patch(`/api/v1/dialogue-actions/${a.id}`, { done: false })
    ).json() as Action;
    expect(reopened).toMatchObject({ doneAt: null, overdue: true });
    const moved = (
      await kit.owner.patch(`/api/v1/dialogue-actions/${a.id}`, { dueOn: '2026-07-31', ownerName: '' })
    ).json() as Action;
    expect(moved).toMatchObject({
      dueOn: '2026-07-31',
      overdue: false,
      ownerName: '',
      text: { en: 'Share the country matrix' },
    });

    // Actions first, then "what's next", each in the order added; anyone who sees the dialogue reads them.
    const list = await visitor(kit.t, 'GET', `/api/v1/dialogues/${d.id}/actions`);
    expect(list.statusCode, list.body).toBe(200);
    const items = (list.json() as { items: Action[] }).items;
    expect(items.map((i) => i.id)).toEqual([a.id, today.id, next.id]);
    expect(items[0]!.abilities).toEqual({ update: false, delete: false, nextDialogue: false });

    const removed = await kit.owner.del(`/api/v1/dialogue-actions/${today.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    const after = (await kit.owner.get(`/api/v1/dialogues/${d.id}/actions`)).json() as { items: Action[] };
    expect(after.items.map((i) => i.id)).toEqual([a.id, next.id]);
    expect((await kit.owner.del(`/api/v1/dialogue-actions/${today.id}`)).statusCode).toBe(404);
    const trail = await kit.t.runtime.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', d.id)
      .where('action', 'like', 'dialogue.action.%')
      .execute();
    expect(trail.map((t) => t.action).sort()).toEqual([
      'dialogue.action.create',
      'dialogue.action.create',
      'dialogue.action.create',
      'dialogue.action.delete',
      'dialogue.action.update',
      'dialogue.action.update',
      'dialogue.action.update',
    ]);
  });

  it('refuses an owner organisation the caller cannot see, and bad dates, naming the field', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const res = await kit.owner.post(`/api/v1/dialogues/${d.id}/actions`, {
      text: { en: 'x' },
      ownerOrganisationId: randomUUID(),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe('ownerOrganisationId');
    const bad = await kit.owner.post(`/api/v1/dialogues/${d.id}/actions`, {
      text: { en: 'x' },
      dueOn: '2026-02-30',
    });
    expect(bad.json().error.field).toBe('dueOn');
    const kind = await kit.owner.post(`/api/v1/dialogues/${d.id}/actions`, {
      text: { en: 'x' },
      kind: 'later',
    });
    expect(kind.json().error).toMatchObject({
      field: 'kind',
      message: expect.stringMatching(/action or next/),
    });
  });

  it('lets only conveners change them, and hides a private dialogue’s', async () => {
    const open = await buildDialogue(kit.owner, kit.org.id);
    const a = await addAction(open.id, {});
    const url = `/api/v1/dialogue-actions/${a.id}`;
    expect((await visitor(kit.t, 'PATCH', url, { done: true })).statusCode).toBe(401);
    expect((await kit.outsider.patch(url, { done: true })).statusCode).toBe(403);
    expect((await kit.outsider.del(url)).statusCode).toBe(403);
    expect(
      (await kit.outsider.post(`/api/v1/dialogues/${open.id}/actions`, { text: { en: 'x' } })).statusCode,
    ).toBe(403);
    expect((await kit.broker.patch(url, { done: true })).statusCode).toBe(200);

    const hidden = await buildDialogue(kit.owner, kit.org.id, { visibility: 'organisation' });
    const h = await addAction(hidden.id, {});
    expect((await kit.outsider.patch(`/api/v1/dialogue-actions/${h.id}`, { done: true })).statusCode).toBe(
      404,
    );
    expect((await visitor(kit.t, 'GET', `/api/v1/dialogues/${hidden.id}/actions`)).statusCode).toBe(404);
  });
});

describe('actions across dialogues', () => {
  it('lists what the caller may see, open or done, by owner and series, by due date in pages', async () => {
    const s = await series();
    const pub = await buildDialogue(kit.owner, kit.org.id, { seriesId: s.id });
    const priv = await buildDialogue(kit.owner, kit.org.id, { seriesId: s.id, visibility: 'organisation' });
    const dues = ['2026-08-01', null, '2026-06-01', '2026-07-01', null];
    const made = [];
    for (const [i, dueOn] of dues.entries())
      made.push(
        await addAction(i % 2 ? priv.id : pub.id, { dueOn, ownerOrganisationId: i < 2 ? kit.org.id : null }),
      );
    await kit.owner.patch(`/api/v1/dialogue-actions/${made[3]!.id}`, { done: true });
    const base = `/api/v1/dialogue-actions?series=${s.id}`;

    const everything = await allIds(kit.t, kit.owner, `${base}&status=all&limit=2`);
    expect(everything.pages).toBe(3);
    // By due date, undated last (by id among themselves).
    const undated = [made[1]!.id, made[4]!.id].sort();
    expect(everything.ids).toEqual([made[2]!.id, made[3]!.id, made[0]!.id, ...undated]);
    expect((await allIds(kit.t, kit.owner, `${base}&limit=2`)).ids).toEqual([
      made[2]!.id,
      made[0]!.id,
      ...undated,
    ]);
    expect((await allIds(kit.t, kit.owner, `${base}&status=done`)).ids).toEqual([made[3]!.id]);
    expect((await allIds(kit.t, kit.owner, `${base}&status=all&organisation=${kit.org.id}`)).ids).toEqual([
      made[0]!.id,
      made[1]!.id,
    ]);
    // An outsider and a visitor see the public dialogue's actions only.
    const publicOnes = [made[2]!.id, made[0]!.id, made[4]!.id];
    expect((await allIds(kit.t, kit.outsider, `${base}&status=all`)).ids).toEqual(publicOnes);
    expect((await allIds(kit.t, null, `${base}&status=all`)).ids).toEqual(publicOnes);
    const page = (await kit.owner.get(`${base}&status=all&limit=1`)).json() as { items: Action[] };
    expect(page.items[0]).toMatchObject({
      id: made[2]!.id,
      overdue: true,
      dialogue: { id: pub.id, seriesId: s.id },
    });
    const tampered = await kit.owner.get(`${base}&cursor=not-a-cursor`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().error.field).toBe('cursor');
  });
});

describe('what’s next', () => {
  it('becomes the next dialogue of the series at the same sites, once', async () => {
    const s = await series();
    const d = await buildDialogue(kit.owner, kit.org.id, {
      seriesId: s.id,
      format: 'hybrid',
      durationMinutes: 150,
    });
    const item = await addAction(d.id, {
      kind: 'next',
      text: { en: 'Financing South-South exchanges', es: 'Financiar los intercambios Sur-Sur' },
    });
    const url = `/api/v1/dialogue-actions/${item.id}/next-dialogue`;
    expect((await kit.outsider.post(url, {})).statusCode).toBe(403);
    const res = await kit.owner.post(url, {});
    expect(res.statusCode, res.body).toBe(201);
    const next = res.json() as Dialogue & { format: string; durationMinutes: number };
    expect(next).toMatchObject({
      seriesId: s.id,
      status: 'planning',
      format: 'hybrid',
      durationMinutes: 150,
      title: { en: 'Financing South-South exchanges', es: 'Financiar los intercambios Sur-Sur' },
    });
    expect(next.sites.map((x) => [x.city, x.timeZone])).toEqual(d.sites.map((x) => [x.city, x.timeZone]));
    const row = await kit.t.runtime.deps.db
      .selectFrom('dialogues')
      .select(['follows_id', 'convener_organisation_id'])
      .where('id', '=', next.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ follows_id: d.id, convener_organisation_id: kit.org.id });
    const linked = ((await kit.owner.get(`/api/v1/dialogues/${d.id}/actions`)).json() as { items: Action[] })
      .items[0]!;
    expect(linked).toMatchObject({
      nextDialogueId: next.id,
      doneAt: NOW,
      abilities: { nextDialogue: false },
    });

    const again = await kit.owner.post(url, {});
    expect(again.statusCode, again.body).toBe(409);
    const inSeries = (await kit.owner.get(`/api/v1/dialogues?series=${s.id}`)).json() as {
      items: { id: string }[];
    };
    expect(inSeries.items.map((i) => i.id).sort()).toEqual([d.id, next.id].sort());
  });

  it('takes a title from the body, can start without sites, and refuses a plain action (409)', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id);
    const item = await addAction(d.id, { kind: 'next' });
    const res = await kit.owner.post(`/api/v1/dialogue-actions/${item.id}/next-dialogue`, {
      title: { en: 'Second dialogue' },
      copySites: false,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ seriesId: null, title: { en: 'Second dialogue' }, sites: [] });
    const plain = await addAction(d.id, {});
    const refused = await kit.owner.post(`/api/v1/dialogue-actions/${plain.id}/next-dialogue`, {});
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.message).toMatch(/what’s next/);
  });
});
