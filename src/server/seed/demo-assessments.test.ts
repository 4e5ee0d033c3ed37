import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '../modules/accounts/index.js';
import { buildUser } from '../test/factories.js';
import { type Session, STRONG_PASSWORD, signIn, type TestApp, testApp } from '../test/harness.js';
import { seedAssessments } from './demo-assessments.js';

let t: TestApp;
let mx: Session;
beforeAll(async () => {
  t = await testApp();
  const db = t.runtime.deps.db;
  const email = 'mx.coordinator@demo.kxhub.org';
  const mxId = await createUserAccount(db, {
    email,
    password: STRONG_PASSWORD,
    displayName: 'Mariana Robles (demo)',
    coordinatorOf: ['MX'],
  });
  await seedAssessments(t.runtime.deps, { orgIds: new Map(), userIds: new Map([[email, mxId]]) });
  mx = await signIn(t.app, email);
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url }).then((r) => r.json());

describe('the demo self-assessments', () => {
  it('gives the five countries of the dialogue three rounds and seven others two', async () => {
    for (const code of ['CN', 'IN', 'ID', 'MX', 'SG']) {
      const h = await get(`/api/v1/countries/${code}/assessments`);
      expect(h.items.map((a: { assessedOn: string }) => a.assessedOn.slice(0, 4))).toEqual([
        '2024',
        '2019',
        '2011',
      ]);
    }
    for (const code of ['CO', 'BR', 'CL', 'ZA', 'MA', 'RW', 'KE']) {
      expect((await get(`/api/v1/countries/${code}/assessments`)).items).toHaveLength(2);
    }
  });

  it('leaves Mexico a draft to resume, credited to its coordinator', async () => {
    const h = (await mx.get('/api/v1/countries/MX/assessments')).json();
    expect(h.items[0]).toMatchObject({ status: 'draft', ratedCount: 7, createdBy: 'Mariana Robles (demo)' });
    expect(h.items[1]).toMatchObject({ status: 'submitted', submittedBy: 'Mariana Robles (demo)' });
  });

  it('shows real content in "who solved this?" and the comparison', async () => {
    const w = await get('/api/v1/assessments/who-solved?dimension=ke_strategy&country=KE');
    expect(w.items[0]).toMatchObject({ code: 'CO', rating: 4 });
    expect(w.items[0].evidence).toContain('2022');
    const focal = await get('/api/v1/assessments/who-solved?dimension=focal_point&minRating=4');
    expect(focal.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['SG', 'RW', 'CO']),
    );
    const c = await get('/api/v1/countries/KE/assessments/comparison?peers=region');
    expect(c.networkCount).toBe(12);
    expect(c.peers.map((p: { code: string }) => p.code).sort()).toEqual(['MA', 'RW', 'ZA']);
    const financing = c.dimensions.find((d: { code: string }) => d.code === 'financing');
    expect(financing.rating).toBe(1);
    expect(financing.peerMedian).toBe(2);
  });

  it('is loaded through the service: every round audited', async () => {
    const admin = await buildUser(t, { isAdmin: true });
    const h = (await admin.get('/api/v1/countries/SG/assessments')).json();
    const trail = (await admin.get(`/api/v1/audit/assessment/${h.items[0].id}`)).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'assessment.submit',
      'assessment.create',
    ]);
  });
});
