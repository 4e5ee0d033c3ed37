import type { AdminUser, ApiToken, Me } from '../../../shared/contracts/accounts.js';
import { localized } from '../../../shared/locale-map.js';
import { isLocale } from '../../../shared/locales.js';
import type { Actor, OrgRole } from '../../../shared/permissions.js';
import type { ApiTokenRow } from '../../db/schema.js';
import { userPolicy } from './accounts.policy.js';
import type { UserWithRoles } from './accounts.repository.js';

/** Rows → API objects by explicit allow-list: no hash or token column can leak by accident. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function membershipsOf(user: UserWithRoles, locale: string) {
  return user.memberships.map((m) => ({
    organisationId: m.organisation_id,
    organisationName: localized(m.name as Record<string, string>, locale, m.default_locale),
    role: m.role as OrgRole,
  }));
}

export function toMe(user: UserWithRoles, locale: string): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    locale: isLocale(user.locale) ? user.locale : 'en',
    timeZone: user.time_zone,
    isAdmin: user.is_admin,
    isBroker: user.is_broker,
    coordinatorOf: user.coordinator_of,
    memberships: membershipsOf(user, locale),
  };
}

export function toAdminUser(user: UserWithRoles, actor: Actor, locale: string): AdminUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    status: user.status,
    isAdmin: user.is_admin,
    isBroker: user.is_broker,
    isDemo: user.is_demo,
    coordinatorOf: user.coordinator_of,
    memberships: membershipsOf(user, locale),
    createdAt: user.created_at.toISOString(),
    lastLoginAt: iso(user.last_login_at),
    abilities: userPolicy.abilities(actor, null),
  };
}

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: iso(row.last_used_at),
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
  };
}
