import { type Actor, roleAllows, type Scope } from '../../../shared/permissions.js';
import { definePolicy } from '../../platform/authz/policy.js';

/** The facts the audit policy decides on: which record, and where it sits. */
export interface TrailFacts {
  entityType: string;
  entityId: string;
  /** Where the record sits; several places when it belongs to several organisations. */
  scope: Scope | Scope[] | null;
}

/**
 * Administrators read every trail; a user reads their own account's trail; otherwise the
 * record's owners (roles with audit.read in the record's organisation or country, or in any of
 * them for a record that belongs to several) read it.
 */
export const auditPolicy = definePolicy<TrailFacts, 'audit.read'>(
  {
    'audit.read': (actor: Actor, t) => {
      if (roleAllows(actor, 'audit.read')) return true;
      if (t.entityType === 'user') return actor.userId === t.entityId;
      const scopes = t.scope === null ? [] : Array.isArray(t.scope) ? t.scope : [t.scope];
      return scopes.some((scope) => roleAllows(actor, 'audit.read', scope));
    },
  },
  { read: 'audit.read' },
);
