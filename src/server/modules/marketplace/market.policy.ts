import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { definePolicy } from '../../platform/authz/policy.js';
import { canSee } from '../../platform/authz/visibility.js';

/** What the marketplace's policy needs to know about a need or an offer. */
export interface MarketFacts {
  organisationId: string;
  countryCode: string;
  visibility: Visibility;
  orgVisibility: Visibility;
}

const scope = (f: { organisationId: string; countryCode: string | null }) => ({
  organisationId: f.organisationId,
  countryCode: f.countryCode,
});

/**
 * Whether the actor may see the record at all: the record and its organisation must both be
 * visible. Mirrored in SQL by the list repository's visibleTo filters.
 */
export function canReadMarket(actor: Actor, f: MarketFacts): boolean {
  const where = scope(f);
  return (
    canSee(actor, { ...where, visibility: f.visibility }) &&
    canSee(actor, { ...where, visibility: f.orgVisibility })
  );
}

/**
 * Needs and offers are posted and kept up to date by the organisation's administrators and
 * editors, the coordinator of its country and platform administrators (market.post); their
 * trail is read by those who read the organisation's audit (audit.read).
 */
export const marketPolicy = definePolicy<MarketFacts, 'market.post' | 'audit.read'>(
  {
    'market.post': (actor, f) => roleAllows(actor, 'market.post', scope(f)),
    'audit.read': (actor, f) => roleAllows(actor, 'audit.read', scope(f)),
  },
  { update: 'market.post', delete: 'market.post', audit: 'audit.read' },
);

/** Whether the actor may post needs and offers for an organisation. */
export const canPostFor = (actor: Actor, org: { id: string; countryCode: string | null }) =>
  roleAllows(actor, 'market.post', { organisationId: org.id, countryCode: org.countryCode });
