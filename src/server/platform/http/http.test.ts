import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { type Session, type TestApp, testApp } from '../../test/harness.js';
import { encodeCursor } from './pagination.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

/** Every error response: exactly `{ error: { code, message, field?, details? } }`. */
function expectErrorShape(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  expect(body.error.message.length).toBeGreaterThan(0);
  for (const key of Object.keys(body.error)) expect(['code', 'message', 'field', 'details']).toContain(key);
  return body.error as { code: string; message: string; field?: string };
}

describe('security headers and request ids', () => {
  it('sends a strict Content-Security-Policy and the usual hardening headers', async () => {
    const res = await get('/api/v1/reference/languages');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the headers on errors too', async () => {
    const res = await get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('echoes the caller’s x-request-id, or makes one up', async () => {
    const echoed = await get('/api/health', { 'x-request-id': 'trace-abc-123' });
    expect(echoed.headers['x-request-id']).toBe('trace-abc-123');
    const made = await get('/api/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const other = await get('/api/health');
    expect(other.headers['x-request-id']).not.toBe(made.headers['x-request-id']);
  });
});

describe('platform routes', () => {
  it('GET /api/health reports the engine and current migrations', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: { engine: t.engine, reachable: true },
      migrations: { current: true, pending: [] },
      version: expect.any(String),
    });
  });

  it('answers many concurrent requests, health checks among them', async () => {
    const urls = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 0 ? '/api/health' : '/api/v1/organisations',
    );
    const results = await Promise.all(urls.map((url) => get(url)));
    for (const r of results) expect(r.statusCode).toBe(200);
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document with the API’s paths', async () => {
    const res = await get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('KX Hub API');
    for (const p of [
      '/api/v1/organisations',
      '/api/v1/organisations/{id}',
      '/api/v1/auth/login',
      '/api/health',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
    expect(doc.components.securitySchemes).toHaveProperty('session');
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
  });

  it('GET /api/docs serves the browsable page', async () => {
    let res = await get('/api/docs');
    if (res.statusCode >= 300 && res.statusCode < 400) res = await get(String(res.headers.location));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });
});

describe('one error shape', () => {
  it('unknown API routes are a JSON 404 naming the route', async () => {
    const err = expectErrorShape(await get('/api/v1/no-such-thing?x=1'), 404, 'not_found');
    expect(err.message).toContain('/api/v1/no-such-thing');
    expect(err.message).not.toContain('x=1');
    const post = await t.app.inject({ method: 'POST', url: '/api/v1/no-such-thing', payload: {} });
    expectErrorShape(post, 404, 'not_found');
  });

  it('holds for 401, 400 validation, malformed JSON, 415 and unknown records', async () => {
    expectErrorShape(await get('/api/v1/me'), 401, 'unauthorized');
    const invalid = expectErrorShape(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'nope', password: 'x' },
      }),
      400,
      'validation_failed',
    );
    expect(invalid.field).toBe('email');
    expect(invalid.message).toContain('email');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expectErrorShape(malformed, 400, malformed.json().error.code);
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expectErrorShape(xml, 415, 'unsupported_media_type');
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    // JSON only: text/plain (what a cross-site HTML form can send) is refused before any handler.
    expectErrorShape(text, 415, 'unsupported_media_type');
    expectErrorShape(
      await get('/api/v1/organisations/00000000-0000-4000-8000-000000000000'),
      404,
      'not_found',
    );
    const badId = expectErrorShape(await get('/api/v1/organisations/not-a-uuid'), 400, 'validation_failed');
    expect(badId.field).toBe('id');
  });

  it('refuses a tampered cursor with 400 naming cursor', async () => {
    const uuid = '00000000-0000-4000-8000-000000000000';
    const garbage = [
      'not-a-cursor',
      Buffer.from('{"v":"a"}').toString('base64url'),
      encodeCursor({ v: 'a', id: 'x' }),
    ];
    const badDate = encodeCursor({ v: 'not-a-date', id: uuid });
    const cases: [string, string][] = [
      ...garbage.flatMap((c): [string, string][] => [
        ['/api/v1/organisations', c],
        ['/api/v1/organisations?sort=newest', c],
        ['/api/v1/admin/users', c],
      ]),
      ['/api/v1/organisations?sort=newest', badDate],
      ['/api/v1/admin/users', badDate],
    ];
    for (const [url, c] of cases) {
      const res = await admin.get(`${url}${url.includes('?') ? '&' : '?'}cursor=${c}`);
      const err = expectErrorShape(res, 400, 'bad_request');
      expect(err.field, `${url} ${c}`).toBe('cursor');
    }
  });
});

describe('limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await testApp({ BODY_LIMIT_BYTES: '2048', RATE_LIMIT_AUTH_PER_MINUTE: '3' });
  });
  afterAll(() => limited?.close());

  it('refuses a body over BODY_LIMIT_BYTES with 413 payload_too_large', async () => {
    const res = await limited.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: { en: 'x'.repeat(3000) }, orgType: '10' },
    });
    const err = expectErrorShape(res, 413, 'payload_too_large');
    expect(err.field).toBe('body');
    // Just under the limit is read (and then refused for being anonymous, not for its size).
    const small = await limited.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: { en: 'x'.repeat(1500) }, orgType: '10' },
    });
    expect(small.statusCode).not.toBe(413);
  });

  it('rate-limits sign-in attempts with 429 rate_limited', async () => {
    const attempt = () =>
      limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'someone@example.org', password: 'wrong-password-1' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    const err = expectErrorShape(blocked, 429, 'rate_limited');
    expect(err.message).toMatch(/try again/i);
    expect(blocked.headers['retry-after']).toBeDefined();
    // Other routes keep their own, higher limits.
    expect((await limited.app.inject({ method: 'GET', url: '/api/v1/reference/languages' })).statusCode).toBe(
      200,
    );
  });
});
