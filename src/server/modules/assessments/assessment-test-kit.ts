import { expect } from 'vitest';
import { buildUser } from '../../test/factories.js';
import type { Session, TestApp } from '../../test/harness.js';

/** What the assessment test files share: the dimension codes, bodies and request helpers. */

export const DIMENSIONS = [
  'ke_strategy',
  'mainstreaming',
  'legal_framework',
  'coordination_mechanism',
  'focal_point',
  'information_systems',
  'systematisation',
  'monitoring_evaluation',
  'financing',
  'private_sector',
  'international_partnerships',
  'political_commitment',
] as const;

export const countryUrl = (code: string) => `/api/v1/countries/${code}/assessments`;
export const assessmentUrl = (id: string) => `/api/v1/assessments/${id}`;

/** Ratings for every dimension: one number for all, or one per dimension in order. */
export function allRatings(values: number | readonly number[], evidence?: string) {
  return Object.fromEntries(
    DIMENSIONS.map((d, i) => [
      d,
      {
        rating: typeof values === 'number' ? values : values[i]!,
        ...(evidence ? { evidence: { en: `${evidence} (${d})` } } : {}),
      },
    ]),
  );
}

/** A request with no session. */
export const visitor = (
  t: TestApp,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, ...(payload ? { payload } : {}) });

/** A signed-in coordinator of the countries. */
export const coordinator = (t: TestApp, ...codes: string[]) => buildUser(t, { coordinatorOf: codes });

/** Creates a draft through the API and returns its id. */
export async function draft(as: Session, code: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await as.post(countryUrl(code), { assessedOn: '2026-05-01', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Creates and submits a complete round through the API; returns its id. */
export async function submittedRound(
  as: Session,
  code: string,
  assessedOn: string,
  values: number | readonly number[],
  evidence?: string,
): Promise<string> {
  const id = await draft(as, code, { assessedOn, ratings: allRatings(values, evidence) });
  const res = await as.post(`${assessmentUrl(id)}/submit`);
  expect(res.statusCode, res.body).toBe(200);
  return id;
}
