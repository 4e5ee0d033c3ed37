import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_WEIGHTS } from '../../../shared/matching/index.js';
import { signUp } from '../../test/harness.js';
import { insertOrganisation, memberOf, setUpMatchingKit } from './matching-test-kit.js';

const kit = setUpMatchingKit();
const URL = '/api/v1/admin/match-settings';

const put = (as: { request: typeof kit.admin.request } | null, payload: unknown) =>
  as
    ? as.request({ method: 'PUT', url: URL, payload: payload as object })
    : kit.t.app.inject({ method: 'PUT', url: URL, payload: payload as object });

describe('match settings', () => {
  it('are the defaults (minimum score 35) until an administrator changes them', async () => {
    const res = await kit.admin.get(URL);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ weights: DEFAULT_MATCH_WEIGHTS, minScore: 35, updatedAt: null });
  });

  it('are read and changed by platform administrators only', async () => {
    const orgAdmin = await memberOf(kit, await insertOrganisation(kit, { country: 'MX' }), 'org_admin');
    const someone = await signUp(kit.t.app);
    expect((await kit.t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await someone.get(URL)).statusCode).toBe(403);
    expect((await orgAdmin.get(URL)).statusCode).toBe(403);
    const body = { weights: DEFAULT_MATCH_WEIGHTS };
    expect((await put(null, body)).statusCode).toBe(401);
    expect((await put(someone, body)).statusCode).toBe(403);
    expect((await put(orgAdmin, body)).statusCode).toBe(403);
  });

  it('an administrator changes them; the change is audited', async () => {
    const weights = { ...DEFAULT_MATCH_WEIGHTS, history: 0.2, sdg: 0 };
    const res = await put(kit.admin, { weights, minScore: 40 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ weights, minScore: 40 });
    expect((await kit.admin.get(URL)).json()).toMatchObject({ weights, minScore: 40 });
    // Leaving out the minimum score keeps it.
    expect((await put(kit.admin, { weights: DEFAULT_MATCH_WEIGHTS })).json().minScore).toBe(40);
    const audit = await kit.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'before', 'after'])
      .where('entity_type', '=', 'match_settings')
      .orderBy('id')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: 'match_settings.update',
      actor_id: kit.admin.userId,
      before: { weights: DEFAULT_MATCH_WEIGHTS, minScore: 35 },
      after: { weights, minScore: 40 },
    });
  });

  it.each([
    ['a negative weight', { ...DEFAULT_MATCH_WEIGHTS, sector: -1 }, 'weights.sector', /cannot be negative/],
    ['a missing weight', { ...DEFAULT_MATCH_WEIGHTS, text: undefined }, 'weights.text', /required/],
    ['a weight that is not a number', { ...DEFAULT_MATCH_WEIGHTS, sdg: 'high' }, 'weights.sdg', /required/],
    [
      'all weights zero',
      Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((f) => [f, 0])),
      'weights',
      /at least one weight/,
    ],
    [
      'an unknown factor',
      { ...DEFAULT_MATCH_WEIGHTS, colour: 1 },
      'weights.colour',
      /colour is not a factor/,
    ],
  ])('refuses %s with a 400 naming the field', async (_, weights, field, message) => {
    const res = await put(kit.admin, { weights });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
    expect(res.json().error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('words the refusal in the reader’s language', async () => {
    const res = await kit.admin.request({
      method: 'PUT',
      url: `${URL}?locale=es`,
      payload: { weights: { ...DEFAULT_MATCH_WEIGHTS, sector: -1 } },
    });
    expect(res.json().error.message).toBe(
      'weights.sector: un peso no puede ser negativo (0 desactiva el factor).',
    );
  });

  it('refuses a minimum score above 100', async () => {
    const res = await put(kit.admin, { weights: DEFAULT_MATCH_WEIGHTS, minScore: 101 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('minScore');
  });
});
