import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import {
  countryUrl,
  createProfile,
  publishable,
  put,
  savePublish,
  visitorGet,
  visitorSend,
} from './country-test-kit.js';

let t: TestApp;
let br: Session; // coordinator of Brazil
let ar: Session; // coordinator of Argentina
let orgAdmin: Session; // administrator of a Brazilian organisation
let member: Session; // a signed-in user with no role
let admin: Session;
let brOrg: string;
beforeAll(async () => {
  t = await testApp();
  br = await buildUser(t, { coordinatorOf: ['BR'] });
  ar = await buildUser(t, { coordinatorOf: ['AR'] });
  admin = await buildUser(t, { isAdmin: true });
  member = await signUp(t.app);
  orgAdmin = await signUp(t.app);
  brOrg = (await buildOrganisation(orgAdmin, { countryCode: 'BR' })).id;
  await createProfile(br, 'BR', publishable());
});
afterAll(() => t?.close());

const expectError = (
  res: { statusCode: number; json(): { error: { field?: string } } },
  status: number,
  field?: string,
) => {
  expect(res.statusCode).toBe(status);
  if (field) expect(res.json().error.field).toBe(field);
};

describe('who may create, edit and publish', () => {
  it('refuses another country’s coordinator, an organisation administrator and a member (403)', async () => {
    for (const who of [ar, orgAdmin, member]) {
      expectError(await who.post(countryUrl('BR', '/profile'), {}), 403);
      expectError(await put(who, countryUrl('BR', '/profile/draft'), { draft: publishable() }), 403);
      expectError(await who.post(countryUrl('BR', '/profile/publish'), {}), 403);
      expectError(await who.post(countryUrl('UY', '/profile'), {}), 403);
    }
  });

  it('asks visitors to sign in (401)', async () => {
    expectError(await visitorSend(t, 'POST', countryUrl('UY', '/profile')), 401);
    expectError(await visitorSend(t, 'PUT', countryUrl('BR', '/profile/draft'), { draft: {} }), 401);
    expectError(await visitorSend(t, 'POST', countryUrl('BR', '/profile/publish')), 401);
  });

  it('lets the coordinator and administrators edit; abilities say so', async () => {
    const abilities = async (s: Session | null, code = 'BR') =>
      (s ? await s.get(countryUrl(code)) : await visitorGet(t, countryUrl(code))).json().abilities;
    expect(await abilities(br)).toEqual({
      createProfile: false,
      editProfile: true,
      publish: true,
      audit: true,
    });
    expect(await abilities(admin)).toEqual({
      createProfile: false,
      editProfile: true,
      publish: true,
      audit: true,
    });
    const none = { createProfile: false, editProfile: false, publish: false, audit: false };
    for (const s of [ar, orgAdmin, member, null]) expect(await abilities(s)).toEqual(none);
    expect(await abilities(ar, 'AR')).toEqual({ ...none, createProfile: true });
  });
});

describe('draft visibility', () => {
  it('shows the draft only to the coordinator and administrators; unpublished means no profile', async () => {
    for (const s of [br, admin]) expect((await s.get(countryUrl('BR'))).json().draft).not.toBeNull();
    for (const s of [ar, orgAdmin, member]) {
      const page = (await s.get(countryUrl('BR'))).json();
      expect(page.draft).toBeNull();
      expect(page.profile).toBeNull();
    }
    const visitor = (await visitorGet(t, countryUrl('BR'))).json();
    expect(visitor).toMatchObject({ profile: null, draft: null });
    expect((await visitorGet(t, countryUrl('BR', '/profile/versions'))).json()).toEqual({ items: [] });
    expect((await visitorGet(t, '/api/v1/countries?withProfile=true')).json().items).toEqual([]);
  });

  it('publishes to everyone while later drafts stay private', async () => {
    await savePublish(br, 'BR', publishable({ history: { pt: 'Publicado.' } }));
    await put(br, countryUrl('BR', '/profile/draft'), {
      draft: publishable({ history: { pt: 'Ainda rascunho.' } }),
    });
    const visitor = (await visitorGet(t, countryUrl('BR'))).json();
    expect(visitor.profile.content.history).toEqual({ pt: 'Publicado.' });
    expect(JSON.stringify(visitor)).not.toContain('Ainda rascunho');
    expect((await br.get(countryUrl('BR'))).json().draft.content.history).toEqual({ pt: 'Ainda rascunho.' });
  });

  it('lets only the coordinator and administrators read the audit trail', async () => {
    expect((await br.get('/api/v1/audit/country_profile/BR')).statusCode).toBe(200);
    expect((await admin.get('/api/v1/audit/country_profile/BR')).statusCode).toBe(200);
    expect((await ar.get('/api/v1/audit/country_profile/BR')).statusCode).toBe(404);
    expect((await orgAdmin.get('/api/v1/audit/country_profile/BR')).statusCode).toBe(404);
    expect((await visitorGet(t, '/api/v1/audit/country_profile/BR')).statusCode).toBe(401);
  });

  it('does not name a hidden organisation to readers who may not see it', async () => {
    const hidden = (
      await buildOrganisation(orgAdmin, {
        countryCode: 'BR',
        name: { en: 'Secret Unit' },
        visibility: 'organisation',
      })
    ).id;
    await savePublish(
      br,
      'BR',
      publishable({ bodies: [{ organisationId: hidden, name: {}, roles: ['lead_agency'], note: {} }] }),
    );
    const visitor = (await visitorGet(t, countryUrl('BR'))).json();
    expect(visitor.profile.bodies[0].displayName).toBe('');
    expect(JSON.stringify(visitor)).not.toContain('Secret Unit');
    const insider = (await orgAdmin.get(countryUrl('BR'))).json();
    expect(insider.profile.bodies[0].displayName).toBe('Secret Unit');
  });
});

