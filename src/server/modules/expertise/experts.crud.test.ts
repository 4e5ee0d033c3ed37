import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories.js';
import {
  buildCapability,
  buildExpert,
  expertInput,
  memberOf,
  setUpExpertiseKit,
} from './expertise-test-kit.js';

const kit = setUpExpertiseKit();

const url = '/api/v1/experts';

describe('experts: create, read, update, delete', () => {
  it('lists an expert with their consent, recorded by the caller, linked to capabilities', async () => {
    const cap = await buildCapability(kit.owner, kit.org.id);
    const res = await kit.owner.post(url, expertInput(kit.org.id, { capabilityIds: [cap.id] }));
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({
      personal: true,
      fullName: 'Ana Beltrán Test',
      jobTitle: 'Director of Evaluation',
      email: 'ana.beltran@example.org',
      expertise: 'Impact evaluation of social programmes',
      availability: 'limited',
      availabilityNote: 'Back from leave in September',
      capabilities: [{ id: cap.id, title: 'Conditional cash transfers' }],
      abilities: { update: true, delete: true, audit: true },
    });
    expect(e.consent).toMatchObject({
      givenOn: '2026-05-02',
      method: 'written',
      recordedBy: { id: kit.owner.userId },
    });
    expect(e.sectors).toEqual([{ code: '16010', name: 'Social Protection' }]);
    // The capability lists the expert.
    const c = (await kit.owner.get(`/api/v1/capabilities/${cap.id}`)).json();
    expect(c.experts.map((x: { id: string }) => x.id)).toEqual([e.id]);
  });

  it('updates fields and links, re-records consent, and deletes', async () => {
    const capA = await buildCapability(kit.owner, kit.org.id);
    const capB = await buildCapability(kit.owner, kit.org.id, { title: { en: 'Electoral administration' } });
    const e = await buildExpert(kit.owner, kit.org.id, { capabilityIds: [capA.id] });
    const editor = await memberOf(kit.t, kit.org.id, 'editor');
    const res = await editor.patch(`${url}/${e.id}`, {
      availability: 'available',
      capabilityIds: [capB.id],
      consent: { givenOn: '2026-06-28', method: 'email' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().availability).toBe('available');
    expect(res.json().capabilities).toEqual([{ id: capB.id, title: 'Electoral administration' }]);
    expect(res.json().consent).toMatchObject({
      givenOn: '2026-06-28',
      method: 'email',
      recordedBy: { id: editor.userId },
    });
    expect(res.json().fullName).toBe('Ana Beltrán Test');

    expect((await kit.owner.del(`${url}/${e.id}`)).statusCode).toBe(200);
    expect((await kit.owner.get(`${url}/${e.id}`)).statusCode).toBe(404);
    // The capability no longer lists them.
    expect((await kit.owner.get(`/api/v1/capabilities/${capB.id}`)).json().experts).toEqual([]);
  });

  it('answers 404 for an unknown expert', async () => {
    expect((await kit.owner.get(`${url}/${randomUUID()}`)).statusCode).toBe(404);
    expect((await kit.owner.patch(`${url}/${randomUUID()}`, { availability: 'limited' })).statusCode).toBe(
      404,
    );
  });
});

describe('experts: bad input names the field', () => {
  const refused = async (body: Record<string, unknown>, field: string, message?: RegExp) => {
    const res = await kit.owner.post(url, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
    if (message) expect(res.json().error.message).toMatch(message);
  };

  it('refuses a record without consent: no consent, no record', async () => {
    const { consent: _, ...noConsent } = expertInput(kit.org.id);
    await refused(noConsent, 'consent', /consent: is required: record when and how/);
    await refused(expertInput(kit.org.id, { consent: null }), 'consent');
    await refused(expertInput(kit.org.id, { consent: { method: 'written' } }), 'consent.givenOn');
    await refused(expertInput(kit.org.id, { consent: { givenOn: '2026-05-02' } }), 'consent.method');
    await refused(
      expertInput(kit.org.id, { consent: { givenOn: '2026-05-02', method: 'telepathy' } }),
      'consent.method',
    );
    await refused(
      expertInput(kit.org.id, { consent: { givenOn: '2 May 2026', method: 'written' } }),
      'consent.givenOn',
    );
  });

  it('refuses a consent date in the future (the clock is 2026-06-28T22:00Z)', async () => {
    await refused(
      expertInput(kit.org.id, { consent: { givenOn: '2026-07-15', method: 'written' } }),
      'consent.givenOn',
      /2026-07-15 is in the future/,
    );
    // Already 29 June east of UTC+2: not refused.
    const res = await kit.owner.post(
      url,
      expertInput(kit.org.id, { consent: { givenOn: '2026-06-29', method: 'verbal_witnessed' } }),
    );
    expect(res.statusCode).toBe(201);
    const e = (await kit.owner.post(url, expertInput(kit.org.id))).json();
    const patch = await kit.owner.patch(`${url}/${e.id}`, {
      consent: { givenOn: '2027-01-01', method: 'email' },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.field).toBe('consent.givenOn');
  });

  it('refuses unknown sectors and languages, an empty name and a bad e-mail', async () => {
    await refused(expertInput(kit.org.id, { sectors: ['12345'] }), 'sectors', /12345/);
    await refused(expertInput(kit.org.id, { languages: ['klingon'] }), 'languages', /klingon/);
    await refused(expertInput(kit.org.id, { fullName: '  ' }), 'fullName', /is required/);
    await refused(expertInput(kit.org.id, { email: 'not-mail' }), 'email');
    await refused(expertInput(kit.org.id, { availability: 'sometimes' }), 'availability');
  });

  it('refuses a capability of another organisation, or one that does not exist', async () => {
    const other = await buildOrganisation(kit.owner, { countryCode: 'MX' });
    const foreign = await buildCapability(kit.owner, other.id);
    await refused(
      expertInput(kit.org.id, { capabilityIds: [foreign.id] }),
      'capabilityIds',
      new RegExp(foreign.id),
    );
    await refused(expertInput(kit.org.id, { capabilityIds: [randomUUID()] }), 'capabilityIds');
    const e = await buildExpert(kit.owner, kit.org.id);
    const res = await kit.owner.patch(`${url}/${e.id}`, { capabilityIds: [foreign.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('capabilityIds');
  });
});
