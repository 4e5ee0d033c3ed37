import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';
import { testApp } from '../../test/harness.js';
import {
  allRatings,
  assessmentUrl,
  coordinator,
  countryUrl,
  DIMENSIONS,
  draft,
  submittedRound,
  visitor,
} from './assessment-test-kit.js';

let t: TestApp;
let mx: Session;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  mx = await coordinator(t, 'MX');
  admin = await buildUser(t, { isAdmin: true });
});
afterAll(() => t?.close());

describe('the life of an assessment round', () => {
  let id: string;

  it('starts as a draft with every dimension listed, unrated ones null', async () => {
    const res = await mx.post(countryUrl('MX'), {
      assessedOn: '2026-06-01',
      participants: 'Inter-ministerial working group',
      summary: { es: 'Primera ronda', en: 'First round' },
      ratings: { ke_strategy: { rating: 1, evidence: { es: 'No hay estrategia escrita' } } },
    });
    expect(res.statusCode).toBe(201);
    const a = res.json();
    id = a.id;
    expect(res.headers.location).toBe(assessmentUrl(id));
    expect(a).toMatchObject({
      countryCode: 'MX',
      countryName: 'Mexico',
      status: 'draft',
      assessedOn: '2026-06-01',
      participants: 'Inter-ministerial working group',
      summary: { es: 'Primera ronda', en: 'First round' },
      summaryText: 'First round',
      ratedCount: 1,
      dimensionCount: 12,
      submittedAt: null,
      submittedBy: null,
      abilities: { edit: true, submit: true, delete: true, audit: true },
    });
    expect(a.createdBy).toEqual(expect.any(String));
    expect(a.ratings.map((r: { dimension: string }) => r.dimension)).toEqual([...DIMENSIONS]);
    expect(a.ratings[0]).toMatchObject({
      dimension: 'ke_strategy',
      rating: 1,
      evidence: { es: 'No hay estrategia escrita' },
      evidenceText: 'No hay estrategia escrita',
      links: [],
    });
    expect(a.ratings[1]).toMatchObject({ dimension: 'mainstreaming', rating: null, evidenceText: null });
    expect(a.ratings[0].label).toBe('Knowledge-exchange strategy');
  });

  it('reads labels and texts in the reader’s language', async () => {
    const a = (await mx.get(`${assessmentUrl(id)}?locale=es`)).json();
    expect(a.countryName).toBe('México');
    expect(a.summaryText).toBe('Primera ronda');
    expect(a.ratings[0].label).toBe('Estrategia de intercambio de conocimientos');
  });

  it('keeps a half-filled draft: a partial save merges per dimension and per field', async () => {
    const res = await mx.patch(assessmentUrl(id), {
      participants: 'Working group and two line ministries',
      ratings: {
        ke_strategy: { links: ['https://example.org/strategy-draft.pdf'] },
        mainstreaming: { rating: 2 },
        financing: { rating: 0, evidence: { en: 'No budget line' } },
      },
    });
    expect(res.statusCode).toBe(200);
    const a = res.json();
    expect(a.participants).toBe('Working group and two line ministries');
    expect(a.summary).toEqual({ es: 'Primera ronda', en: 'First round' });
    expect(a.ratedCount).toBe(3);
    expect(a.ratings[0]).toMatchObject({
      rating: 1,
      evidence: { es: 'No hay estrategia escrita' },
      links: ['https://example.org/strategy-draft.pdf'],
    });
    expect(a.ratings.find((r: { dimension: string }) => r.dimension === 'financing')).toMatchObject({
      rating: 0,
      evidenceText: 'No budget line',
    });
    // Clearing a rating is a save too: the dimension goes back to unrated.
    const cleared = (
      await mx.patch(assessmentUrl(id), { ratings: { mainstreaming: { rating: null } } })
    ).json();
    expect(cleared.ratedCount).toBe(2);
  });

  it('refuses to submit while dimensions are unrated, naming the first and listing them all', async () => {
    const res = await mx.post(`${assessmentUrl(id)}/submit`);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.field).toBe('ratings.mainstreaming.rating');
    expect(error.message).toMatch(/^ratings\.mainstreaming\.rating: /);
    expect(error.details.map((d: { field: string }) => d.field)).toEqual(
      DIMENSIONS.filter((d) => d !== 'ke_strategy' && d !== 'financing').map((d) => `ratings.${d}.rating`),
    );
    expect((await mx.get(assessmentUrl(id))).json().status).toBe('draft');
  });

  it('submits once every dimension is rated, recording who and when', async () => {
    await mx.patch(assessmentUrl(id), { ratings: allRatings(2) });
    const res = await mx.post(`${assessmentUrl(id)}/submit`);
    expect(res.statusCode).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      status: 'submitted',
      ratedCount: 12,
      submittedAt: '2026-06-28T22:00:00.000Z',
      abilities: { edit: false, submit: false, delete: false },
    });
    expect(a.submittedBy).toBe(a.createdBy);
    // Evidence sent earlier survives a later save that only set the rating.
    expect(a.ratings[0].evidence).toEqual({ es: 'No hay estrategia escrita' });
  });

  it('is history once submitted: no edit, no second submit, visible to everyone', async () => {
    const edit = await mx.patch(assessmentUrl(id), { participants: 'Changed later' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('conflict');
    expect((await mx.post(`${assessmentUrl(id)}/submit`)).statusCode).toBe(409);
    const seen = await visitor(t, 'GET', assessmentUrl(id));
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toEqual({ edit: false, submit: false, delete: false, audit: false });
    expect((await mx.del(assessmentUrl(id))).statusCode).toBe(403);
  });

  it('starts a second round as a new assessment and lists the history newest first', async () => {
    const second = await draft(mx, 'MX', { assessedOn: '2026-06-28', ratings: allRatings(3) });
    const mine = (await mx.get(countryUrl('MX'))).json();
    expect(mine.country).toEqual({ code: 'MX', name: 'Mexico' });
    expect(mine.items.map((a: { id: string }) => a.id)).toEqual([second, id]);
    expect(mine.abilities).toEqual({ create: false, edit: true });
    await mx.post(`${assessmentUrl(second)}/submit`);
    const older = await submittedRound(mx, 'MX', '2019-11-15', 1);
    const history = (await visitor(t, 'GET', countryUrl('MX'))).json();
    expect(history.items.map((a: { id: string; assessedOn: string }) => a.assessedOn)).toEqual([
      '2026-06-28',
      '2026-06-01',
      '2019-11-15',
    ]);
    expect(history.items[2].id).toBe(older);
    expect(history.items[0].ratings).toHaveLength(12);
    expect(history.abilities).toEqual({ create: false, edit: false });
    expect((await mx.get(countryUrl('MX'))).json().abilities).toEqual({ create: true, edit: true });
  });

  it('lets an editor discard a draft, and only an administrator delete a submitted round', async () => {
    const d = await draft(mx, 'MX');
    expect((await mx.del(assessmentUrl(d))).statusCode).toBe(200);
    expect((await mx.get(assessmentUrl(d))).statusCode).toBe(404);
    const old = await submittedRound(mx, 'MX', '2011-06-28', 0);
    const refused = await mx.del(assessmentUrl(old));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('administrators');
    expect((await admin.del(assessmentUrl(old))).statusCode).toBe(200);
    expect((await visitor(t, 'GET', assessmentUrl(old))).statusCode).toBe(404);
  });

  it('writes every change on the assessment’s audit trail, readable by the coordinator', async () => {
    const res = await mx.get(`/api/v1/audit/assessment/${id}`);
    expect(res.statusCode).toBe(200);
    const actions = res.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['assessment.create', 'assessment.update', 'assessment.submit']),
    );
    const other = await coordinator(t, 'CL');
    expect([403, 404]).toContain((await other.get(`/api/v1/audit/assessment/${id}`)).statusCode);
  });

  it('writes nothing for an autosave that changes nothing', async () => {
    const d = await draft(mx, 'MX', { participants: 'Same' });
    await mx.patch(assessmentUrl(d), { participants: 'Same', ratings: {} });
    const trail = (await mx.get(`/api/v1/audit/assessment/${d}`)).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual(['assessment.create']);
    await mx.del(assessmentUrl(d));
  });
});
