import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { type Session, type TestApp, testApp } from '../../test/harness.js';
import { allRatings, countryUrl, draft, submittedRound, visitor } from './assessment-test-kit.js';

/**
 * The network of this file (ratings: ke_strategy first, then the eleven others):
 *   America (region 498): BR 0/1, CL 4/3, AR 3/2 (its older 2019 round: all 0), PE only a draft (all 4)
 *   Africa (298): KE 4/4, RW 0/0    Asia (798): IN 2/2
 */
const rest = (first: number, others: number) => [first, ...Array(11).fill(others)] as number[];

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  admin = await buildUser(t, { isAdmin: true });
  await submittedRound(admin, 'BR', '2024-05-01', rest(0, 1), 'Brazil');
  await submittedRound(admin, 'CL', '2024-06-01', rest(4, 3), 'Chile');
  await submittedRound(admin, 'AR', '2019-11-01', rest(0, 0), 'Argentina 2019');
  await submittedRound(admin, 'AR', '2024-02-01', rest(3, 2), 'Argentina');
  await submittedRound(admin, 'KE', '2024-03-01', rest(4, 4), 'Kenya');
  await submittedRound(admin, 'RW', '2023-09-01', rest(0, 0), 'Rwanda');
  await submittedRound(admin, 'IN', '2024-01-15', rest(2, 2), 'India');
  await draft(admin, 'PE', { ratings: allRatings(4) });
});
afterAll(() => t?.close());

