import type { RegisterBody } from '../../../shared/contracts/accounts.js';
import { isUniqueViolation } from '../../db/errors.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import { AppError, conflict } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import {
  dummyPasswordHash,
  hashPassword,
  newToken,
  sha256,
  verifyPassword,
} from '../../platform/security/secrets.js';
import * as repo from './accounts.repository.js';
import { actorOf, authInfoOf } from './actor.js';

/** Sign-up, sign-in, sign-out and turning a cookie or token back into a user. */

export interface NewSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

async function openSession(deps: AppDeps, userId: string, userAgent: string | null): Promise<NewSession> {
  const token = newToken();
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.SESSION_TTL_HOURS * 3600_000);
  await repo.insertSession(deps.db, { id: sha256(token), userId, csrf: newToken(), expiresAt, userAgent });
  return { token, expiresAt, userId };
}

/** Creates an account (refusing a duplicate email by name) and signs it in. */
export async function register(
  deps: AppDeps,
  input: RegisterBody,
  userAgent: string | null,
  requestId: string,
) {
  const passwordHash = await hashPassword(input.password);
  const emailTaken = () => conflict('errors:accounts.emailTaken', 'email');
  const userId = await deps.db
    .transaction()
    .execute(async (trx) => {
      if (await repo.findUserByEmail(trx, input.email)) {
        throw emailTaken();
      }
      const { id } = await repo.insertUser(trx, {
        email: input.email,
        display_name: input.displayName,
        password_hash: passwordHash,
        locale: input.locale,
        time_zone: input.timeZone,
      });
      await recordAudit(trx, {
        actorId: id,
        action: 'user.register',
        entityType: 'user',
        entityId: id,
        after: {
          email: input.email,
          displayName: input.displayName,
          locale: input.locale,
          timeZone: input.timeZone,
        },
        requestId,
      });
      return id;
    })
    .catch((err: unknown) => {
      // Two sign-ups racing for one address: the unique index decides, with the same message.
      throw isUniqueViolation(err) ? emailTaken() : err;
    });
  return openSession(deps, userId, userAgent);
}

/** Checks email and password; the same message for an unknown email and a wrong password. */
export async function login(deps: AppDeps, email: string, password: string, userAgent: string | null) {
  const user = await repo.findUserByEmail(deps.db, email);
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
  if (!user || !ok)
    throw new AppError(401, 'invalid_credentials', 'errors:auth.invalidCredentials', { field: 'password' });
  if (user.status !== 'active') throw new AppError(403, 'account_disabled', 'errors:auth.accountDisabled');
  await repo.updateUser(deps.db, user.id, { last_login_at: deps.clock.now() });
  return openSession(deps, user.id, userAgent);
}

export async function logout(deps: AppDeps, sessionId: string | null) {
  if (sessionId) await repo.deleteSession(deps.db, sessionId);
}

/** The auth resolver the platform's auth plugin calls on each request. */
export function authResolver(deps: AppDeps) {
  return {
    async fromSessionToken(token: string) {
      const session = await repo.findSession(deps.db, sha256(token), deps.clock.now());
      if (!session) return null;
      const user = await repo.findUserById(deps.db, session.user_id);
      if (user?.status !== 'active') return null;
      return {
        actor: actorOf(user),
        auth: authInfoOf(user, 'cookie', { id: session.session_id, csrf: session.csrf_token }),
      };
    },
    async fromApiToken(token: string) {
      const found = await repo.findLiveApiToken(deps.db, sha256(token), deps.clock.now());
      if (!found) return null;
      const user = await repo.findUserById(deps.db, found.user_id);
      if (user?.status !== 'active') return null;
      await repo.touchApiToken(deps.db, found.id, deps.clock.now());
      return { actor: actorOf(user), auth: authInfoOf(user, 'token', null) };
    },
  };
}
