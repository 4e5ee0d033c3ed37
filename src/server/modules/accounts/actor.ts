import type { Locale } from '../../../shared/locales.js';
import { isLocale } from '../../../shared/locales.js';
import type { Actor, OrgRole } from '../../../shared/permissions.js';
import type { AuthInfo } from '../../platform/http/context.js';
import type { UserWithRoles } from './accounts.repository.js';

/** Turns a user row with its roles into the actor every policy reads. */
export function actorOf(user: UserWithRoles): Actor {
  return {
    userId: user.id,
    isAdmin: user.is_admin,
    isBroker: user.is_broker,
    memberships: Object.fromEntries(user.memberships.map((m) => [m.organisation_id, m.role as OrgRole])),
    coordinatorOf: user.coordinator_of,
  };
}

export function authInfoOf(
  user: UserWithRoles,
  method: AuthInfo['method'],
  session: { id: string; csrf: string } | null,
): AuthInfo {
  const locale: Locale = isLocale(user.locale) ? user.locale : 'en';
  return {
    userId: user.id,
    method,
    sessionId: session?.id ?? null,
    csrfToken: session?.csrf ?? null,
    locale,
    timeZone: user.time_zone,
  };
}
