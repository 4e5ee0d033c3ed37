import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';
import { testApp } from '../../test/harness.js';
import { countryUrl, createProfile, publishable, put, savePublish } from './country-test-kit.js';

let t: TestApp;
let mx: Session;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  mx = await buildUser(t, { coordinatorOf: ['MX'] });
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

describe('profile lifecycle', () => {
  it('creates, saves, publishes two versions, lists them and shows what changed', async () => {
    const created = await createProfile(mx, 'MX');
    expect(created.country).toMatchObject({ code: 'MX', name: 'Mexico', region: '498' });
    expect(created.profile).toBeNull();
    expect(created.draft.content.bodies).toEqual([]);
    expect(created.abilities).toEqual({
      createProfile: false,
      editProfile: true,
      publish: true,
      audit: true,
    });

    const agency = await buildOrganisation(mx, { name: { es: 'Agencia Mexicana de Cooperación' } });
    const first = publishable({
      bodies: [{ organisationId: agency.id, name: {}, roles: ['lead_agency'], note: {} }],
      coordination: { mechanism: 'formal', description: {}, memberIds: [agency.id] },
    });
    const saved = await put(mx, countryUrl('MX', '/profile/draft'), { draft: first });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().draft.updatedBy).toEqual(expect.any(String));
    expect(saved.json().draft.organisationNames).toEqual({ [agency.id]: 'Agencia Mexicana de Cooperación' });

    const v1 = await mx.post(countryUrl('MX', '/profile/publish'), { changeNote: 'First version' });
    expect(v1.statusCode, v1.body).toBe(200);
    expect(v1.json().profile).toMatchObject({ version: 1, changeNote: 'First version' });
    expect(v1.json().profile.bodies[0].displayName).toBe('Agencia Mexicana de Cooperación');

    t.clock.advance(86_400_000);
    const page = await savePublish(
      mx,
      'MX',
      {
        ...first,
        strategy: { status: 'adopted', title: {}, year: 2020, url: null },
        history: { en: 'Started in 1990.', es: 'Inició en 1990.' },
      },
      'Strategy adopted',
    );
    expect(page.profile.version).toBe(2);
    expect(page.profile.content.strategy.status).toBe('adopted');

    const versions = (await mx.get(countryUrl('MX', '/profile/versions'))).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.items[0].changeNote).toBe('Strategy adopted');

    const one = await t.app.inject({ method: 'GET', url: countryUrl('MX', '/profile/versions/1') });
    expect(one.statusCode).toBe(200);
    expect(one.json().content.strategy.status).toBe('in_preparation');
    expect(one.json().publishedBy).toBeNull(); // visitors do not see who published

    const diff = await t.app.inject({ method: 'GET', url: countryUrl('MX', '/profile/diff?from=1') });
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().from.version).toBe(1);
    expect(diff.json().to.version).toBe(2);
    expect(diff.json().changes).toEqual([
      { path: 'strategy.status', before: 'in_preparation', after: 'adopted' },
      { path: 'strategy.year', before: null, after: 2020 },
      { path: 'history.es', before: null, after: 'Inició en 1990.' },
    ]);
    const reverse = await t.app.inject({ method: 'GET', url: countryUrl('MX', '/profile/diff?from=2&to=1') });
    expect(reverse.json().changes[0]).toEqual({
      path: 'strategy.status',
      before: 'adopted',
      after: 'in_preparation',
    });
  });

  it('writes an audit entry for every change, readable by the coordinator', async () => {
    const trail = await mx.get('/api/v1/audit/country_profile/MX');
    expect(trail.statusCode, trail.body).toBe(200);
    const actions = trail.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'country_profile.publish',
      'country_profile.save_draft',
      'country_profile.publish',
      'country_profile.save_draft',
      'country_profile.create',
    ]);
    const lastSave = trail.json().items[1];
    expect(lastSave.actor.id).toBe(mx.userId);
    expect(lastSave.changes).toContainEqual({
      field: 'strategy.status',
      before: 'in_preparation',
      after: 'adopted',
    });
    const lastPublish = trail.json().items[0];
    expect(lastPublish.changes).toContainEqual({ field: 'version', before: 1, after: 2 });
  });

  it('refuses a second profile for the same country (409)', async () => {
    const res = await admin.post(countryUrl('MX', '/profile'), {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', field: 'code' });
  });

  it('refuses to publish an unchanged draft (409)', async () => {
    const res = await mx.post(countryUrl('MX', '/profile/publish'), {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('2');
  });

  it('refuses a stale draft (409) and overwrites nothing', async () => {
    const page = (await mx.get(countryUrl('MX'))).json();
    const base = page.draft.updatedAt;
    t.clock.advance(60_000);
    const other = await put(admin, countryUrl('MX', '/profile/draft'), {
      draft: { ...page.draft.content, obstacles: { en: 'Saved by the administrator.' } },
      baseUpdatedAt: base,
    });
    expect(other.statusCode, other.body).toBe(200);
    const stale = await put(mx, countryUrl('MX', '/profile/draft'), {
      draft: { ...page.draft.content, obstacles: { en: 'Saved by the coordinator.' } },
      baseUpdatedAt: base,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.field).toBe('baseUpdatedAt');
    const now = (await mx.get(countryUrl('MX'))).json();
    expect(now.draft.content.obstacles).toEqual({ en: 'Saved by the administrator.' });
    // Starting from the newer draft is fine.
    const fresh = await put(mx, countryUrl('MX', '/profile/draft'), {
      draft: { ...now.draft.content, obstacles: { en: 'Merged.' } },
      baseUpdatedAt: now.draft.updatedAt,
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('creates a profile with a given draft, checked like a saved one', async () => {
    const page = await createProfile(admin, 'CL', publishable({ defaultLocale: 'es' }));
    expect(page.draft.content.defaultLocale).toBe('es');
    expect(page.draft.content.countryRole).toBe('dual');
    const bad = await admin.post(countryUrl('PE', '/profile'), { draft: { countryRole: 'donor' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('draft.countryRole');
    expect((await admin.get(countryUrl('PE'))).json().draft).toBeNull();
  });
});
