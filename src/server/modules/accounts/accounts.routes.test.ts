import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { asSession, STRONG_PASSWORD, signUp, type TestApp, testApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

const register = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: payload as object });

describe('POST /auth/register', () => {
  it('creates an account, signs it in with an httpOnly SameSite cookie and returns a CSRF token', async () => {
    const res = await register({
      email: 'Ana@Example.org',
      password: STRONG_PASSWORD,
      displayName: 'Ana',
      locale: 'es',
      timeZone: 'America/Bogota',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({
      email: 'ana@example.org',
      displayName: 'Ana',
      locale: 'es',
      timeZone: 'America/Bogota',
      isAdmin: false,
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.abilities['organisation.create']).toBe(true);
    expect(body.abilities['experience.review']).toBe(false);
    const cookie = res.cookies.find((c) => c.name === 'kx_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('refuses a duplicate email by name, whatever its case', async () => {
    const res = await register({ email: 'ANA@example.org', password: STRONG_PASSWORD, displayName: 'Ana 2' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', field: 'email' });
  });

  it.each([
    [{ email: 'not-an-email', password: STRONG_PASSWORD, displayName: 'X' }, 'email'],
    [{ email: 'x@example.org', password: 'short', displayName: 'X' }, 'password'],
    [{ email: 'x@example.org', password: 'aaaaaaaaaaaa', displayName: 'X' }, 'password'],
    [{ email: 'x@example.org', password: STRONG_PASSWORD, displayName: '' }, 'displayName'],
    [
      { email: 'x@example.org', password: STRONG_PASSWORD, displayName: 'X', timeZone: 'Mars/Olympus' },
      'timeZone',
    ],
    [{ email: 'x@example.org', password: STRONG_PASSWORD, displayName: 'X', locale: 'xx' }, 'locale'],
    [{ password: STRONG_PASSWORD, displayName: 'X' }, 'email'],
  ])('refuses bad input %# naming the field', async (payload, field) => {
    const res = await register(payload);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation_failed');
    expect(err.field).toBe(field);
    expect(err.message).toContain(field);
  });

  it('refuses malformed JSON and non-JSON bodies', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeDefined();
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a',
    });
    expect(form.statusCode).toBe(415);
  });
});

describe('sign-in, session and sign-out', () => {
  it('signs in with the right password and refuses a wrong one with the same message as an unknown email', async () => {
    const u = await signUp(t.app);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: STRONG_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: 'wrong-password-1' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.org', password: 'wrong-password-1' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('tells reviewers (brokers, country coordinators) they may review experiences', async () => {
    for (const overrides of [{ isBroker: true }, { coordinatorOf: ['MX'] }]) {
      const session = await buildUser(t, overrides);
      expect((await session.get('/api/v1/auth/session')).json().abilities['experience.review']).toBe(true);
    }
  });

  it('tells the marketplace menus what the user may do there', async () => {
    const abilities = async (s: Awaited<ReturnType<typeof buildUser>>) =>
      (await s.get('/api/v1/auth/session')).json().abilities;
    const plain = await abilities(await buildUser(t));
    expect(plain).toMatchObject({
      'market.post': false,
      'introduction.broker': false,
      'match.configure': false,
    });
    // A new organisation's founder administers it, and may post for it.
    const founder = await buildUser(t);
    await buildOrganisation(founder);
    expect(await abilities(founder)).toMatchObject({ 'market.post': true, 'introduction.propose': true });
    expect(await abilities(await buildUser(t, { isBroker: true }))).toMatchObject({
      'introduction.broker': true,
      'match.configure': false,
    });
    expect(await abilities(await buildUser(t, { isAdmin: true }))).toMatchObject({ 'match.configure': true });
  });

  it('reports the visitor session when nobody is signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(res.json()).toMatchObject({
      user: null,
      csrfToken: null,
      abilities: { 'organisation.create': false },
    });
  });

  it('requires the CSRF header on cookie-authenticated writes, but not on bearer-token calls', async () => {
    const u = await signUp(t.app);
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: u.cookie },
      payload: { displayName: 'Changed' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');
    const wrongCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: u.cookie, 'x-csrf-token': 'nope' },
      payload: { displayName: 'Changed' },
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const ok = await u.patch('/api/v1/me', { displayName: 'Changed' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().displayName).toBe('Changed');
  });

  it('signs out: the cookie stops working', async () => {
    const u = await signUp(t.app);
    expect((await u.post('/api/v1/auth/logout')).statusCode).toBe(200);
    const me = await u.get('/api/v1/me');
    expect(me.statusCode).toBe(401);
  });

  it('expires sessions after SESSION_TTL_HOURS', async () => {
    const u = await signUp(t.app);
    t.clock.advance(15 * 24 * 3600_000);
    try {
      expect((await u.get('/api/v1/me')).statusCode).toBe(401);
    } finally {
      t.clock.advance(-15 * 24 * 3600_000);
    }
  });
});

