import { type Actor, roleAllows } from '../../../shared/permissions.js';
import type { Visibility } from '../../../shared/visibility.js';
import { definePolicy } from '../../platform/authz/policy.js';
import { canSee } from '../../platform/authz/visibility.js';

/** What the policy needs to know about a series or a dialogue: its convener and visibility. */
export interface ConvenedFacts {
  organisationId: string;
  countryCode: string | null;
  visibility: Visibility;
}

const scope = (f: { organisationId: string; countryCode: string | null }) => ({
  organisationId: f.organisationId,
  countryCode: f.countryCode,
});

/** Whether the actor may see the series or dialogue (mirrored in SQL by the list queries). */
export const canReadConvened = (actor: Actor, f: ConvenedFacts) => canSee(actor, { ...f });

/**
 * Series and dialogues are planned and kept up to date by their conveners: administrators and
 * editors of the convening organisation, and brokers and platform administrators anywhere
 * (dialogue.convene); their trail is read by those who read the organisation's audit.
 */
export const dialoguePolicy = definePolicy<ConvenedFacts, 'dialogue.convene' | 'audit.read'>(
  {
    'dialogue.convene': (actor, f) => roleAllows(actor, 'dialogue.convene', scope(f)),
    'audit.read': (actor, f) => roleAllows(actor, 'audit.read', scope(f)),
  },
  {
    update: 'dialogue.convene',
    planSlots: 'dialogue.convene',
    schedule: 'dialogue.convene',
    invite: 'dialogue.convene',
    summarise: 'dialogue.convene',
    manageActions: 'dialogue.convene',
    audit: 'audit.read',
  },
);

/** Whether the actor may convene for an organisation. */
export const canConveneFor = (actor: Actor, org: { id: string; countryCode: string | null }) =>
  roleAllows(actor, 'dialogue.convene', { organisationId: org.id, countryCode: org.countryCode });
