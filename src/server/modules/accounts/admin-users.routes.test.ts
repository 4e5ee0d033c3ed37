import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, STRONG_PASSWORD, signUp, type TestApp, testApp } from '../../test/harness.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

interface AdminUser {
  id: string;
  email: string;
  status: string;
  isAdmin: boolean;
  isBroker: boolean;
  coordinatorOf: string[];
  abilities: Record<string, boolean>;
}

const login = (email: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: STRONG_PASSWORD } });

describe('GET /admin/users', () => {
  it('lists and searches users, with abilities', async () => {
    const ana = await signUp(t.app, { email: 'ana.search@example.org', displayName: 'Ana Searchable' });
    const all = await admin.get('/api/v1/admin/users');
    expect(all.statusCode).toBe(200);
    expect(all.json().items.length).toBeGreaterThanOrEqual(2);
    const byEmail = await admin.get('/api/v1/admin/users?q=ANA.SEARCH');
    const items = byEmail.json().items as AdminUser[];
    expect(items.map((u) => u.id)).toEqual([ana.userId]);
    expect(items[0]).toMatchObject({ email: 'ana.search@example.org', status: 'active', isAdmin: false });
    expect(items[0]!.abilities).toEqual({ manage: true });
    expect(JSON.stringify(items[0])).not.toMatch(/password|hash/i);
    const byName = (await admin.get('/api/v1/admin/users?q=searchable')).json().items as AdminUser[];
    expect(byName.map((u) => u.id)).toEqual([ana.userId]);
    const wildcard = (await admin.get('/api/v1/admin/users?q=%25')).json().items as AdminUser[];
    expect(wildcard).toEqual([]);
  });

  it('pages through every match once, in a stable order', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await signUp(t.app, { email: `pager-${i}@example.org` })).userId);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await admin.get(`/api/v1/admin/users?q=pager-&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: AdminUser[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(made);
  });

  it('refuses bad paging input naming the field', async () => {
    const res = await admin.get('/api/v1/admin/users?limit=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('limit');
  });

  it('is 403 for non-administrators and 401 for visitors', async () => {
    const u = await signUp(t.app);
    expect((await u.get('/api/v1/admin/users')).statusCode).toBe(403);
    const visitor = await t.app.inject({ method: 'GET', url: '/api/v1/admin/users' });
    expect(visitor.statusCode).toBe(401);
    expect(visitor.json().error.code).toBe('unauthorized');
  });
});

describe('PATCH /admin/users/:id', () => {
  it('grants and withdraws broker, administrator and coordinator roles, with an audit entry', async () => {
    const u = await signUp(t.app);
    const broker = await admin.patch(`/api/v1/admin/users/${u.userId}`, { isBroker: true });
    expect(broker.statusCode).toBe(200);
    expect(broker.json()).toMatchObject({ id: u.userId, isBroker: true, isAdmin: false });
    const both = await admin.patch(`/api/v1/admin/users/${u.userId}`, {
      isAdmin: true,
      coordinatorOf: ['MX', 'CO', 'MX'],
    });
    expect(both.json()).toMatchObject({ isBroker: true, isAdmin: true });
    expect([...both.json().coordinatorOf].sort()).toEqual(['CO', 'MX']);
    // The user's own session sees the new roles at once.
    const me = (await u.get('/api/v1/me')).json();
    expect(me).toMatchObject({ isAdmin: true, isBroker: true });
    expect((await u.get('/api/v1/auth/session')).json().abilities['user.manage']).toBe(true);

    const back = await admin.patch(`/api/v1/admin/users/${u.userId}`, {
      isAdmin: false,
      isBroker: false,
      coordinatorOf: [],
    });
    expect(back.json()).toMatchObject({ isAdmin: false, isBroker: false, coordinatorOf: [] });
    expect((await u.get('/api/v1/admin/users')).statusCode).toBe(403);

    const trail = await admin.get(`/api/v1/audit/user/${u.userId}`);
    const actions = (trail.json().items as { action: string; actor: { id: string } | null }[]).filter(
      (e) => e.action === 'user.update_roles',
    );
    expect(actions).toHaveLength(3);
    for (const e of actions) expect(e.actor?.id).toBe(admin.userId);
  });

  it('refuses an unknown or malformed country with 400 naming coordinatorOf', async () => {
    const u = await signUp(t.app);
    const unknown = await admin.patch(`/api/v1/admin/users/${u.userId}`, { coordinatorOf: ['QQ'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      field: 'coordinatorOf',
      message: expect.stringContaining('QQ'),
    });
    const malformed = await admin.patch(`/api/v1/admin/users/${u.userId}`, { coordinatorOf: ['mx'] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.field).toMatch(/^coordinatorOf/);
    const unchanged = (await u.get('/api/v1/me')).json();
    expect(unchanged.coordinatorOf).toEqual([]);
  });

  it('refuses bad input by field and answers 404 for an unknown user', async () => {
    const u = await signUp(t.app);
    const bad = await admin.patch(`/api/v1/admin/users/${u.userId}`, { status: 'banned' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('status');
    const missing = await admin.patch('/api/v1/admin/users/00000000-0000-4000-8000-000000000000', {
      isBroker: true,
    });
    expect(missing.statusCode).toBe(404);
    expect((await admin.patch('/api/v1/admin/users/not-a-uuid', { isBroker: true })).json().error.field).toBe(
      'id',
    );
  });

  it('disables a user: their sessions and tokens stop working and they cannot sign in', async () => {
    const u = await signUp(t.app);
    const { token } = (await u.post('/api/v1/me/tokens', { name: 'script' })).json();
    const res = await admin.patch(`/api/v1/admin/users/${u.userId}`, { status: 'disabled' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('disabled');
    expect((await u.get('/api/v1/me')).statusCode).toBe(401);
    const bearer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.statusCode).toBe(401);
    const denied = await login(u.email);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('account_disabled');
    expect(denied.cookies.find((c) => c.name === 'kx_session')).toBeUndefined();

    expect((await admin.patch(`/api/v1/admin/users/${u.userId}`, { status: 'active' })).statusCode).toBe(200);
    expect((await login(u.email)).statusCode).toBe(200);
  });

  it('does not let an administrator remove their own administrator role or disable themself', async () => {
    const demote = await admin.patch(`/api/v1/admin/users/${admin.userId}`, { isAdmin: false });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().error.field).toBe('isAdmin');
    const disable = await admin.patch(`/api/v1/admin/users/${admin.userId}`, { status: 'disabled' });
    expect(disable.statusCode).toBe(400);
    expect(disable.json().error.field).toBe('status');
    expect((await admin.get('/api/v1/me')).json().isAdmin).toBe(true);
    // Other changes to oneself are fine.
    expect((await admin.patch(`/api/v1/admin/users/${admin.userId}`, { isBroker: true })).statusCode).toBe(
      200,
    );
  });

  it('is 403 for non-administrators and 401 for visitors', async () => {
    const u = await signUp(t.app);
    const self = await u.patch(`/api/v1/admin/users/${u.userId}`, { isAdmin: true });
    expect(self.statusCode).toBe(403);
    const visitor = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${u.userId}`,
      payload: { isAdmin: true },
    });
    expect(visitor.statusCode).toBe(401);
    expect((await u.get('/api/v1/me')).json().isAdmin).toBe(false);
  });
});

describe('country coordinators', () => {
  it('may update organisations of their country once granted, and only those', async () => {
    const owner = await buildUser(t);
    const mexican = await buildOrganisation(owner, { countryCode: 'MX' });
    const brazilian = await buildOrganisation(owner, { countryCode: 'BR' });
    const c = await signUp(t.app);
    const rename = (id: string) => c.patch(`/api/v1/organisations/${id}`, { acronym: 'COORD' });

    expect((await rename(mexican.id)).statusCode).toBe(403);
    const granted = await admin.patch(`/api/v1/admin/users/${c.userId}`, { coordinatorOf: ['MX'] });
    expect(granted.json().coordinatorOf).toEqual(['MX']);

    const ok = await rename(mexican.id);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ acronym: 'COORD', abilities: { update: true, delete: false } });
    expect((await rename(brazilian.id)).statusCode).toBe(403);
    expect((await c.get(`/api/v1/organisations/${brazilian.id}`)).json().abilities.update).toBe(false);
  });
});
