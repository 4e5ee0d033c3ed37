import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { allIds, postCreated } from '../../test/requests.js';
import { buildDialogue, JUNE_2011_SITES, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

type Summary = {
  id: string;
  siteCount: number;
  convenerSite: { city: string; timeZone: string } | null;
};
type Page = { items: Summary[]; nextCursor: string | null };

const newSeries = () =>
  postCreated<{ id: string }>(kit.owner, '/api/v1/dialogue-series', {
    convenerOrganisationId: kit.org.id,
    title: { en: 'Paging series' },
  });

/** Sets what the list sorts and groups by, as the schedule, summary and cancellation would. */
async function setRow(
  id: string,
  v: { starts_at?: string; status?: 'scheduled' | 'held'; cancelled_at?: string; created_at: string },
) {
  // Instants as text, cast in SQL: a JavaScript date would lose the microseconds (and the
  // creation time is not a column the application ever updates).
  await sql`UPDATE dialogues SET starts_at = ${v.starts_at ?? null}::timestamptz,
    cancelled_at = ${v.cancelled_at ?? null}::timestamptz, created_at = ${v.created_at}::timestamptz,
    status = coalesce(${v.status ?? null}::text, status) WHERE id = ${id}::uuid`.execute(
    kit.t.runtime.deps.db,
  );
}

const byId = (...ids: string[]) => [...ids].sort();

describe('the dialogue list: the convener’s clock', () => {
  it('carries the site the convener hosts, else one in its country, else the first; none without sites', async () => {
    const s = await newSeries();
    const build = (sites: object[]) => buildDialogue(kit.owner, kit.org.id, { seriesId: s.id, sites });
    const hosted = await build(
      JUNE_2011_SITES.map((x) => (x.city === 'Jakarta' ? { ...x, organisationId: kit.org.id } : x)),
    );
    const inCountry = await build(JUNE_2011_SITES); // the convener is in Colombia: Bogotá, third
    const first = await build(JUNE_2011_SITES.filter((x) => x.countryCode !== 'CO').slice(3));
    const none = await build([]);
    const res = await kit.owner.get(`/api/v1/dialogues?series=${s.id}&limit=10`);
    expect(res.statusCode, res.body).toBe(200);
    const of = (id: string) => (res.json() as Page).items.find((i) => i.id === id);
    expect(of(hosted.id)).toMatchObject({
      siteCount: 7,
      convenerSite: { city: 'Jakarta', timeZone: 'Asia/Jakarta' },
    });
    expect(of(inCountry.id)?.convenerSite).toEqual({ city: 'Bogotá', timeZone: 'America/Bogota' });
    expect(of(first.id)).toMatchObject({ siteCount: 3, convenerSite: { city: 'New Delhi' } });
    expect(of(none.id)).toMatchObject({ siteCount: 0, convenerSite: null });

    // The dialogue itself names the same site, by the same rule.
    for (const [d, city] of [
      [hosted, 'Jakarta'],
      [inCountry, 'Bogotá'],
    ] as const) {
      const detail = (await kit.owner.get(`/api/v1/dialogues/${d.id}`)).json();
      expect(detail.sites.find((x: { id: string }) => x.id === detail.convenerSiteId)?.city).toBe(city);
    }
    expect((await kit.owner.get(`/api/v1/dialogues/${none.id}`)).json().convenerSiteId).toBeNull();
  });
});

describe('the dialogue list: pages', () => {
  // The test clock reads 2026-06-28T22:00Z. Creation times differ by a microsecond, finer than a
  // JavaScript date: a cursor that kept milliseconds only would repeat or skip rows.
  const C1 = '2026-01-01T00:00:00.000001Z';
  const C2 = '2026-01-01T00:00:00.000002Z';
  const C3 = '2026-01-01T00:00:00.000003Z';
  const JULY = '2026-07-01T10:00:00Z';

  async function fixture() {
    const s = await newSeries();
    const make = async (v: Parameters<typeof setRow>[1]) => {
      const d = await buildDialogue(kit.owner, kit.org.id, { seriesId: s.id, sites: [] });
      await setRow(d.id, v);
      return d.id;
    };
    return {
      s,
      up1: await make({ starts_at: JULY, status: 'scheduled', created_at: C1 }),
      up2: await make({ starts_at: JULY, status: 'scheduled', created_at: C2 }),
      up3: await make({ starts_at: JULY, status: 'scheduled', created_at: C2 }),
      // Started an hour ago and runs three: still upcoming until it ends.
      running: await make({ starts_at: '2026-06-28T21:00:00Z', status: 'scheduled', created_at: C1 }),
      plan1: await make({ created_at: C1 }),
      plan2: await make({ created_at: C2 }),
      plan3: await make({ created_at: C3 }),
      cancelledPlan: await make({ cancelled_at: '2026-06-01T00:00:00Z', created_at: C1 }),
      ended: await make({ starts_at: '2026-06-01T10:00:00Z', status: 'scheduled', created_at: C1 }),
      held: await make({ starts_at: '2026-05-01T10:00:00Z', status: 'held', created_at: C1 }),
      cancelledLater: await make({
        starts_at: '2026-08-01T10:00:00Z',
        status: 'scheduled',
        cancelled_at: '2026-06-01T00:00:00Z',
        created_at: C1,
      }),
    };
  }

  it('pages by start (planning last, newest first), ties by creation then id, and groups upcoming, planning and past', async () => {
    const f = await fixture();
    const expected = {
      '': [
        f.held,
        f.ended,
        f.running,
        ...byId(f.up2, f.up3),
        f.up1,
        f.cancelledLater,
        f.plan3,
        f.plan2,
        ...byId(f.plan1, f.cancelledPlan),
      ],
      upcoming: [f.running, ...byId(f.up2, f.up3), f.up1],
      planning: [f.plan3, f.plan2, f.plan1],
      past: [f.cancelledLater, f.ended, f.held, f.cancelledPlan],
    };
    for (const [when, ids] of Object.entries(expected)) {
      const url = `/api/v1/dialogues?series=${f.s.id}${when ? `&when=${when}` : ''}`;
      const whole = (await kit.owner.get(`${url}&limit=100`)).json() as Page;
      expect(
        whole.items.map((i) => i.id),
        when,
      ).toEqual(ids);
      expect(whole.nextCursor).toBeNull();
      for (const limit of [1, 2]) {
        const paged = await allIds(kit.t, kit.owner, `${url}&limit=${limit}`);
        expect(paged.ids, `${when} by ${limit}`).toEqual(ids);
        expect(paged.pages).toBe(Math.max(1, Math.ceil(ids.length / limit)));
      }
    }
  });

  it('keeps to what the reader may see, page after page', async () => {
    const s = await newSeries();
    const open = await buildDialogue(kit.owner, kit.org.id, { seriesId: s.id, sites: [] });
    const closed = await buildDialogue(kit.owner, kit.org.id, {
      seriesId: s.id,
      sites: [],
      visibility: 'organisation',
    });
    const url = `/api/v1/dialogues?series=${s.id}&limit=1`;
    expect((await allIds(kit.t, kit.owner, url)).ids.sort()).toEqual(byId(open.id, closed.id));
    expect((await allIds(kit.t, kit.outsider, url)).ids).toEqual([open.id]);
    expect((await allIds(kit.t, null, url)).ids).toEqual([open.id]);
  });

  it('refuses a tampered cursor or an unknown group (400, naming the field)', async () => {
    const cursor = (v: unknown, id: unknown = '00000000-0000-4000-8000-000000000000') =>
      Buffer.from(JSON.stringify({ v, id })).toString('base64url');
    for (const bad of [
      'not-a-cursor',
      cursor('2026-01-01T00:00:00.000000'), // no bar: not this list's cursor
      cursor('2026-02-30T00:00:00.000000|2026-01-01T00:00:00.000000'),
      cursor('|2026-01-01 00:00'),
      cursor('|2026-01-01T00:00:00.000000', 'x'),
    ]) {
      const res = await visitor(kit.t, 'GET', `/api/v1/dialogues?cursor=${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.field).toBe('cursor');
    }
    const when = await visitor(kit.t, 'GET', '/api/v1/dialogues?when=soon');
    expect(when.statusCode).toBe(400);
    expect(when.json().error.field).toBe('when');
  });
});

describe('the series list: pages', () => {
  it('pages newest first, ties by id, and refuses a tampered cursor', async () => {
    const clock = kit.t.clock;
    const made: string[] = [];
    try {
      for (const at of ['2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z', '2026-06-02T00:00:00Z']) {
        clock.set(new Date(at));
        made.push((await newSeries()).id);
      }
    } finally {
      clock.set(new Date('2026-06-28T22:00:00Z'));
    }
    const whole = (await kit.owner.get('/api/v1/dialogue-series?limit=100')).json() as Page;
    expect(whole.nextCursor).toBeNull();
    const paged = await allIds(kit.t, kit.owner, '/api/v1/dialogue-series?limit=2');
    expect(paged.ids).toEqual(whole.items.map((i) => i.id));
    const mine = paged.ids.filter((id) => made.includes(id));
    expect(mine).toEqual([...byId(made[1]!, made[2]!).reverse(), made[0]]);
    const res = await kit.owner.get('/api/v1/dialogue-series?cursor=not-a-cursor');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('cursor');
  });
});

describe('the dialogue it follows', () => {
  it('links the next dialogue to the one it grew from, for those who may see that one', async () => {
    const d = await buildDialogue(kit.owner, kit.org.id, {
      title: { es: 'Primer diálogo', en: 'First dialogue' },
      defaultLocale: 'es',
    });
    expect((await kit.owner.get(`/api/v1/dialogues/${d.id}`)).json()).toMatchObject({
      followsId: null,
      follows: null,
    });
    const item = await postCreated<{ id: string }>(kit.owner, `/api/v1/dialogues/${d.id}/actions`, {
      kind: 'next',
      text: { en: 'Second dialogue' },
    });
    const created = await kit.owner.post(`/api/v1/dialogue-actions/${item.id}/next-dialogue`, {});
    expect(created.statusCode, created.body).toBe(201);
    const follows = { id: d.id, title: { es: 'Primer diálogo', en: 'First dialogue' }, defaultLocale: 'es' };
    expect(created.json()).toMatchObject({ followsId: d.id, follows });
    const next = created.json().id as string;
    expect((await visitor(kit.t, 'GET', `/api/v1/dialogues/${next}`)).json()).toMatchObject({
      followsId: d.id,
      follows,
    });

    // Once the first is for its organisation only, others no longer learn of it.
    await kit.owner.patch(`/api/v1/dialogues/${d.id}`, { visibility: 'organisation' });
    expect((await kit.outsider.get(`/api/v1/dialogues/${next}`)).json()).toMatchObject({
      followsId: null,
      follows: null,
    });
    expect((await kit.owner.get(`/api/v1/dialogues/${next}`)).json().followsId).toBe(d.id);
  });
});

describe('the home page count', () => {
  it('counts public dialogues that were not called off', async () => {
    const count = async () =>
      ((await visitor(kit.t, 'GET', '/api/v1/stats')).json().counts as Record<string, number>).dialogues!;
    const before = await count();
    await buildDialogue(kit.owner, kit.org.id);
    await buildDialogue(kit.owner, kit.org.id, { visibility: 'organisation' });
    const off = await buildDialogue(kit.owner, kit.org.id);
    await kit.t.runtime.deps.db
      .updateTable('dialogues')
      .set({ status: 'scheduled', starts_at: new Date('2030-01-01T12:00:00Z'), cancelled_at: new Date() })
      .where('id', '=', off.id)
      .execute();
    expect(await count()).toBe(before + 1);
  });
});
