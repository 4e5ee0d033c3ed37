import { createUserAccount } from '../modules/accounts/index.js';
import { type Session, STRONG_PASSWORD, signIn, type TestApp } from './harness.js';

let n = 0;

/** Creates an account directly (any role) and returns its signed-in session. */
export async function buildUser(
  t: TestApp,
  overrides: {
    isAdmin?: boolean;
    isBroker?: boolean;
    coordinatorOf?: string[];
    locale?: string;
    email?: string;
  } = {},
): Promise<Session> {
  n += 1;
  const email = overrides.email ?? `f${n}-${Date.now()}@example.org`;
  await createUserAccount(t.runtime.deps.db, {
    email,
    password: STRONG_PASSWORD,
    displayName: `Factory ${n}`,
    ...overrides,
  });
  return signIn(t.app, email);
}

/** Creates an organisation through the API as the given user (who becomes its administrator). */
export async function buildOrganisation(owner: Session, overrides: Record<string, unknown> = {}) {
  n += 1;
  const res = await owner.post('/api/v1/organisations', {
    name: { en: `Agency ${n}` },
    orgType: '10',
    countryCode: 'MX',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`organisation failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; name: string; abilities: Record<string, boolean> };
}
