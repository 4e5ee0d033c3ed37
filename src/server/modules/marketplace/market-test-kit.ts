import { afterAll, beforeAll } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { allIds, memberOf, postCreated, visitor } from '../../test/requests.js';

/**
 * What the marketplace test files share: an app on a fresh database (clock fixed at
 * 2026-06-28), a Mexican organisation with its administrator, a platform administrator, and
 * request helpers.
 */
export interface MarketKit {
  t: TestApp;
  owner: Session;
  admin: Session;
  org: { id: string };
}

export function setUpMarketKit(then?: (kit: MarketKit) => Promise<void>): MarketKit {
  const kit = {} as MarketKit;
  beforeAll(async () => {
    const t = await testApp();
    const owner = await signUp(t.app);
    const org = await buildOrganisation(owner, {
      name: { es: 'Agencia Mexicana de Pruebas' },
      countryCode: 'MX',
    });
    Object.assign(kit, { t, owner, admin: await buildUser(t, { isAdmin: true }), org });
    await then?.(kit);
  });
  afterAll(() => kit.t?.close());
  return kit;
}

export const needInput = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  title: { en: 'Public investment management' },
  challenge: {
    en: 'Our ministry needs to appraise and select public investment projects with clear criteria.',
  },
  changeSought: { en: 'A working project appraisal unit with trained staff.' },
  challengeArea: 'policy_instruments',
  outcomes: ['new_knowledge', 'enhanced_skills'],
  dimensions: ['ke_strategy'],
  sectors: ['15111'],
  sdgTargets: ['16.6'],
  instruments: ['study_tour', 'expert_visit'],
  deliveryMode: 'blended',
  languages: ['es', 'en'],
  timeframeFrom: '2026-09-01',
  timeframeTo: '2027-03-31',
  contributesFunds: true,
  expiresOn: '2026-12-31',
  ...overrides,
});

export const offerInput = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  title: { en: 'Designing a national cooperation law' },
  description: { en: 'How Mexico wrote its international development cooperation law and built its agency.' },
  challengeAreas: ['policy_instruments'],
  dimensions: ['legal_framework'],
  sectors: ['15110'],
  sdgTargets: ['17.9'],
  instruments: ['expert_visit'],
  deliveryModes: ['virtual'],
  languages: ['es'],
  capacityPerYear: 3,
  costSharing: 'cost_shared',
  expiresOn: '2027-01-31',
  ...overrides,
});

/** Posts a need as `as` and returns its body. */
export async function buildNeed(
  as: Session,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  return postCreated(as, '/api/v1/needs', needInput(organisationId, overrides));
}

/** Posts an offer as `as` and returns its body. */
export async function buildOffer(
  as: Session,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  return postCreated(as, '/api/v1/offers', offerInput(organisationId, overrides));
}

export { allIds, buildOrganisation, buildUser, memberOf, visitor };
