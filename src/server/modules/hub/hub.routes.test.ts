import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { signUp, type TestApp, testApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

const stats = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats' });
  expect(res.statusCode).toBe(200);
  return { counts: res.json().counts as Record<string, number>, headers: res.headers };
};

describe('GET /stats', () => {
  it('is public, cacheable for a minute, and gathers every module’s counts', async () => {
    const { counts, headers } = await stats();
    expect(headers['cache-control']).toBe('public, max-age=60');
    expect(Object.keys(counts).sort()).toEqual(
      expect.arrayContaining(['countries', 'members', 'organisations']),
    );
    for (const n of Object.values(counts)) expect(Number.isInteger(n)).toBe(true);
  });

  it('counts public organisations and their countries only', async () => {
    const before = (await stats()).counts;
    const owner = await buildUser(t);
    await buildOrganisation(owner, { visibility: 'public', countryCode: 'MX' });
    await buildOrganisation(owner, { visibility: 'public', countryCode: 'MX' });
    await buildOrganisation(owner, { visibility: 'network', countryCode: 'BR' });
    await buildOrganisation(owner, { visibility: 'organisation', countryCode: 'AR' });
    const after = (await stats()).counts;
    expect(after.organisations).toBe(before.organisations! + 2);
    expect(after.countries).toBe(before.countries! + 1);
  });

  it('stops counting an organisation made private, and counts it again when public', async () => {
    const owner = await buildUser(t);
    const org = await buildOrganisation(owner, { visibility: 'public', countryCode: 'KE' });
    const before = (await stats()).counts;
    expect((await owner.patch(`/api/v1/organisations/${org.id}`, { visibility: 'network' })).statusCode).toBe(
      200,
    );
    expect((await stats()).counts.organisations).toBe(before.organisations! - 1);
    expect((await stats()).counts.countries).toBe(before.countries! - 1);
    await owner.patch(`/api/v1/organisations/${org.id}`, { visibility: 'public' });
    expect((await stats()).counts.organisations).toBe(before.organisations);
  });

  it('counts active members, not disabled ones', async () => {
    const before = (await stats()).counts.members!;
    const admin = await buildUser(t, { isAdmin: true });
    const u = await signUp(t.app);
    expect((await stats()).counts.members).toBe(before + 2);
    await admin.patch(`/api/v1/admin/users/${u.userId}`, { status: 'disabled' });
    expect((await stats()).counts.members).toBe(before + 1);
  });
});
