import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { addMemberAsPlatform } from '../organisations/index.js';

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

/** A request with no session. */
export const visitor = (t: TestApp, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}) });

/** A signed-in user holding `role` in the organisation. */
export async function memberOf(t: TestApp, orgId: string, role: OrgRole): Promise<Session> {
  const u = await signUp(t.app);
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
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
  const res = await as.post('/api/v1/capabilities', capabilityInput(organisationId, overrides));
  if (res.statusCode !== 201) throw new Error(`capability failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; title: string; abilities: Record<string, boolean> };
}

export async function buildExpert(
  as: Session,
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await as.post('/api/v1/experts', expertInput(organisationId, overrides));
  if (res.statusCode !== 201) throw new Error(`expert failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; fullName: string | null };
}

/** The ids of every page of a list, following nextCursor to the end. */
export async function allIds(t: TestApp, as: Session | null, url: string) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const u: string = `${url}${url.includes('?') ? '&' : '?'}${cursor ? `cursor=${cursor}` : ''}`;
    const res = as ? await as.get(u) : await visitor(t, 'GET', u);
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    const body: { items: { id: string }[]; nextCursor: string | null } = res.json();
    ids.push(...body.items.map((i) => i.id));
    cursor = body.nextCursor;
    if (!cursor) return { ids, pages: page + 1 };
  }
  throw new Error('pagination did not end');
}
