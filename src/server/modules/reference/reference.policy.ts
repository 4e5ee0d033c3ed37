import { roleAllows } from '../../../shared/permissions.js';
import { definePolicy } from '../../platform/authz/policy.js';

/** Reference lists are public to read; vocabularies are edited by roles with vocabulary.manage. */
export const vocabularyPolicy = definePolicy<null, 'vocabulary.manage'>(
  { 'vocabulary.manage': (actor) => roleAllows(actor, 'vocabulary.manage') },
  { manage: 'vocabulary.manage' },
);