const get = async (url: string) => {
  const res = await visitor(t, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Row = { code: string; rating: number | null; peerMedian: number | null; networkMedian: number | null };
const dim = (body: { dimensions: Row[] }, code: string) => body.dimensions.find((d) => d.code === code)!;

describe('GET /countries/:code/assessments/comparison', () => {
  it('compares with the region’s latest submitted rounds and the network (hand-computed medians)', async () => {
    const c = await get(`${countryUrl('BR')}/comparison?peers=region`);
    expect(c.country).toMatchObject({ code: 'BR', name: 'Brazil', region: '498' });
    expect(c.peerGroup).toBe('region');
    expect(c.latest).toMatchObject({ assessedOn: '2024-05-01' });
    // Peru has only a draft: not a peer with a rating; Brazil is not its own peer.
    expect(c.peers).toEqual([
      { code: 'AR', name: 'Argentina', hasAssessment: true },
      { code: 'CL', name: 'Chile', hasAssessment: true },
    ]);
    expect(c.networkCount).toBe(6);
    expect(c.dimensions).toHaveLength(12);
    // ke_strategy: peers CL 4, AR 3 → 3.5; network 0,0,2,3,4,4 → 2.5
    expect(dim(c, 'ke_strategy')).toEqual({
      code: 'ke_strategy',
      label: 'Knowledge-exchange strategy',
      rating: 0,
      peerMedian: 3.5,
      peerCount: 2,
      networkMedian: 2.5,
      networkCount: 6,
    });
    // financing: peers CL 3, AR 2 → 2.5; network 1,3,2,4,0,2 → 2
    expect(dim(c, 'financing')).toMatchObject({ rating: 1, peerMedian: 2.5, networkMedian: 2 });
  });

  it('uses only each peer’s latest round, and the region of Africa for Kenya', async () => {
    const c = await get(`${countryUrl('KE')}/comparison`);
    expect(c.peers.map((p: { code: string }) => p.code)).toEqual(['RW']);
    expect(dim(c, 'focal_point')).toMatchObject({ rating: 4, peerMedian: 0, peerCount: 1 });
  });

  it('compares with hand-picked countries, flagging those without a submitted round', async () => {
    const c = await get(`${countryUrl('BR')}/comparison?peers=custom&codes=cl,KE,PE,BR`);
    expect(c.peers).toEqual([
      { code: 'CL', name: 'Chile', hasAssessment: true },
      { code: 'KE', name: 'Kenya', hasAssessment: true },
      { code: 'PE', name: 'Peru', hasAssessment: false },
    ]);
    expect(dim(c, 'ke_strategy')).toMatchObject({ peerMedian: 4, peerCount: 2 });
    expect(dim(c, 'financing')).toMatchObject({ peerMedian: 3.5, peerCount: 2 });
  });

  it('compares by income group, and answers an empty group where the country has none', async () => {
    const db = t.runtime.deps.db;
    await db.updateTable('countries').set({ income_group: null }).where('code', 'in', ['RW', 'KE']).execute();
    const none = await get(`${countryUrl('KE')}/comparison?peers=income`);
    expect(none.country.incomeGroup).toBeNull();
    expect(none.peers).toEqual([]);
    expect(dim(none, 'financing')).toMatchObject({ peerMedian: null, peerCount: 0, networkMedian: 2 });
    await db.updateTable('countries').set({ income_group: 'UM' }).where('code', 'in', ['BR', 'AR']).execute();
    await db.updateTable('countries').set({ income_group: 'H' }).where('code', 'in', ['CL']).execute();
    const c = await get(`${countryUrl('BR')}/comparison?peers=income`);
    expect(c.country.incomeGroup).toBe('UM');
    expect(c.peers.map((p: { code: string }) => p.code)).toContain('AR');
    expect(c.peers.map((p: { code: string }) => p.code)).not.toContain('CL');
  });

  it('answers a country with no submitted round with its peers only', async () => {
    const c = await get(`${countryUrl('PE')}/comparison?locale=es`);
    expect(c.latest).toBeNull();
    expect(c.country.name).toBe('Perú');
    expect(dim(c, 'ke_strategy')).toMatchObject({ rating: null, peerMedian: 3 }); // BR 0, CL 4, AR 3
  });

  it.each([
    ['peers=custom', 'codes'],
    ['peers=custom&codes=CL,ZZ', 'codes'],
    ['peers=custom&codes=BRA', 'codes'],
    ['peers=continent', 'peers'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await visitor(t, 'GET', `${countryUrl('BR')}/comparison?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });
});

describe('GET /assessments/who-solved', () => {
  const url = (q: string) => `/api/v1/assessments/who-solved?${q}`;

  it('lists strong countries on the dimension, strongest then most recent, without the asker', async () => {
    const w = await get(url('dimension=ke_strategy&country=BR'));
    expect(w.dimension).toMatchObject({ code: 'ke_strategy', label: 'Knowledge-exchange strategy' });
    expect(w.minRating).toBe(3);
    expect(w.items.map((i: { code: string; rating: number }) => [i.code, i.rating])).toEqual([
      ['CL', 4],
      ['KE', 4],
      ['AR', 3],
    ]);
    expect(w.items[0]).toMatchObject({
      name: 'Chile',
      assessedOn: '2024-06-01',
      evidence: 'Chile (ke_strategy)',
      evidenceLocale: 'en',
      links: [],
      experiences: [],
    });
  });

  it('filters by the minimum rating and never counts drafts or older rounds', async () => {
    const four = await get(url('dimension=ke_strategy&minRating=4&country=CL'));
    expect(four.items.map((i: { code: string }) => i.code)).toEqual(['KE']);
    const all = await get(url('dimension=financing&minRating=0'));
    expect(all.items.map((i: { code: string }) => i.code)).toEqual(['KE', 'CL', 'AR', 'IN', 'BR', 'RW']);
    expect(all.items.map((i: { code: string }) => i.code)).not.toContain('PE');
  });

  it('reads evidence in the reader’s language, falling back and saying which', async () => {
    const w = await get(url('dimension=ke_strategy&locale=es'));
    expect(w.dimension.label).toBe('Estrategia de intercambio de conocimientos');
    expect(w.items[0]).toMatchObject({ name: 'Chile', evidenceLocale: 'en' });
  });

  it.each([
    ['dimension=teleportation', 'dimension'],
    ['dimension=Bad Code', 'dimension'],
    ['', 'dimension'],
    ['dimension=financing&minRating=5', 'minRating'],
    ['dimension=financing&country=ZZ', 'country'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await visitor(t, 'GET', url(query));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });
});
