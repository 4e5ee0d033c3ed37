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

/** Platform-level abilities sent with the session, so the UI shows menus from data, not roles. */
export function platformAbilities(actor: Actor): Record<string, boolean> {
  return {
    'organisation.create': roleAllows(actor, 'organisation.create'),
    'user.manage': roleAllows(actor, 'user.manage'),
    'vocabulary.manage': roleAllows(actor, 'vocabulary.manage'),
    'audit.read': roleAllows(actor, 'audit.read'),
    // Reviewing is scoped by country: a coordinator reviews where they coordinate.
    'experience.review':
      roleAllows(actor, 'experience.review') ||
      actor.coordinatorOf.some((countryCode) => roleAllows(actor, 'experience.review', { countryCode })),
  };
}
