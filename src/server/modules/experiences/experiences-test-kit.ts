import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ExperienceDocument } from '../../../shared/contracts/experiences.js';
import { buildOrganisation, buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { memberOf, visitor } from '../../test/requests.js';

/**
 * What the experience workflow test files share: an app on a fresh database, a Mexican
 * organisation with its administrator and a member, a broker, Mexico's coordinator, a platform
 * administrator, a complete document and request helpers.
 */
export interface ExperienceKit {
  t: TestApp;
  /** Administrator of `org` (Mexico). */
  owner: Session;
  /** A plain member of `org`. */
  member: Session;
  broker: Session;
  /** Coordinator of Mexico (the organisation's country). */
  coordinator: Session;
  admin: Session;
  org: { id: string };
}

export async function startKit(): Promise<ExperienceKit> {
  const t = await testApp();
  const owner = await signUp(t.app);
  const org = await buildOrganisation(owner, {
    name: { es: 'Agencia Mexicana de Pruebas' },
    countryCode: 'MX',
  });
  return {
    t,
    owner,
    org,
    member: await memberOf(t, org.id, 'member'),
    broker: await buildUser(t, { isBroker: true }),
    coordinator: await buildUser(t, { coordinatorOf: ['MX'] }),
    admin: await buildUser(t, { isAdmin: true }),
  };
}

/** Starts the kit before the file's tests (then runs `then`) and closes the app after them. */
export function setUpKit(then?: (kit: ExperienceKit) => Promise<void>): ExperienceKit {
  const kit = {} as ExperienceKit;
  beforeAll(async () => {
    Object.assign(kit, await startKit());
    await then?.(kit);
  });
  afterAll(() => kit.t?.close());
  return kit;
}

export const expUrl = (id: string, rest = '') => `/api/v1/experiences/${id}${rest}`;

export const put = (s: Session, url: string, payload: unknown) =>
  s.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });

/** A document that passes every submission rule. */
export function complete(overrides: Partial<ExperienceDocument> = {}): Partial<ExperienceDocument> {
  return {
    title: { en: 'Conditional cash transfers for rural families' },
    summary: { en: 'Mexico shared how it designs and evaluates conditional cash transfers with Guatemala.' },
    challenge: { en: 'Poor rural households could not keep children in school.' },
    approach: { en: 'Study tours, expert visits and joint design workshops over two years.' },
    results: { en: 'School attendance rose by 12 percentage points in the pilot districts (2021 survey).' },
    lessons: { en: 'Start with the targeting registry; evaluation must be designed from day one.' },
    participants: [
      { countryCode: 'MX', organisationId: null, name: {}, role: 'provider' },
      {
        countryCode: 'GT',
        organisationId: null,
        name: { es: 'Ministerio de Desarrollo Social' },
        role: 'recipient',
      },
    ],
    instruments: ['study_tour', 'expert_visit'],
    periodStart: 2019,
    periodEnd: 2021,
    sectors: ['16010'],
    sdgTargets: ['1.3'],
    modality: 'bilateral',
    knowledgeModes: ['transfer'],
    contact: { name: 'Ana Beltrán', email: 'ana@example.org' },
    languages: [{ locale: 'en', status: 'original' }],
    ...overrides,
  };
}

/** Creates an experience as `as` (201 expected) and returns it. */
export async function create(as: Session, organisationId: string, content: object = complete()) {
  const res = await as.post('/api/v1/experiences', { organisationId, content });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Every active acceptance criterion, ticked. */
export async function allCriteria(t: TestApp): Promise<Record<string, boolean>> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/experiences/review-criteria' });
  const items: { code: string }[] = res.json().items;
  return Object.fromEntries(items.map((c) => [c.code, true]));
}

/** Approves an experience in review as `reviewer` (200 expected) and returns it. */
export async function approve(t: TestApp, reviewer: Session, id: string, comment = '') {
  const res = await reviewer.post(expUrl(id, '/review'), {
    decision: 'approved',
    checklist: await allCriteria(t),
    comment,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Creates, submits and approves an experience; returns the published experience. */
export async function publish(
  t: TestApp,
  author: Session,
  reviewer: Session,
  organisationId: string,
  content: object = complete(),
) {
  const e = await create(author, organisationId, content);
  const sub = await author.post(expUrl(e.id, '/submit'));
  expect(sub.statusCode, sub.body).toBe(200);
  return approve(t, reviewer, e.id);
}

/** The status code and the error's field, for compact assertions. */
export const outcome = (res: LightMyRequestResponse) => ({
  status: res.statusCode,
  field: res.statusCode >= 400 ? (res.json().error?.field as string | undefined) : undefined,
});

export { memberOf, visitor };