describe('bad input', () => {
  it('is 404 for an unknown country and 400 for a malformed code', async () => {
    expectError(await visitorGet(t, countryUrl('XX')), 404);
    expectError(await visitorGet(t, countryUrl('mx')), 400, 'code');
    expectError(await admin.post(countryUrl('XX', '/profile'), {}), 400, 'code');
    expectError(await visitorGet(t, countryUrl('XX', '/profile/versions')), 404);
    expectError(await put(admin, countryUrl('UY', '/profile/draft'), { draft: {} }), 404);
    expectError(await admin.post(countryUrl('UY', '/profile/publish'), {}), 404);
  });

  it('refuses unknown codes and organisations naming the field path', async () => {
    const save = (draft: object) => put(br, countryUrl('BR', '/profile/draft'), { draft });
    expectError(await save({ countryRole: 'donor' }), 400, 'draft.countryRole');
    expectError(await save({ modalities: ['bilateral', 'telepathy'] }), 400, 'draft.modalities.1');
    const body = (organisationId: string | null) => ({
      organisationId,
      name: { en: 'X' },
      roles: [],
      note: {},
    });
    expectError(
      await save({ bodies: [body(null), body(randomUUID())] }),
      400,
      'draft.bodies.1.organisationId',
    );
    expectError(
      await save({ coordination: { mechanism: 'formal', memberIds: [brOrg, randomUUID()] } }),
      400,
      'draft.coordination.memberIds.1',
    );
    expectError(
      await save({ bodies: [{ ...body(null), roles: ['emperor'] }] }),
      400,
      'draft.bodies.0.roles.0',
    );
    expectError(await save({ strategy: { status: 'maybe' } }), 400, 'draft.strategy.status');
    expectError(await save({ legalBasis: { year: 1800 } }), 400, 'draft.legalBasis.year');
    expectError(await save({ strategy: { url: 'javascript:alert(1)' } }), 400, 'draft.strategy.url');
    expectError(await save({ history: { xx: 'text' } }), 400);
    expectError(
      await put(br, countryUrl('BR', '/profile/draft'), { draft: {}, baseUpdatedAt: 'yesterday' }),
      400,
      'baseUpdatedAt',
    );
  });

  it('refuses to publish a draft with missing fields, naming the first one and listing all', async () => {
    await createProfile(ar, 'AR');
    const res = await ar.post(countryUrl('AR', '/profile/publish'), {});
    expectError(res, 400, 'countryRole');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'countryRole',
      'bodies',
      'strategy.status',
      'coordination.mechanism',
      'history',
      'obstacles',
      'challenges',
    ]);
    await put(ar, countryUrl('AR', '/profile/draft'), { draft: publishable({ bodies: [], obstacles: {} }) });
    expectError(await ar.post(countryUrl('AR', '/profile/publish'), {}), 400, 'bodies');
    await put(ar, countryUrl('AR', '/profile/draft'), { draft: publishable({ obstacles: { en: '  ' } }) });
    const last = await ar.post(countryUrl('AR', '/profile/publish'), {});
    expectError(last, 400, 'obstacles');
    expect(last.json().error.message).toMatch(/^obstacles: /);
    expect((await visitorGet(t, countryUrl('AR'))).json().profile).toBeNull();
  });

  it('words errors in the reader’s language', async () => {
    const res = await ar.post(countryUrl('AR', '/profile/publish?locale=es'), {});
    expect(res.json().error.message).toContain('obstáculos');
  });

  it('is 404 for a version that does not exist and 400 naming from/to in a diff', async () => {
    expectError(await visitorGet(t, countryUrl('BR', '/profile/versions/99')), 404);
    expectError(await visitorGet(t, countryUrl('BR', '/profile/versions/0')), 400, 'version');
    expectError(await visitorGet(t, countryUrl('BR', '/profile/diff?from=9')), 400, 'from');
    expectError(await visitorGet(t, countryUrl('BR', '/profile/diff?from=1&to=9')), 400, 'to');
    expectError(await visitorGet(t, countryUrl('BR', '/profile/diff')), 400, 'from');
    expectError(await visitorGet(t, countryUrl('AR', '/profile/diff?from=1')), 400, 'from');
  });
});
