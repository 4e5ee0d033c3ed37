import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { definePolicy } from '../../platform/authz/policy.js';
import { canSee } from '../../platform/authz/visibility.js';

/** What the organisation policy needs to know about a record. */
export interface OrgFacts {
  id: string;
  countryCode: string | null;
  visibility: Visibility;
}

const scope = (o: OrgFacts) => ({ organisationId: o.id, countryCode: o.countryCode });

/**
 * Organisations: anyone sees public ones; administrators of the organisation (and the
 * coordinator of its country) edit it; only platform administrators delete.
 */
export const organisationPolicy = definePolicy<
  OrgFacts,
  | 'organisation.read'
  | 'organisation.update'
  | 'organisation.delete'
  | 'organisation.manage_members'
  | 'audit.read'
>(
  {
    'organisation.read': (actor, o) =>
      canSee(actor, { visibility: o.visibility, organisationId: o.id, countryCode: o.countryCode }),
    'organisation.update': (actor, o) => roleAllows(actor, 'organisation.update', scope(o)),
    'organisation.delete': (actor, o) => roleAllows(actor, 'organisation.delete', scope(o)),
    'organisation.manage_members': (actor, o) => roleAllows(actor, 'organisation.manage_members', scope(o)),
    'audit.read': (actor, o) => roleAllows(actor, 'audit.read', scope(o)),
  },
  {
    update: 'organisation.update',
    delete: 'organisation.delete',
    manage_members: 'organisation.manage_members',
    audit: 'audit.read',
  },
);

export function canCreateOrganisation(actor: Actor): boolean {
  return roleAllows(actor, 'organisation.create');
}
