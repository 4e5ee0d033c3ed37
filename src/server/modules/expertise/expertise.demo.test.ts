import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CAPABILITIES, DEMO_EXPERTS, seedExpertise } from '../../seed/demo-expertise.js';
import { DEMO_ORGANISATIONS } from '../../seed/demo-organisations.js';
import { type TestApp, testApp } from '../../test/harness.js';
import { createOrganisationAsPlatform } from '../organisations/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  const orgIds = new Map<string, string>();
  for (const { key, parentKey, ...o } of DEMO_ORGANISATIONS) {
    const body = { description: {}, defaultLocale: 'en', visibility: 'public', ...o };
    const id = await createOrganisationAsPlatform(
      t.runtime.deps,
      { ...body, parentId: parentKey ? orgIds.get(parentKey) : null } as never,
      { isDemo: true },
    );
    orgIds.set(key, id);
  }
  await seedExpertise(t.runtime.deps, { orgIds, userIds: new Map() });
});
afterAll(() => t?.close());

describe('demo expertise', () => {
  it('seeds every capability and expert with valid codes, consent and demo marks', async () => {
    const db = t.runtime.deps.db;
    const caps = await db.selectFrom('capabilities').select(['visibility', 'is_demo']).execute();
    expect(caps).toHaveLength(DEMO_CAPABILITIES.length);
    expect(caps.every((c) => c.is_demo)).toBe(true);
    expect(caps.filter((c) => c.visibility === 'network').length).toBeGreaterThanOrEqual(1);
    const experts = await db
      .selectFrom('experts')
      .select(['job_title', 'consent_method', 'is_demo'])
      .execute();
    expect(experts).toHaveLength(DEMO_EXPERTS.length);
    expect(
      experts.every((e) => e.job_title.endsWith('(demo)') && e.consent_method === 'written' && e.is_demo),
    ).toBe(true);
    const links = await db.selectFrom('expert_capabilities').select('expert_id').execute();
    expect(links.length).toBeGreaterThanOrEqual(DEMO_EXPERTS.length);
  });

  it('makes the catalogue searchable by the public', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/capabilities?country=MX&sdg=1&locale=es' });
    expect(res.json().items.map((c: { title: string }) => c.title)).toContain(
      'Programas de transferencias monetarias condicionadas (Prospera)',
    );
    const experts = await t.app.inject({ method: 'GET', url: '/api/v1/experts?country=RW' });
    expect(experts.json().items).toHaveLength(1);
    expect(experts.body).not.toContain('Uwase');
    // The Kenyan treasury is a network-only organisation: nothing of it for visitors.
    const kenya = await t.app.inject({ method: 'GET', url: '/api/v1/experts?country=KE' });
    expect(kenya.json().items).toEqual([]);
  });
});
