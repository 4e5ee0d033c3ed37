import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import { type Session, signUp } from '../../test/harness.js';
import { allIds, postCreated } from '../../test/requests.js';
import { buildDialogue, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

/**
 * The dialogue list filtered by organisation (convener or site host) and by country (a site there
 * or a convener from there). Each test has its own organisations and countries, so the ids it
 * expects are exactly the ones it made.
 */

const kit = setUpDialogueKit();

const site = (city: string, countryCode: string, timeZone: string, organisationId: string | null = null) => ({
  city,
  countryCode,
  timeZone,
  organisationId,
});

/** A new organisation in `countryCode`, with its administrator (who may convene for it). */
async function convener(countryCode: string): Promise<{ owner: Session; id: string }> {
  const owner = await signUp(kit.t.app);
  const org = await buildOrganisation(owner, { countryCode });
  return { owner, id: org.id };
}

/** Every id of the list at `query`, page by page, as `as` sees it (sorted: sets compare). */
const idsOf = async (query: string, as: Session | null = null, limit = 100) =>
  (await allIds(kit.t, as, `/api/v1/dialogues?${query}&limit=${limit}`)).ids.sort();
const sorted = (...ids: string[]) => [...ids].sort();

describe('dialogues of an organisation', () => {
  it('lists what it convenes and what it hosts a site of, each dialogue once', async () => {
    const a = await convener('KE');
    const b = await convener('TZ');
    // Two sites hosted by B: the dialogue is still listed once under B.
    const convenedByAHostedByB = await buildDialogue(a.owner, a.id, {
      sites: [
        site('Nairobi', 'KE', 'Africa/Nairobi'),
        site('Dar es Salaam', 'TZ', 'Africa/Dar_es_Salaam', b.id),
        site('Arusha', 'TZ', 'Africa/Dar_es_Salaam', b.id),
      ],
    });
    const onlyA = await buildDialogue(a.owner, a.id, { sites: [] });
    const onlyB = await buildDialogue(b.owner, b.id, { sites: [site('Mombasa', 'KE', 'Africa/Nairobi')] });

    expect(await idsOf(`organisation=${a.id}`)).toEqual(sorted(convenedByAHostedByB.id, onlyA.id));
    expect(await idsOf(`organisation=${b.id}`)).toEqual(sorted(convenedByAHostedByB.id, onlyB.id));
    expect(await idsOf(`organisation=${b.id}`, null, 1)).toEqual(sorted(convenedByAHostedByB.id, onlyB.id));
    expect(await idsOf('organisation=00000000-0000-4000-8000-000000000000')).toEqual([]);
  });
});

describe('dialogues of a country', () => {
  it('lists those with a site there or convened from there, and combines with the other filters', async () => {
    const senegal = await convener('SN');
    const fromSenegal = await buildDialogue(senegal.owner, senegal.id, { sites: [] });
    const inSenegal = await buildDialogue(kit.owner, kit.org.id, {
      sites: [site('Dakar', 'SN', 'Africa/Dakar'), site('Saint-Louis', 'SN', 'Africa/Dakar')],
    });
    const inGhana = await buildDialogue(kit.owner, kit.org.id, {
      sites: [site('Accra', 'GH', 'Africa/Accra')],
    });

    expect(await idsOf('country=SN')).toEqual(sorted(fromSenegal.id, inSenegal.id));
    expect(await idsOf('country=GH')).toEqual([inGhana.id]);
    // Convened from Colombia: listed under it too, whatever its sites.
    const colombia = await idsOf('country=CO');
    expect(colombia).toEqual(expect.arrayContaining([inSenegal.id, inGhana.id]));
    expect(colombia).not.toContain(fromSenegal.id);
    // Filters add up: in Senegal AND linked to the Senegalese organisation.
    expect(await idsOf(`country=SN&organisation=${senegal.id}`)).toEqual([fromSenegal.id]);
    expect(await idsOf(`country=GH&organisation=${senegal.id}`)).toEqual([]);
    // Well-formed but no dialogue anywhere there: an empty list, like the directory's filter.
    const none = await visitor(kit.t, 'GET', '/api/v1/dialogues?country=ZZ');
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toEqual({ items: [], nextCursor: null });
  });
});

describe('the filters keep to what the reader may see', () => {
  it('does not list another organisation’s private dialogue to outsiders, even its site hosts', async () => {
    const benin = await convener('BJ');
    const closed = await buildDialogue(benin.owner, benin.id, {
      visibility: 'organisation',
      sites: [site('Cotonou', 'BJ', 'Africa/Porto-Novo', kit.org.id)],
    });
    const open = await buildDialogue(benin.owner, benin.id, {
      sites: [site('Parakou', 'BJ', 'Africa/Porto-Novo')],
    });

    for (const query of [`organisation=${benin.id}`, 'country=BJ']) {
      expect(await idsOf(query, benin.owner, 1), query).toEqual(sorted(closed.id, open.id));
      expect(await idsOf(query, kit.outsider, 1), query).toEqual([open.id]);
      expect(await idsOf(query, null, 1), query).toEqual([open.id]);
    }
    // Hosting a site does not open a private dialogue to the host's members.
    expect(await idsOf(`organisation=${kit.org.id}`, kit.owner)).not.toContain(closed.id);
  });
});

describe('filtered pages', () => {
  it('pages a filtered list, in each group, alone or with a series, like the whole list', async () => {
    const rwanda = await convener('RW');
    const series = await postCreated<{ id: string }>(rwanda.owner, '/api/v1/dialogue-series', {
      convenerOrganisationId: rwanda.id,
      title: { en: 'Rwanda series' },
    });
    const make = async (starts: string | null, inSeries: boolean, hosted = false) => {
      const d = hosted
        ? await buildDialogue(kit.owner, kit.org.id, {
            sites: [site('Kigali', 'RW', 'Africa/Kigali', rwanda.id)],
          })
        : await buildDialogue(rwanda.owner, rwanda.id, {
            sites: [],
            ...(inSeries ? { seriesId: series.id } : {}),
          });
      if (starts)
        await sql`UPDATE dialogues SET starts_at = ${starts}::timestamptz, status = 'scheduled'
          WHERE id = ${d.id}::uuid`.execute(kit.t.runtime.deps.db);
      return d.id;
    };
    // The test clock reads 2026-06-28T22:00Z; two share a start, so ties are paged too.
    const made = [
      await make('2026-07-01T10:00:00Z', true),
      await make('2026-07-01T10:00:00Z', false),
      await make('2026-08-01T10:00:00Z', false, true),
      await make('2026-05-01T10:00:00Z', true),
      await make('2026-04-01T10:00:00Z', false, true),
      await make(null, true),
      await make(null, false),
    ];
    const bases = [
      `organisation=${rwanda.id}`,
      'country=RW',
      `organisation=${rwanda.id}&series=${series.id}`,
    ];
    for (const base of bases) {
      for (const when of ['', '&when=upcoming', '&when=planning', '&when=past']) {
        const url = `/api/v1/dialogues?${base}${when}`;
        const whole = (await kit.owner.get(`${url}&limit=100`)).json() as { items: { id: string }[] };
        const ids = whole.items.map((i) => i.id);
        expect(new Set(ids).size, url).toBe(ids.length);
        for (const limit of [1, 2]) {
          const paged = await allIds(kit.t, kit.owner, `${url}&limit=${limit}`);
          expect(paged.ids, `${url} by ${limit}`).toEqual(ids);
          expect(paged.pages).toBe(Math.max(1, Math.ceil(ids.length / limit)));
        }
      }
    }
    expect(await idsOf(`organisation=${rwanda.id}`)).toEqual(sorted(...made));
    expect(await idsOf(`organisation=${rwanda.id}&series=${series.id}`)).toEqual(
      sorted(made[0]!, made[3]!, made[5]!),
    );
    expect(await idsOf(`country=RW&when=upcoming`)).toEqual(sorted(made[0]!, made[1]!, made[2]!));
    expect(await idsOf(`country=RW&when=past`)).toEqual(sorted(made[3]!, made[4]!));
  });
});

describe('filter values', () => {
  it('refuses a malformed organisation or country (400, naming the field)', async () => {
    for (const [query, field] of [
      ['organisation=not-a-uuid', 'organisation'],
      ['organisation=', 'organisation'],
      ['country=co', 'country'],
      ['country=COL', 'country'],
      ['country=C1', 'country'],
      ['country=SN&organisation=123', 'organisation'],
    ] as const) {
      const res = await visitor(kit.t, 'GET', `/api/v1/dialogues?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.field, query).toBe(field);
    }
  });
});
