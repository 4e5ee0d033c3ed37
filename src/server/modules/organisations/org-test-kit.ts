import { expect } from 'vitest';
import type { OrgRole } from '../../../shared/permissions.js';
import { buildUser } from '../../test/factories.js';
import { type Session, signUp, type TestApp, testApp } from '../../test/harness.js';
import { addMemberAsPlatform } from './index.js';

/**
 * What the organisation test files share: an app on a fresh database, an organisation owner and
 * a platform administrator, plus request helpers. Call `await kit.start()` in beforeAll.
 */
export interface OrgKit {
  t: TestApp;
  owner: Session;
  admin: Session;
}

export async function startOrgKit(): Promise<OrgKit> {
  const t = await testApp();
  return { t, owner: await signUp(t.app), admin: await buildUser(t, { isAdmin: true }) };
}

export const orgUrl = (id: string) => `/api/v1/organisations/${id}`;

/** A request with no session. */
export const visitorRequest = (
  t: TestApp,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, ...(payload ? { payload } : {}) });

/** A signed-in user holding `role` in the organisation. */
export async function memberOf(t: TestApp, orgId: string, role: OrgRole): Promise<Session> {
  const u = await signUp(t.app);
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
}

/** Every page of the directory for a query, following nextCursor to the end. */
export async function allPages(t: TestApp, as: Session | null, query: string, limit: number) {
  const ids: string[] = [];
  const names: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const url: string = `/api/v1/organisations?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = as ? await as.get(url) : await visitorRequest(t, 'GET', url);
    expect(res.statusCode).toBe(200);
    const body: { items: { id: string; name: string }[]; nextCursor: string | null } = res.json();
    expect(body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...body.items.map((o) => o.id));
    names.push(...body.items.map((o) => o.name));
    cursor = body.nextCursor;
    if (!cursor) return { ids, names, pages: page + 1 };
  }
  throw new Error('pagination did not end');
}
