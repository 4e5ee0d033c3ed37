import type { InjectOptions } from 'fastify';
import type { OrgRole } from '../../shared/permissions.js';
import { addMemberAsPlatform } from '../modules/organisations/index.js';
import { type Session, signUp, type TestApp } from './harness.js';

/** Request helpers the module test kits share. */

/** A request with no session. */
export const visitor = (t: TestApp, method: InjectOptions['method'], url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}) });

/** A signed-in user holding `role` in the organisation. */
export async function memberOf(t: TestApp, orgId: string, role: OrgRole): Promise<Session> {
  const u = await signUp(t.app);
  await addMemberAsPlatform(t.runtime.deps, orgId, u.userId, role);
  return u;
}

/** POSTs as `as`, fails the test with the response unless 201, and returns the created body. */
export async function postCreated<T = { id: string; title: string; abilities: Record<string, boolean> }>(
  as: Session,
  url: string,
  body: object,
): Promise<T> {
  const res = await as.post(url, body);
  if (res.statusCode !== 201) throw new Error(`POST ${url} failed: ${res.statusCode} ${res.body}`);
  return res.json() as T;
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
