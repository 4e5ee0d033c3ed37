import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, signUp, type TestApp, testApp } from '../../test/harness.js';
import { badRequest } from './errors.js';

/** API error messages are worded in the caller's language; code and field never change. */

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t?.close());

let counter = 0;
const freshEmail = () => `i18n${++counter}-${Date.now()}@example.org`;

/** POST /auth/register with the given body, headers and query string; returns the error. */
async function registerError(
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  query = '',
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/auth/register${query}`,
    headers,
    payload: { email: freshEmail(), password: STRONG_PASSWORD, displayName: 'Ana', ...body },
  });
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  return res.json().error as { code: string; message: string; field?: string };
}

describe('the request language', () => {
  const badEmail = { email: 'not-an-email' };

  it('is English by default, as before', async () => {
    const err = await registerError(badEmail);
    expect(err).toMatchObject({
      code: 'validation_failed',
      field: 'email',
      message: 'email: must be an email address',
    });
  });

  it('follows Accept-Language (Spanish, French), keeping code and field', async () => {
    const es = await registerError(badEmail, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(es).toMatchObject({
      code: 'validation_failed',
      field: 'email',
      message: 'email: debe ser una dirección de correo electrónico',
    });
    const fr = await registerError(badEmail, { 'accept-language': 'fr-FR' });
    expect(fr).toMatchObject({
      code: 'validation_failed',
      field: 'email',
      message: 'email: doit être une adresse e-mail',
    });
  });

  it('follows ?locale= over Accept-Language', async () => {
    const err = await registerError(badEmail, { 'accept-language': 'es' }, '?locale=fr');
    expect(err.message).toBe('email: doit être une adresse e-mail');
  });

  it('follows a signed-in user’s profile language over Accept-Language', async () => {
    const user = await signUp(t.app, { locale: 'fr' });
    const res = await user.request({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { 'accept-language': 'es' },
      payload: { timeZone: 'Mars/Olympus' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'timeZone',
      message: 'timeZone: doit être un fuseau horaire IANA, par exemple America/Mexico_City',
    });
  });

  it('falls back to English for an unsupported language', async () => {
    const de = await registerError(badEmail, { 'accept-language': 'de-DE,de' });
    expect(de.message).toBe('email: must be an email address');
  });

  it('answers in the structured languages too, once their catalogue has the text', async () => {
    const pt = await registerError(badEmail, {}, '?locale=pt');
    expect(pt.message).toBe('email: deve ser um endereço de e-mail');
  });

  it('applies before the caller is known: a refused API token is answered in French', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer kxt_nope', 'accept-language': 'fr' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({
      code: 'invalid_token',
      message: 'Le jeton d’API est inconnu, expiré ou révoqué.',
    });
  });
});

describe('what is translated', () => {
  it('a duplicate-email conflict', async () => {
    const email = freshEmail();
    await signUp(t.app, { email });
    const err = await registerError({ email }, { 'accept-language': 'es' });
    expect(err).toEqual({
      code: 'conflict',
      field: 'email',
      message: 'email: ya existe una cuenta con este correo; inicie sesión o restablezca la contraseña.',
    });
  });

  it('an unknown organisation type, with its code', async () => {
    const user = await signUp(t.app);
    const create = (query: string) =>
      user.request({
        method: 'POST',
        url: `/api/v1/organisations${query}`,
        payload: { name: { en: 'X' }, orgType: '99' },
      });
    const en = (await create('')).json().error;
    expect(en).toEqual({
      code: 'bad_request',
      field: 'orgType',
      message: 'orgType: 99 is not an IATI organisation type.',
    });
    const fr = await create('?locale=fr');
    expect(fr.statusCode).toBe(400);
    expect(fr.json().error).toEqual({
      code: 'bad_request',
      field: 'orgType',
      message: 'orgType: 99 n’est pas un type d’organisation de l’IATI.',
    });
    const es = (await create('?locale=es')).json().error;
    expect(es.message).toBe('orgType: 99 no es un tipo de organización de la IATI.');
  });

  it('Zod’s own message (wrong type) through Zod’s locales', async () => {
    const wrongType = { displayName: 5 };
    const en = await registerError(wrongType);
    expect(en).toMatchObject({ field: 'displayName', code: 'validation_failed' });
    expect(en.message).toBe('displayName: Invalid input: expected string, received number');
    const es = await registerError(wrongType, { 'accept-language': 'es' });
    expect(es).toMatchObject({ field: 'displayName', code: 'validation_failed' });
    expect(es.message).toMatch(/^displayName: Entrada inválida: se esperaba texto, recibido número/);
    const fr = await registerError(wrongType, { 'accept-language': 'fr' });
    expect(fr.message).toMatch(/^displayName: Entrée invalide/);
    expect(fr.message).toContain('nombre');
    // A query number is coerced before it fails, so Zod saw NaN rather than the text sent.
    const limit = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?limit=abc&locale=es' });
    expect(limit.json().error).toMatchObject({ code: 'validation_failed', field: 'limit' });
    expect(limit.json().error.message).toMatch(/^limit: Entrada inválida: se esperaba número/);
  });

  it('a contract’s own message, with its variables, in every detail', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register?locale=es',
      payload: { email: 'nope', password: 'short', displayName: 'Ana' },
    });
    const err = res.json().error;
    expect(err.details).toEqual([
      { field: 'email', message: 'email: debe ser una dirección de correo electrónico' },
      { field: 'password', message: 'password: debe tener al menos 10 caracteres' },
    ]);
    const fr = await registerError({ password: 'aaaaaaaaaaaa' }, { 'accept-language': 'fr' });
    expect(fr.message).toBe('password: est trop simple : utilisez des caractères plus variés');
  });

  it('an unknown route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing?locale=es' });
    expect(res.json().error).toEqual({
      code: 'not_found',
      message: 'No existe la ruta GET /api/v1/no-such-thing.',
    });
  });
});

describe('AppError', () => {
  it('reads English outside a request (logs, the CLI)', () => {
    const err = badRequest('errors:organisations.unknownOrgType', 'orgType', { code: '99' });
    expect(err.message).toBe('orgType: 99 is not an IATI organisation type.');
    expect(err).toMatchObject({ status: 400, code: 'bad_request', field: 'orgType' });
  });
});
