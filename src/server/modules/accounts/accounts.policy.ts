import { type Actor, roleAllows } from '../../../shared/permissions.js';
import { definePolicy } from '../../platform/authz/policy.js';

/** Account administration is platform-wide: only roles with user.manage may list or change users. */
export const userPolicy = definePolicy<null, 'user.manage' | 'user.read'>(
  {
    'user.manage': (actor) => roleAllows(actor, 'user.manage'),
    'user.read': (actor) => roleAllows(actor, 'user.read'),
  },
  { manage: 'user.manage' },
);

/**
 * Whether the actor holds the action somewhere: platform-wide, in one of their organisations, or
 * in a country they coordinate (e.g. "may post a need for some organisation").
 */
const anywhere = (actor: Actor, action: Parameters<typeof roleAllows>[1]) =>
  roleAllows(actor, action) ||
  Object.keys(actor.memberships).some((organisationId) => roleAllows(actor, action, { organisationId })) ||
  actor.coordinatorOf.some((countryCode) => roleAllows(actor, action, { countryCode }));

/** Platform-level abilities sent with the session, so the UI shows menus from data, not roles. */
export function platformAbilities(actor: Actor): Record<string, boolean> {
  return {
    'organisation.create': roleAllows(actor, 'organisation.create'),
    'user.manage': roleAllows(actor, 'user.manage'),
    'vocabulary.manage': roleAllows(actor, 'vocabulary.manage'),
    'audit.read': roleAllows(actor, 'audit.read'),
    // Reviewing is scoped by country: a coordinator reviews where they coordinate.
    'experience.review': anywhere(actor, 'experience.review'),
    // Posting and proposing are scoped by organisation: true when the user may for some.
    'market.post': anywhere(actor, 'market.post'),
    'introduction.propose': anywhere(actor, 'introduction.propose'),
    'introduction.broker': roleAllows(actor, 'introduction.broker'),
    'match.configure': roleAllows(actor, 'match.configure'),
    // Convening dialogues is for an organisation (or anywhere, for brokers and administrators).
    'dialogue.convene': anywhere(actor, 'dialogue.convene'),
  };
}
