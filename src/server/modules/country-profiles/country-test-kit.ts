import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { ProfileDocument } from '../../../shared/contracts/country-profiles.js';
import { buildUser } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';

/** What the country profile test files share: request helpers and a publishable draft. */

export const countryUrl = (code: string, rest = '') => `/api/v1/countries/${code}${rest}`;

/** A request with no session. */
export const visitorGet = (t: TestApp, url: string) => t.app.inject({ method: 'GET', url });
export const visitorSend = (t: TestApp, method: 'POST' | 'PUT', url: string, payload: object = {}) =>
  t.app.inject({ method, url, payload: payload as InjectOptions['payload'] });

export const put = (s: Session, url: string, payload: unknown) =>
  s.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });

/** A draft that passes every publication rule (a named body, no directory references). */
export function publishable(overrides: Partial<ProfileDocument> = {}): Partial<ProfileDocument> {
  return {
    countryRole: 'dual',
    modalities: ['bilateral', 'triangular'],
    bodies: [
      {
        organisationId: null,
        name: { en: 'National Cooperation Agency' },
        roles: ['lead_agency', 'implementing_agency'],
        note: {},
      },
    ],
    strategy: { status: 'in_preparation', title: {}, year: null, url: null },
    coordination: { mechanism: 'informal', description: {}, memberIds: [] },
    history: { en: 'Started in 1990.' },
    obstacles: { en: 'Fragmentation across ministries.' },
    challenges: { es: 'Medir resultados.' },
    ...overrides,
  };
}

/** Creates a profile as `as` (201 expected) and returns the country page. */
export async function createProfile(as: Session, code: string, draft?: Partial<ProfileDocument>) {
  const res = await as.post(countryUrl(code, '/profile'), draft ? { draft } : {});
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Saves a draft and publishes it; returns the country page after publication. */
export async function savePublish(as: Session, code: string, draft: Partial<ProfileDocument>, note = '') {
  const saved = await put(as, countryUrl(code, '/profile/draft'), { draft });
  expect(saved.statusCode, saved.body).toBe(200);
  const res = await as.post(countryUrl(code, '/profile/publish'), { changeNote: note });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A coordinator of the given countries. */
export const coordinatorOf = (t: TestApp, ...codes: string[]) => buildUser(t, { coordinatorOf: codes });

/** Sets World Bank income groups directly (loaded by another part of the platform). */
export async function setIncomeGroup(t: TestApp, code: string, group: 'L' | 'LM' | 'UM' | 'H' | null) {
  await t.runtime.deps.db
    .updateTable('countries')
    .set({ income_group: group })
    .where('code', '=', code)
    .execute();
}