describe('profile', () => {
  it('GET /me is 401 for visitors', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('updates language and time zone, refusing unknown ones', async () => {
    const u = await signUp(t.app);
    const ok = await u.patch('/api/v1/me', { locale: 'fr', timeZone: 'Asia/Jakarta' });
    expect(ok.json()).toMatchObject({ locale: 'fr', timeZone: 'Asia/Jakarta' });
    const bad = await u.patch('/api/v1/me', { timeZone: '+05:30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('timeZone');
  });

  it('changes the password only with the current one', async () => {
    const u = await signUp(t.app);
    const wrong = await u.post('/api/v1/me/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'another-strong-pass-9',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('currentPassword');
    const ok = await u.post('/api/v1/me/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'another-strong-pass-9',
    });
    expect(ok.statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: 'another-strong-pass-9' },
    });
    expect(login.statusCode).toBe(200);
  });
});

describe('API tokens', () => {
  it('shows a token once, authenticates bearer calls without CSRF, and stops working when revoked', async () => {
    const u = await signUp(t.app);
    const created = await u.post('/api/v1/me/tokens', { name: 'sync script' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^kxt_/);
    const list = await u.get('/api/v1/me/tokens');
    expect(JSON.stringify(list.json())).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(me.json().email).toBe(u.email);
    const write = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: bearer,
      payload: { displayName: 'Script' },
    });
    expect(write.statusCode).toBe(200);
    expect((await u.del(`/api/v1/me/tokens/${id}`)).statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('invalid_token');
  });

  it("cannot revoke someone else's token", async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    const { id } = (await a.post('/api/v1/me/tokens', { name: 'a' })).json();
    expect((await b.del(`/api/v1/me/tokens/${id}`)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'x' } })).statusCode,
    ).toBe(401);
  });
});

describe('password reset', () => {
  const outboxFor = (email: string) =>
    t.runtime.deps.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .orderBy('created_at', 'desc')
      .execute();

  it('answers the same for unknown emails and writes nothing for them', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email: 'ghost@example.org' },
    });
    expect(res.statusCode).toBe(202);
    expect(await outboxFor('ghost@example.org')).toHaveLength(0);
  });

  it('mails a single-use link (outbox when no SMTP) that sets a new password and expires', async () => {
    const u = await signUp(t.app, { locale: 'es' });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email: u.email },
    });
    const [mail] = await outboxFor(u.email);
    expect(mail).toBeDefined();
    expect(mail!.kind).toBe('password_reset');
    const token = /token=([\w-]+)/.exec(mail!.text_body)![1]!;
    const confirm = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, password },
      });
    expect((await confirm('brand-new-password-5')).statusCode).toBe(200);
    const again = await confirm('another-new-password-6');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.field).toBe('token');
    expect((await u.get('/api/v1/me')).statusCode).toBe(401); // old sessions were signed out

    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email: u.email },
    });
    const latest = (await outboxFor(u.email))[0]!;
    const token2 = /token=([\w-]+)/.exec(latest.text_body)![1]!;
    t.clock.advance(3 * 3600_000);
    try {
      const expired = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token: token2, password: 'late-password-77' },
      });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.message).toMatch(/expired/);
    } finally {
      t.clock.advance(-3 * 3600_000);
    }
  });

  it('refuses a made-up token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token: 'x'.repeat(43), password: 'brand-new-password-5' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('token');
  });
});

describe('asSession helper sanity', () => {
  it('is wired to the app', () => {
    expect(typeof asSession).toBe('function');
  });
});
