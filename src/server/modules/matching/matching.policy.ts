import { roleAllows } from '../../../shared/permissions.js';
import { definePolicy } from '../../platform/authz/policy.js';

/**
 * Who may change how matches are scored: platform administrators only (match.configure). Who may
 * see a match is the visibility of the need, the offer and each candidate (`canSeeItem`).
 */
export const settingsPolicy = definePolicy<null, 'match.configure'>(
  { 'match.configure': (actor) => roleAllows(actor, 'match.configure') },
  { configure: 'match.configure' },
);
