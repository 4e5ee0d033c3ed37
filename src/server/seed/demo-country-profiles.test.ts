import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisationAsPlatform } from '../modules/organisations/index.js';
import { buildUser } from '../test/factories.js';
import { type TestApp, testApp } from '../test/harness.js';
import { DEMO_PROFILES, seedCountryProfiles } from './demo-country-profiles.js';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const orgIds = new Map<string, string>();
  for (const { key, parentKey, ...org } of DEMO_ORGANISATIONS) {
    const body = {
      description: {},
      defaultLocale: 'en',
      visibility: 'public',
      ...org,
      parentId: parentKey ? orgIds.get(parentKey) : null,
    };
    orgIds.set(key, await createOrganisationAsPlatform(t.runtime.deps, body as never, { isDemo: true }));
  }
  await seedCountryProfiles(t.runtime.deps, { orgIds, userIds: new Map() });
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });

describe('demo country profiles', () => {
  it('publishes every demo country except Kenya, whose draft stays private', async () => {
    const published = (await get('/countries?withProfile=true'))
      .json()
      .items.map((c: { code: string }) => c.code);
    const expected = DEMO_PROFILES.filter((p) => p.versions.length).map((p) => p.code);
    expect(published.sort()).toEqual(expected.sort());
    expect(published).toEqual(expect.arrayContaining(['CN', 'IN', 'ID', 'MX', 'SG']));
    expect(published).not.toContain('KE');
    const kenya = (await get('/countries/KE')).json();
    expect(kenya).toMatchObject({ profile: null, draft: null });
    const admin = await buildUser(t, { isAdmin: true });
    expect((await admin.get('/api/v1/countries/KE')).json().draft.content.countryRole).toBe('dual');
  });

  it('marks every published history as demo data and links the directory organisations', async () => {
    for (const p of DEMO_PROFILES.filter((x) => x.versions.length)) {
      const page = (await get(`/countries/${p.code}`)).json();
      for (const text of Object.values(page.profile.content.history) as string[])
        expect(text, p.code).toMatch(
          /\((Demo|Perfil de demo|Profil de démo|Perfil de demonstração|Profil demo)|（演示/,
        );
      expect(
        page.profile.bodies.every((b: { displayName: string }) => b.displayName),
        p.code,
      ).toBe(true);
    }
    const mx = (await get('/countries/MX?locale=es')).json();
    expect(mx.profile.bodies.map((b: { displayName: string }) => b.displayName)).toContain(
      'Secretaría de Relaciones Exteriores de México',
    );
  });

  it('gives several countries two versions, so "what changed" has content', async () => {
    const twice = DEMO_PROFILES.filter((p) => p.versions.length === 2).map((p) => p.code);
    expect(twice.length).toBeGreaterThanOrEqual(3);
    const diff = (await get('/countries/MX/profile/diff?from=1')).json();
    expect(diff.changes).toContainEqual({
      path: 'strategy.status',
      before: 'in_preparation',
      after: 'adopted',
    });
    expect(diff.from.publishedAt.slice(0, 4)).toBe('2019');
    const versions = (await get('/countries/ID/profile/versions')).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('records the seed in the audit trail with no actor', async () => {
    const admin = await buildUser(t, { isAdmin: true });
    const trail = (await admin.get('/api/v1/audit/country_profile/MX')).json().items;
    expect(trail.map((e: { action: string }) => e.action)).toContain('country_profile.publish');
    expect(trail.every((e: { actor: unknown }) => e.actor === null)).toBe(true);
  });
});
