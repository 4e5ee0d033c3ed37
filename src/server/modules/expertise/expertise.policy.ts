import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { definePolicy } from '../../platform/authz/policy.js';
import { canSee } from '../../platform/authz/visibility.js';

/** What the catalogue's policy needs to know about a capability or an expert. */
export interface ExpertiseFacts {
  organisationId: string;
  countryCode: string | null;
  /** The record's own visibility (an expert has none: its organisation's). */
  visibility: Visibility;
  orgVisibility: Visibility;
}

const scope = (f: ExpertiseFacts) => ({ organisationId: f.organisationId, countryCode: f.countryCode });

/**
 * Whether the actor may see the record at all: the record and its organisation must both be
 * visible (a public offer of an organisation-only organisation would leak that organisation).
 * Mirrored in SQL by the repositories' visibleTo filters.
 */
export function canReadRecord(actor: Actor, f: ExpertiseFacts): boolean {
  const where = { organisationId: f.organisationId, countryCode: f.countryCode };
  return (
    canSee(actor, { ...where, visibility: f.visibility }) &&
    canSee(actor, { ...where, visibility: f.orgVisibility })
  );
}

/**
 * Capabilities and experts are managed by the organisation's administrators and editors, the
 * coordinator of its country and platform administrators (capability.manage). An expert's
 * personal data (name, job title, e-mail, note) is for signed-in members only (expert.read_personal).
 */
export const expertisePolicy = definePolicy<
  ExpertiseFacts,
  'capability.manage' | 'audit.read' | 'expert.read_personal'
>(
  {
    'capability.manage': (actor, f) => roleAllows(actor, 'capability.manage', scope(f)),
    'audit.read': (actor, f) => roleAllows(actor, 'audit.read', scope(f)),
    'expert.read_personal': (actor, f) => roleAllows(actor, 'expert.read_personal', scope(f)),
  },
  { update: 'capability.manage', delete: 'capability.manage', audit: 'audit.read' },
);

/** Whether the actor may add capabilities and experts to an organisation. */
export const canManageIn = (actor: Actor, org: { id: string; countryCode: string | null }) =>
  roleAllows(actor, 'capability.manage', { organisationId: org.id, countryCode: org.countryCode });

/** True when the reader may see experts' personal data. */
export const readsPersonalData = (actor: Actor) => roleAllows(actor, 'expert.read_personal');
