import { afterAll, beforeAll } from 'vitest';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { allIds, memberOf, postCreated, visitor } from '../../test/requests.js';

/**
 * What the expertise test files share: an app on a fresh database, a Mexican organisation with
 * its administrator, a platform administrator, and request helpers.
 */
export interface ExpertiseKit {
  t: TestApp;
  owner: Session;
  admin: Session;
  org: { id: string };
}

export async function startKit(): Promise<ExpertiseKit> {
  const t = await testApp();
  const owner = await signUp(t.app);
  const org = await buildOrganisation(owner, {
    name: { es: 'Agencia Mexicana de Pruebas' },
    countryCode: 'MX',
  });
  return { t, owner, admin: await buildUser(t, { isAdmin: true }), org };
}

/**
 * The set-up of one test file: starts the kit before its tests (then runs `then`, for the file's
 * own fixtures) and closes the app after them. The kit's fields are there from the first test on.
 */
export function setUpExpertiseKit(then?: (kit: ExpertiseKit) => Promise<void>): ExpertiseKit {
  const kit = {} as ExpertiseKit;
  beforeAll(async () => {
    Object.assign(kit, await startKit());
    await then?.(kit);
  });
  afterAll(() => kit.t?.close());
  return kit;
}

export const capabilityInput = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  title: { en: 'Conditional cash transfers' },
  description: { en: 'Design and evaluation of conditional cash transfer programmes.' },
  sectors: ['16010'],
  sdgTargets: ['1.3'],
  instruments: ['study_tour', 'expert_visit'],
  languages: ['es', 'en'],
  capacityPerYear: 4,
  costSharing: 'cost_shared',
  ...overrides,
});

export const expertInput = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  fullName: 'Ana Beltrán Test',
  jobTitle: 'Director of Evaluation',
  email: 'ana.beltran@example.org',
  expertise: { en: 'Impact evaluation of social programmes' },
  sectors: ['16010'],
  languages: ['es'],
  availability: 'limited',
  availabilityNote: 'Back from leave in September',
  consent: { givenOn: '2026-05-02', method: 'written' },
  ...overrides,
});

/** Creates a capability as `as` and returns its body. */
export async function buildCapability(
  as: Session,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  return postCreated(as, '/api/v1/capabilities', capabilityInput(organisationId, overrides));
}

export async function buildExpert(
  as: Session,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  return postCreated<{ id: string; fullName: string | null }>(
    as,
    '/api/v1/experts',
    expertInput(organisationId, overrides),
  );
}

export { allIds, memberOf, visitor };
