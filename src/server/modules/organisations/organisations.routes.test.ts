import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp } from '../../test/harness.js';
import {
  allPages as allPagesOf,
  memberOf as memberOfOrg,
  orgUrl,
  startOrgKit,
  visitorRequest,
} from './org-test-kit.js';

let t: TestApp;
let owner: Session;
let admin: Session;
beforeAll(async () => {
  ({ t, owner, admin } = await startOrgKit());
});
afterAll(() => t?.close());

const visitor = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  visitorRequest(t, method, url, payload);
const memberOf = (orgId: string, role: OrgRole) => memberOfOrg(t, orgId, role);
const _allPages = (as: Session | null, query: string, limit: number) => allPagesOf(t, as, query, limit);

describe('POST /organisations', () => {
  it('creates an organisation whose creator becomes its administrator', async () => {
    const res = await owner.post('/api/v1/organisations', {
      name: {
        en: 'Mexican Agency for International Development Cooperation',
        es: 'Agencia Mexicana de Cooperación Internacional para el Desarrollo',
      },
      acronym: 'AMEXCID',
      orgType: '10',
      countryCode: 'MX',
      website: 'https://www.gob.mx/amexcid',
      description: { en: 'The agency that coordinates Mexico’s cooperation.' },
    });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      acronym: 'AMEXCID',
      orgType: '10',
      countryCode: 'MX',
      visibility: 'public',
      memberCount: 1,
      parent: null,
      defaultLocale: 'en',
    });
    expect(org.countryName).toEqual(expect.any(String));
    expect(org.orgTypeName).toEqual(expect.any(String));
    expect(org.abilities).toEqual({ update: true, manage_members: true, audit: true, delete: false });
    const me = (await owner.get('/api/v1/me')).json();
    expect(me.memberships).toContainEqual(
      expect.objectContaining({ organisationId: org.id, role: 'org_admin' }),
    );
  });

  it('is 401 for visitors', async () => {
    const res = await visitor('POST', '/api/v1/organisations', {
      name: { en: 'Ghost agency' },
      orgType: '10',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it.each([
    [{ orgType: '99' }, 'orgType'],
    [{ orgType: 'ten' }, 'orgType'],
    [{ countryCode: 'ZZ' }, 'countryCode'],
    [{ countryCode: 'mexico' }, 'countryCode'],
    [{ iatiIdentifier: 'ZZ-FOO-1' }, 'iatiIdentifier'],
    [{ iatiIdentifier: 'not an identifier' }, 'iatiIdentifier'],
    [{ name: {} }, 'name'],
    [{ name: { en: '   ' } }, 'name'],
    [{ name: { xx: 'Unknown language' } }, 'name'],
    [{ website: 'ftp://files.example.org' }, 'website'],
    [{ website: 'javascript:alert(1)' }, 'website'],
    [{ description: { en: 'x'.repeat(5001) } }, 'description.en'],
    [{ acronym: 'A'.repeat(31) }, 'acronym'],
    [{ visibility: 'secret' }, 'visibility'],
    [{ parentId: randomUUID() }, 'parentId'],
  ])('refuses bad input %# naming the field', async (override, field) => {
    const before = (await owner.get('/api/v1/me')).json().memberships.length;
    const res = await owner.post('/api/v1/organisations', {
      name: { en: 'Refused agency' },
      orgType: '10',
      countryCode: 'MX',
      ...override,
    });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.field).toBe(field);
    expect(err.message).toContain(field.split('.')[0]);
    // Nothing half-made: the creator gained no membership.
    expect((await owner.get('/api/v1/me')).json().memberships.length).toBe(before);
  });

  it('accepts a well-formed IATI identifier with a known prefix and refuses a duplicate in any case', async () => {
    const ok = await owner.post('/api/v1/organisations', {
      name: { en: 'UNDP-like' },
      orgType: '40',
      iatiIdentifier: 'XM-DAC-41301',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().iatiIdentifier).toBe('XM-DAC-41301');
    const dup = await owner.post('/api/v1/organisations', {
      name: { en: 'Impostor' },
      orgType: '40',
      iatiIdentifier: 'xm-dac-41301',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'conflict', field: 'iatiIdentifier' });
    const list = (await owner.get('/api/v1/organisations?q=Impostor')).json();
    expect(list.items.map((o: { name: string }) => o.name)).not.toContain('Impostor');
  });

  it('lets only one of two simultaneous creations claim the same IATI identifier', async () => {
    const body = (n: string) => ({ name: { en: n }, orgType: '10', iatiIdentifier: 'XM-DAC-99901' });
    const [a, b] = await Promise.all([
      owner.post('/api/v1/organisations', body('Racer A')),
      owner.post('/api/v1/organisations', body('Racer B')),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.field).toBe('iatiIdentifier');
    const rows = await t.runtime.deps.db
      .selectFrom('organisations')
      .select('id')
      .where('iati_identifier', '=', 'XM-DAC-99901')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a body that is not an object', async () => {
    const res = await owner.request({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { 'content-type': 'application/json' },
      payload: '[]',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('GET /organisations/:id', () => {
  it('returns the profile with the caller’s abilities', async () => {
    const org = await buildOrganisation(owner);
    const asVisitor = await visitor('GET', orgUrl(org.id));
    expect(asVisitor.statusCode).toBe(200);
    expect(asVisitor.json().abilities).toEqual({
      update: false,
      manage_members: false,
      audit: false,
      delete: false,
    });
    const asAdmin = (await admin.get(orgUrl(org.id))).json();
    expect(asAdmin.abilities).toEqual({ update: true, manage_members: true, audit: true, delete: true });
  });

  it('is 404 for an unknown id and 400 naming `id` for a malformed one', async () => {
    const unknown = await visitor('GET', orgUrl(randomUUID()));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    const bad = await visitor('GET', orgUrl('not-a-uuid'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });
});

describe('visibility', () => {
  it('hides a `network` organisation from visitors but shows it to anyone signed in', async () => {
    const org = await buildOrganisation(owner, {
      name: { en: 'Networkonly Institute' },
      visibility: 'network',
    });
    expect((await visitor('GET', orgUrl(org.id))).statusCode).toBe(404);
    const listed = (await visitor('GET', '/api/v1/organisations?q=Networkonly')).json();
    expect(listed.items.map((o: { id: string }) => o.id)).not.toContain(org.id);

    const stranger = await signUp(t.app);
    expect((await stranger.get(orgUrl(org.id))).statusCode).toBe(200);
    const seen = (await stranger.get('/api/v1/organisations?q=Networkonly')).json();
    expect(seen.items.map((o: { id: string }) => o.id)).toContain(org.id);
  });

  it('shows an `organisation` organisation only to its members, its country’s coordinator and administrators', async () => {
    const org = await buildOrganisation(owner, {
      name: { en: 'Privateonly Fund' },
      visibility: 'organisation',
      countryCode: 'MX',
    });
    const member = await memberOf(org.id, 'member');
    const coordinator = await buildUser(t, { coordinatorOf: ['MX'] });
    const otherCoordinator = await buildUser(t, { coordinatorOf: ['BR'] });
    const stranger = await signUp(t.app);
    const listIds = async (s: Session | null) => {
      const res = s
        ? await s.get('/api/v1/organisations?q=Privateonly')
        : await visitor('GET', '/api/v1/organisations?q=Privateonly');
      return res.json().items.map((o: { id: string }) => o.id);
    };
    for (const s of [member, coordinator, admin, owner]) {
      expect((await s.get(orgUrl(org.id))).statusCode).toBe(200);
      expect(await listIds(s)).toContain(org.id);
    }
    for (const s of [stranger, otherCoordinator]) {
      expect((await s.get(orgUrl(org.id))).statusCode).toBe(404);
      expect(await listIds(s)).not.toContain(org.id);
    }
    expect((await visitor('GET', orgUrl(org.id))).statusCode).toBe(404);
    expect(await listIds(null)).not.toContain(org.id);
  });
});

describe('PATCH /organisations/:id', () => {
  it('lets the organisation’s administrator update it', async () => {
    const org = await buildOrganisation(owner, { name: { en: 'Obsolete Pelican Office' } });
    const res = await owner.patch(orgUrl(org.id), {
      name: { en: 'Quixotic Renamed Agency' },
      website: 'https://renamed.example.org',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Quixotic Renamed Agency',
      website: 'https://renamed.example.org',
    });
    // The search follows the new name.
    const search = async (q: string) =>
      (await visitor('GET', `/api/v1/organisations?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((o: { id: string }) => o.id);
    expect(await search('quixotic')).toEqual([org.id]);
    expect(await search('pelican')).not.toContain(org.id);
  });

  it('changes only the fields sent', async () => {
    const org = await buildOrganisation(owner, {
      visibility: 'network',
      defaultLocale: 'es',
      description: { es: 'Descripción' },
      acronym: 'KEEP',
    });
    const res = await owner.patch(orgUrl(org.id), { name: { es: 'Solo el nombre' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      visibility: 'network',
      defaultLocale: 'es',
      description: { es: 'Descripción' },
      acronym: 'KEEP',
      names: { es: 'Solo el nombre' },
    });
  });

  it('is 403 for the organisation’s editors and members and for outsiders, 401 for visitors', async () => {
    const org = await buildOrganisation(owner);
    const editor = await memberOf(org.id, 'editor');
    const member = await memberOf(org.id, 'member');
    const outsider = await signUp(t.app);
    const otherCoordinator = await buildUser(t, { coordinatorOf: ['BR'] });
    for (const s of [editor, member, outsider, otherCoordinator]) {
      const res = await s.patch(orgUrl(org.id), { name: { en: 'Hijacked' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await visitor('PATCH', orgUrl(org.id), { name: { en: 'Hijacked' } })).statusCode).toBe(401);
    expect((await visitor('GET', orgUrl(org.id))).json().name).toBe(org.name);
  });

  it('lets the coordinator of the organisation’s country update it', async () => {
    const org = await buildOrganisation(owner, { countryCode: 'MX' });
    const coordinator = await buildUser(t, { coordinatorOf: ['MX'] });
    const res = await coordinator.patch(orgUrl(org.id), { acronym: 'COORD' });
    expect(res.statusCode).toBe(200);
    expect(res.json().acronym).toBe('COORD');
    expect(res.json().abilities).toMatchObject({ update: true, manage_members: false, delete: false });
  });

  it('is 404 for unknown or invisible organisations and 400 for bad input', async () => {
    expect((await owner.patch(orgUrl(randomUUID()), { acronym: 'X' })).statusCode).toBe(404);
    const hidden = await buildOrganisation(admin, { visibility: 'organisation' });
    expect((await owner.patch(orgUrl(hidden.id), { acronym: 'X' })).statusCode).toBe(404);
    const org = await buildOrganisation(owner);
    for (const [body, field] of [
      [{ orgType: '99' }, 'orgType'],
      [{ countryCode: 'ZZ' }, 'countryCode'],
      [{ name: {} }, 'name'],
      [{ website: 'mailto:a@b.org' }, 'website'],
      [{ iatiIdentifier: 'ZZ-FOO-1' }, 'iatiIdentifier'],
    ] as const) {
      const res = await owner.patch(orgUrl(org.id), body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it('refuses a parent that would make a cycle, naming `parentId`', async () => {
    const top = await buildOrganisation(owner, { name: { en: 'Ministry' } });
    const mid = await buildOrganisation(owner, { name: { en: 'Directorate' }, parentId: top.id });
    const low = await buildOrganisation(owner, { name: { en: 'Unit' }, parentId: mid.id });
    expect((await owner.get(orgUrl(low.id))).json().parent).toEqual({ id: mid.id, name: 'Directorate' });
    for (const parentId of [low.id, mid.id, top.id]) {
      const res = await owner.patch(orgUrl(top.id), { parentId });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('parentId');
    }
    const unknown = await owner.patch(orgUrl(low.id), { parentId: randomUUID() });
    expect(unknown.json().error.field).toBe('parentId');
    const detach = await owner.patch(orgUrl(low.id), { parentId: null });
    expect(detach.statusCode).toBe(200);
    expect(detach.json().parent).toBeNull();
  });

  it('refuses taking another organisation’s IATI identifier but keeps its own', async () => {
    const a = await buildOrganisation(owner, { iatiIdentifier: 'XM-DAC-70001' });
    const b = await buildOrganisation(owner);
    const taken = await owner.patch(orgUrl(b.id), { iatiIdentifier: 'xm-dac-70001' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.field).toBe('iatiIdentifier');
    const same = await owner.patch(orgUrl(a.id), { iatiIdentifier: 'XM-DAC-70001', acronym: 'SAME' });
    expect(same.statusCode).toBe(200);
  });
});

describe('DELETE /organisations/:id', () => {
  it('lets only platform administrators delete', async () => {
    const org = await buildOrganisation(owner);
    const asOwner = await owner.del(orgUrl(org.id));
    expect(asOwner.statusCode).toBe(403);
    expect((await visitor('DELETE', orgUrl(org.id))).statusCode).toBe(401);
    expect((await visitor('GET', orgUrl(org.id))).statusCode).toBe(200);
    const ok = await admin.del(orgUrl(org.id));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true });
    expect((await visitor('GET', orgUrl(org.id))).statusCode).toBe(404);
    expect(
      (await owner.get('/api/v1/me'))
        .json()
        .memberships.map((m: { organisationId: string }) => m.organisationId),
    ).not.toContain(org.id);
  });

  it('is 404 for an unknown organisation and 400 for a malformed id', async () => {
    expect((await admin.del(orgUrl(randomUUID()))).statusCode).toBe(404);
    expect((await admin.del(orgUrl('123'))).statusCode).toBe(400);
  });

  it('detaches sub-units instead of deleting them', async () => {
    const parent = await buildOrganisation(owner);
    const child = await buildOrganisation(owner, { parentId: parent.id });
    expect((await admin.del(orgUrl(parent.id))).statusCode).toBe(200);
    const after = await owner.get(orgUrl(child.id));
    expect(after.statusCode).toBe(200);
    expect(after.json().parent).toBeNull();
  });
});
