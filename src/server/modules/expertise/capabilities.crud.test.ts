import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCapability, capabilityInput, setUpExpertiseKit, visitor } from './expertise-test-kit.js';

const kit = setUpExpertiseKit();

const url = '/api/v1/capabilities';

describe('capabilities: create, read, update, delete', () => {
  it('creates a capability with named codes, its organisation and abilities', async () => {
    const res = await kit.owner.post(
      url,
      capabilityInput(kit.org.id, { sectors: ['16010', '151', '16010'] }),
    );
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.title).toBe('Conditional cash transfers');
    expect(c.organisation).toMatchObject({ id: kit.org.id, countryCode: 'MX', countryName: 'Mexico' });
    // Repeats are dropped; a 3-digit category is accepted beside 5-digit codes.
    expect(c.sectors).toEqual([
      { code: '16010', name: 'Social Protection' },
      { code: '151', name: 'Government & Civil Society-general' },
    ]);
    expect(c.sdgTargets[0].code).toBe('1.3');
    expect(c.instruments.map((i: { name: string }) => i.name)).toEqual(['Study tour', 'Expert visit']);
    expect(c.languages.map((l: { name: string }) => l.name)).toEqual(['Spanish', 'English']);
    expect(c.capacityPerYear).toBe(4);
    expect(c.costSharing).toBe('cost_shared');
    expect(c.abilities).toEqual({ update: true, delete: true, audit: true });
    expect(c.experts).toEqual([]);

    const read = await visitor(kit.t, 'GET', `${url}/${c.id}?locale=es`);
    expect(read.statusCode).toBe(200);
    expect(read.json().organisation.countryName).toBe('México');
    expect(read.json().instruments[0].name).toBe('Visita de estudio');
    expect(read.json().abilities).toEqual({ update: false, delete: false, audit: false });
  });

  it('applies defaults: negotiable cost sharing, public, no capacity', async () => {
    const res = await kit.owner.post(url, {
      organisationId: kit.org.id,
      title: { fr: 'Gestion des risques' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      costSharing: 'negotiable',
      visibility: 'public',
      capacityPerYear: null,
      titleLocale: 'fr',
      sectors: [],
    });
  });

  it('updates only the fields sent, and deletes', async () => {
    const c = await buildCapability(kit.owner, kit.org.id);
    const res = await kit.owner.patch(`${url}/${c.id}`, { capacityPerYear: 0, sdgTargets: ['16.6', '1.3'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().capacityPerYear).toBe(0);
    expect(res.json().sdgTargets.map((s: { code: string }) => s.code)).toEqual(['16.6', '1.3']);
    expect(res.json().title).toBe('Conditional cash transfers');
    const cleared = await kit.owner.patch(`${url}/${c.id}`, { capacityPerYear: null });
    expect(cleared.json().capacityPerYear).toBeNull();

    const del = await kit.owner.del(`${url}/${c.id}`);
    expect(del.statusCode).toBe(200);
    expect((await kit.owner.get(`${url}/${c.id}`)).statusCode).toBe(404);
    expect((await kit.owner.del(`${url}/${c.id}`)).statusCode).toBe(404);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await kit.owner.get(`${url}/${randomUUID()}`)).statusCode).toBe(404);
    const bad = await kit.owner.get(`${url}/not-a-uuid`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });
});

describe('capabilities: bad input names the field', () => {
  const refused = async (overrides: Record<string, unknown>, field: string, message?: RegExp) => {
    const res = await kit.owner.post(url, capabilityInput(kit.org.id, overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
    if (message) expect(res.json().error.message).toMatch(message);
    return res.json().error;
  };

  it('refuses unknown or withdrawn sectors, with the code', async () => {
    await refused({ sectors: ['16010', '99999'] }, 'sectors', /99999 is not a DAC sector code/);
    await refused({ sectors: ['74010'] }, 'sectors', /74010/); // withdrawn by IATI
    await refused({ sectors: ['1601'] }, 'sectors', /1601/);
    await refused({ sectors: ['999'] }, 'sectors', /999/);
  });

  it('refuses unknown SDG targets, instruments and languages', async () => {
    await refused({ sdgTargets: ['16.99'] }, 'sdgTargets', /16\.99 is not an SDG target/);
    await refused({ instruments: ['teleportation'] }, 'instruments', /teleportation/);
    await refused({ languages: ['xx'] }, 'languages', /xx is not a language code/);
  });

  it('refuses a negative or fractional capacity and an unknown cost sharing', async () => {
    const e = await refused({ capacityPerYear: -1 }, 'capacityPerYear');
    expect(e.message).toBe('capacityPerYear: must be a whole number, 0 or more');
    await refused({ capacityPerYear: 2.5 }, 'capacityPerYear');
    await refused({ costSharing: 'free' }, 'costSharing');
  });

  it('refuses an empty title, in the reader’s language', async () => {
    await refused({ title: {} }, 'title', /needs text in at least one language/);
    await refused({ title: { en: '   ' } }, 'title');
    const res = await kit.owner.request({
      method: 'POST',
      url: `${url}?locale=es`,
      payload: capabilityInput(kit.org.id, { sectors: ['00000'] }),
    });
    expect(res.json().error.message).toMatch(/^sectors: 00000 no es un código de sector CAD/);
  });

  it('refuses an organisation that does not exist', async () => {
    const res = await kit.owner.post(url, capabilityInput(randomUUID()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('organisationId');
  });

  it('refuses bad codes on update too, but keeps codes the record already holds', async () => {
    const c = await buildCapability(kit.owner, kit.org.id);
    const res = await kit.owner.patch(`${url}/${c.id}`, { languages: ['es', 'qq'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'languages' });
    const neg = await kit.owner.patch(`${url}/${c.id}`, { capacityPerYear: -3 });
    expect(neg.json().error.field).toBe('capacityPerYear');
    // Nothing of a refused update was saved.
    expect(
      (await kit.owner.get(`${url}/${c.id}`)).json().languages.map((l: { code: string }) => l.code),
    ).toEqual(['es', 'en']);
  });
});

describe('capabilities: audit', () => {
  it('records create, update and delete on the capability’s trail, readable by its owners', async () => {
    const c = await buildCapability(kit.owner, kit.org.id);
    await kit.owner.patch(`${url}/${c.id}`, { capacityPerYear: 9 });
    await kit.owner.del(`${url}/${c.id}`);
    const trail = await kit.owner.get(`/api/v1/audit/capability/${c.id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    const entries = trail.json().items as {
      action: string;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
    expect(entries.map((e) => e.action)).toEqual([
      'capability.delete',
      'capability.update',
      'capability.create',
    ]);
    expect(entries[1]!.changes).toEqual([{ field: 'capacityPerYear', before: 4, after: 9 }]);
    // Someone from elsewhere cannot read it.
    const stranger = await visitor(kit.t, 'GET', `/api/v1/audit/capability/${c.id}`);
    expect(stranger.statusCode).toBe(401);
  });
});
