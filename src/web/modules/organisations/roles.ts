import { ORG_ROLES } from '../../../shared/permissions.js';

/** Role choices for selects, labelled through the organisations catalogue. */
export function roleOptions(t: (key: string) => string) {
  return ORG_ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }));
}
