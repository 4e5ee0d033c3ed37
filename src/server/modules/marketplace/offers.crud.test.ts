import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/harness.js';
import { buildOffer, buildOrganisation, offerInput, setUpMarketKit, visitor } from './market-test-kit.js';

const url = '/api/v1/offers';
const fixtures = { capability: '', privateCapability: '', experience: '', draft: '', foreignCapability: '' };

/** A published experience of the organisation (written straight to the tables: not what is tested). */
async function experience(t: TestApp, organisationId: string, status: 'published' | 'draft', title: string) {
  const db = t.runtime.deps.db;
  const content = JSON.stringify({ title: { en: title } });
  const { id } = await db
    .insertInto('experiences')
    .values({
      organisation_id: organisationId,
      status,
      content,
      published_version: status === 'published' ? 1 : null,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (status === 'published')
    await db
      .insertInto('experience_versions')
      .values({ experience_id: id, version: 1, content, published_at: new Date() } as never)
      .execute();
  return id;
}

const kit = setUpMarketKit(async (k) => {
  const capability = async (organisationId: string, visibility = 'public') => {
    const res = await k.owner.post('/api/v1/capabilities', {
      organisationId,
      title: { en: `Capability ${visibility}` },
      description: { en: 'What we know.' },
      visibility,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id as string;
  };
  fixtures.capability = await capability(k.org.id);
  fixtures.privateCapability = await capability(k.org.id, 'organisation');
  const other = await buildOrganisation(k.owner, { countryCode: 'CO' });
  fixtures.foreignCapability = await capability(other.id);
  fixtures.experience = await experience(k.t, k.org.id, 'published', 'Our cooperation law');
  fixtures.draft = await experience(k.t, k.org.id, 'draft', 'A draft');
});

describe('offers: create, read, update, delete', () => {
  it('posts an offer linked to the organisation’s capabilities and published experiences', async () => {
    const res = await kit.owner.post(
      url,
      offerInput(kit.org.id, {
        capabilityIds: [fixtures.capability, fixtures.privateCapability],
        experienceIds: [fixtures.experience],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      title: 'Designing a national cooperation law',
      costSharing: 'cost_shared',
      capacityPerYear: 3,
      status: 'open',
      expiresOn: '2027-01-31',
      experiences: [{ id: fixtures.experience, title: 'Our cooperation law' }],
    });
    expect(o.capabilities.map((c: { id: string }) => c.id)).toEqual([
      fixtures.capability,
      fixtures.privateCapability,
    ]);
    expect(o.challengeAreas[0].code).toBe('policy_instruments');
    expect(o.deliveryModes[0].code).toBe('virtual');
    expect(o.abilities).toEqual({ update: true, delete: true, audit: true });

    // A visitor sees the offer, but not the organisation-only capability it draws on.
    const read = await visitor(kit.t, 'GET', `${url}/${o.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().capabilities.map((c: { id: string }) => c.id)).toEqual([fixtures.capability]);
  });

  it('updates links and fields, and deletes', async () => {
    const o = await buildOffer(kit.owner, kit.org.id, { capabilityIds: [fixtures.capability] });
    const res = await kit.owner.patch(`${url}/${o.id}`, {
      capabilityIds: [],
      experienceIds: [fixtures.experience],
      status: 'matched',
      availableFrom: '2026-07-01',
      availableTo: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ capabilities: [], status: 'matched', availableTo: '2026-12-31' });
    expect(res.json().experiences).toHaveLength(1);
    expect((await kit.owner.del(`${url}/${o.id}`)).statusCode).toBe(200);
    expect((await visitor(kit.t, 'GET', `${url}/${o.id}`)).statusCode).toBe(404);
  });
});

describe('offers: bad input names the field', () => {
  const refused = async (overrides: Record<string, unknown>, field: string, message?: RegExp) => {
    const res = await kit.owner.post(url, offerInput(kit.org.id, overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
    if (message) expect(res.json().error.message).toMatch(message);
  };

  it('refuses another organisation’s capability and an unpublished or foreign experience, with its id', async () => {
    await refused(
      { capabilityIds: [fixtures.foreignCapability] },
      'capabilityIds',
      new RegExp(fixtures.foreignCapability),
    );
    await refused({ experienceIds: [fixtures.draft] }, 'experienceIds', new RegExp(fixtures.draft));
  });

  it('refuses unknown codes, a past expiry, an availability that ends before it starts', async () => {
    await refused({ challengeAreas: ['nope'] }, 'challengeAreas', /nope/);
    await refused({ deliveryModes: ['telepathy'] }, 'deliveryModes', /telepathy/);
    await refused({ sdgTargets: ['18'] }, 'sdgTargets', /18 is not an SDG/);
    await refused({ expiresOn: '2020-01-01' }, 'expiresOn', /in the past/);
    await refused({ availableFrom: '2026-09-01', availableTo: '2026-08-01' }, 'availableTo');
    await refused({ description: {} }, 'description');
    await refused({ capacityPerYear: -1 }, 'capacityPerYear');
  });
});

describe('offers: audit', () => {
  it('records create, update (with the links before) and delete', async () => {
    const o = await buildOffer(kit.owner, kit.org.id, { capabilityIds: [fixtures.capability] });
    await kit.owner.patch(`${url}/${o.id}`, { capabilityIds: [] });
    await kit.owner.del(`${url}/${o.id}`);
    const trail = (await kit.owner.get(`/api/v1/audit/offer/${o.id}`)).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'offer.delete',
      'offer.update',
      'offer.create',
    ]);
    expect(trail.items[1].changes).toEqual([
      { field: 'capabilityIds', before: [fixtures.capability], after: [] },
    ]);
  });
});
