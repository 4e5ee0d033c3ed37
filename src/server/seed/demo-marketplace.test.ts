import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindExpiring } from '../modules/marketplace/index.js';
import { signIn, type TestApp, testApp } from '../test/harness.js';
import { seedDemo } from './demo.js';
import { DEMO_NEEDS } from './demo-marketplace-data.js';
import { DEMO_OFFERS } from './demo-marketplace-offers.js';
import { DEMO_PASSWORD } from './demo-users.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const { seeded } = await seedDemo(t.runtime.deps);
  expect(seeded).toBe(true);
}, 300_000);
afterAll(() => t?.close());

type Item = {
  id: string;
  title: string;
  organisation: { countryCode: string };
  expired: boolean;
  status: string;
};

describe('the demo marketplace', () => {
  it('loads 12–16 needs and offers, all marked demo, with their matching data', async () => {
    expect(DEMO_NEEDS.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_NEEDS.length).toBeLessThanOrEqual(16);
    expect(DEMO_OFFERS.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_OFFERS.length).toBeLessThanOrEqual(16);
    const db = t.runtime.deps.db;
    const needs = await db.selectFrom('needs').select(['is_demo', 'lexemes', 'status']).execute();
    const offers = await db.selectFrom('offers').select(['is_demo', 'lexemes', 'status']).execute();
    expect(needs).toHaveLength(DEMO_NEEDS.length);
    expect(offers).toHaveLength(DEMO_OFFERS.length);
    expect([...needs, ...offers].every((r) => r.is_demo && r.lexemes.length > 5)).toBe(true);
    expect(needs.filter((n) => n.status === 'withdrawn')).toHaveLength(1);
    expect(offers.filter((n) => n.status === 'withdrawn')).toHaveLength(1);
    // Every capability and experience the data names is found and linked.
    const links = (table: 'offer_capabilities' | 'offer_experiences') =>
      db
        .selectFrom(table)
        .select('offer_id')
        .execute()
        .then((r) => r.length);
    expect(await links('offer_capabilities')).toBe(DEMO_OFFERS.flatMap((o) => o.capabilities ?? []).length);
    expect(await links('offer_experiences')).toBe(DEMO_OFFERS.flatMap((o) => o.experiences ?? []).length);
  });

  it('has Kenya seeking a knowledge exchange strategy and Colombia offering its own, linked to its catalogue', async () => {
    const visitorList = await t.app.inject({ method: 'GET', url: '/api/v1/offers?q=Saber Hacer' });
    const co = (visitorList.json().items as Item[]).find((i) => i.organisation.countryCode === 'CO');
    expect(co).toBeDefined();
    const offer = (await t.app.inject({ method: 'GET', url: `/api/v1/offers/${co!.id}?locale=es` })).json();
    expect(offer.title).toMatch(/^Estrategia de cooperación/);
    expect(offer.dimensions.map((d: { code: string }) => d.code)).toContain('ke_strategy');
    expect(offer.capabilities).toHaveLength(1);
    expect(offer.experiences[0].title).toMatch(/^Saber Hacer Colombia/);
    // Kenya's Treasury is visible to signed-in members only, and so is its need.
    const visitorNeeds = await t.app.inject({ method: 'GET', url: '/api/v1/needs?country=KE' });
    expect(visitorNeeds.json().items).toEqual([]);
    const member = await signIn(t.app, 'mx.editor@demo.kxhub.org', DEMO_PASSWORD);
    const ke = (await member.get('/api/v1/needs?country=KE')).json().items as Item[];
    expect(ke.map((i) => i.title)).toContain(
      'A national knowledge exchange strategy linked to public investment management',
    );
  });

  it('lists needs in Spanish and French, hides the expired one from visitors, and reminds the one expiring soon', async () => {
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/needs?limit=50&facets=true' })).json();
    const titles = (all.items as Item[]).map((i) => i.title);
    expect(titles).toContain('An information system to record South-South cooperation');
    expect(titles.some((x) => x.startsWith('Un cadre juridique'))).toBe(false); // English for an English reader
    expect(titles).toContain('A legal framework for international development cooperation');
    expect((all.items as Item[]).some((i) => i.expired)).toBe(false);
    expect(all.facets.language.map((b: { code: string }) => b.code)).toEqual(
      expect.arrayContaining(['es', 'fr', 'en']),
    );
    const es = (await t.app.inject({ method: 'GET', url: '/api/v1/needs?country=CO&locale=es' })).json();
    expect((es.items as Item[]).map((i) => i.title)).toEqual([
      'Un sistema de información para registrar la cooperación Sur-Sur',
    ]);
    const fr = (await t.app.inject({ method: 'GET', url: '/api/v1/needs?language=fr&locale=fr' })).json();
    expect((fr.items as Item[]).map((i) => i.title)).toContain(
      'Systématiser nos expériences de coopération Sud-Sud',
    );
    const counts = await remindExpiring(t.runtime.deps);
    expect(counts.needs).toBe(1);
  });
});
