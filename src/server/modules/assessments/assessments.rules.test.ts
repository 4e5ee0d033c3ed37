import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { allRatings, assessmentUrl, coordinator, countryUrl, draft, visitor } from './assessment-test-kit.js';

let t: TestApp;
let co: Session;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  co = await coordinator(t, 'CO', 'PE', 'EC');
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

describe('who may start, see and change a round', () => {
  let coDraft: string;
  beforeAll(async () => {
    coDraft = await draft(co, 'CO', { ratings: { financing: { rating: 1 } } });
  });

  it('refuses visitors (401), other countries’ coordinators, organisation admins and members (403)', async () => {
    const body = { assessedOn: '2026-01-10' };
    expect((await visitor(t, 'POST', countryUrl('CO'), body)).statusCode).toBe(401);
    const other = await coordinator(t, 'BR');
    expect((await other.post(countryUrl('CO'), body)).statusCode).toBe(403);
    const orgAdmin = await signUp(t.app);
    await buildOrganisation(orgAdmin, { countryCode: 'CO' });
    const res = await orgAdmin.post(countryUrl('CO'), body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('keeps drafts invisible to anyone who may not edit them (404, not 403)', async () => {
    const other = await coordinator(t, 'BR');
    const member = await signUp(t.app);
    for (const as of [other, member]) {
      expect((await as.get(assessmentUrl(coDraft))).statusCode).toBe(404);
      expect((await as.patch(assessmentUrl(coDraft), { participants: 'x' })).statusCode).toBe(404);
      expect((await as.post(`${assessmentUrl(coDraft)}/submit`)).statusCode).toBe(404);
      expect((await as.del(assessmentUrl(coDraft))).statusCode).toBe(404);
      const history = (await as.get(countryUrl('CO'))).json();
      expect(history.items).toEqual([]);
    }
    expect((await visitor(t, 'GET', assessmentUrl(coDraft))).statusCode).toBe(404);
    expect((await visitor(t, 'GET', `${countryUrl('CO')}/export?format=csv`)).body).not.toContain('draft');
  });

  it('lets a platform administrator see and save any country’s draft', async () => {
    const res = await admin.patch(assessmentUrl(coDraft), { ratings: { focal_point: { rating: 3 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().ratedCount).toBe(2);
    expect((await admin.get(countryUrl('CO'))).json().items).toHaveLength(1);
  });

  it('refuses changes to a visible submitted round by non-editors with 403 (401 for visitors)', async () => {
    const id = await draft(co, 'PE', { ratings: allRatings(2) });
    await co.post(`${assessmentUrl(id)}/submit`);
    const other = await coordinator(t, 'BR');
    expect((await other.patch(assessmentUrl(id), { participants: 'x' })).statusCode).toBe(403);
    expect((await visitor(t, 'PATCH', assessmentUrl(id), { participants: 'x' })).statusCode).toBe(401);
    expect((await other.del(assessmentUrl(id))).statusCode).toBe(403);
  });

  it('allows one draft per country: a second is 409 pointing at the first', async () => {
    const res = await co.post(countryUrl('CO'), { assessedOn: '2026-02-01' });
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual([{ field: 'draftId', message: coDraft }]);
    expect(res.headers.location).toBe(assessmentUrl(coDraft));
    expect((await admin.post(countryUrl('CO'), { assessedOn: '2026-02-01' })).statusCode).toBe(409);
  });
});

describe('bad input is refused naming the field', () => {
  let id: string;
  beforeAll(async () => {
    id = await draft(co, 'EC');
  });

  it.each([
    [{ ratings: { financing: { rating: 5 } } }, 'ratings.financing.rating'],
    [{ ratings: { financing: { rating: -1 } } }, 'ratings.financing.rating'],
    [{ ratings: { financing: { rating: 2.5 } } }, 'ratings.financing.rating'],
    [{ ratings: { financing: { rating: 'high' } } }, 'ratings.financing.rating'],
    [{ ratings: { teleportation: { rating: 2 } } }, 'ratings.teleportation'],
    [{ ratings: { financing: { links: ['javascript:alert(1)'] } } }, 'ratings.financing.links.0'],
    [
      { ratings: { financing: { links: Array.from({ length: 11 }, (_, i) => `https://e.org/${i}`) } } },
      'ratings.financing.links',
    ],
    [{ ratings: { financing: { evidence: { xx: 'Klingon' } } } }, 'ratings.financing.evidence'],
    [{ assessedOn: '2026-13-01' }, 'assessedOn'],
    [{ assessedOn: '2026-02-30' }, 'assessedOn'],
    [{ assessedOn: '1 June 2026' }, 'assessedOn'],
    [{ assessedOn: '2026-07-15' }, 'assessedOn'],
    [{ participants: 'x'.repeat(2001) }, 'participants'], // too long
  ])('PATCH %o → 400 on %s', async (body, field) => {
    const res = await co.patch(assessmentUrl(id), body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('words rating errors in the reader’s language', async () => {
    const res = await co.patch(`${assessmentUrl(id)}?locale=es`, { ratings: { financing: { rating: 7 } } });
    expect(res.json().error.message).toBe('ratings.financing.rating: debe ser un número entero del 0 al 4');
    const future = await co.patch(assessmentUrl(id), { assessedOn: '2027-01-01' });
    expect(future.json().error.message).toBe('assessedOn: cannot be in the future');
  });

  it('refuses an unknown country (400 on create, 404 on reading), and a bad code shape', async () => {
    const res = await admin.post(countryUrl('ZZ'), { assessedOn: '2026-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('countryCode');
    expect((await visitor(t, 'GET', countryUrl('ZZ'))).statusCode).toBe(404);
    expect((await visitor(t, 'GET', `${countryUrl('ZZ')}/comparison`)).statusCode).toBe(404);
    const shape = await visitor(t, 'GET', countryUrl('MEX'));
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.field).toBe('code');
  });

  it('refuses a future date and an unknown dimension on create, leaving no draft behind', async () => {
    const future = await admin.post(countryUrl('UY'), { assessedOn: '2026-06-30' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('assessedOn');
    // Today is fine wherever in the world "today" is (the clock says 2026-06-28 22:00 UTC).
    const unknown = await admin.post(countryUrl('UY'), {
      assessedOn: '2026-06-29',
      ratings: { teleportation: { rating: 1 } },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('ratings.teleportation');
    expect((await admin.get(countryUrl('UY'))).json().items).toEqual([]);
    expect((await admin.post(countryUrl('UY'), { assessedOn: '2026-06-29' })).statusCode).toBe(201);
  });

  it('refuses a missing date and a bad id', async () => {
    const res = await co.post(countryUrl('PE'), {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('assessedOn');
    expect((await co.get('/api/v1/assessments/not-a-uuid')).statusCode).toBe(400);
    expect((await co.get(assessmentUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });
});
