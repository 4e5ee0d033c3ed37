import { roleAllows } from '../../../shared/permissions.js';
import { definePolicy } from '../../platform/authz/policy.js';

/** What the country profile policy needs to know: the country, and whether it has a profile yet. */
export interface CountryFacts {
  countryCode: string;
  hasProfile: boolean;
}

const scope = (c: CountryFacts) => ({ countryCode: c.countryCode });

/**
 * Country profiles: published versions are public; the country's coordinators and platform
 * administrators create, edit (the draft) and publish it, and read its audit trail.
 */
export const countryProfilePolicy = definePolicy<CountryFacts, 'country_profile.edit' | 'audit.read'>(
  {
    'country_profile.edit': (actor, c) => roleAllows(actor, 'country_profile.edit', scope(c)),
    'audit.read': (actor, c) => roleAllows(actor, 'audit.read', scope(c)),
  },
  { edit: 'country_profile.edit', audit: 'audit.read' },
);

/** The abilities a country page carries: which of its actions the caller may take now. */
export function countryAbilities(actor: Parameters<typeof countryProfilePolicy.can>[0], c: CountryFacts) {
  const edit = countryProfilePolicy.can(actor, 'country_profile.edit', c);
  return {
    createProfile: edit && !c.hasProfile,
    editProfile: edit && c.hasProfile,
    publish: edit && c.hasProfile,
    audit: c.hasProfile && countryProfilePolicy.can(actor, 'audit.read', c),
  };
}
