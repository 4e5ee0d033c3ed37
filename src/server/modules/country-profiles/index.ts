import type { ModuleManifest } from '../../platform/module.js';
import { countPublishedProfiles } from './country-profiles.repository.js';
import { countryProfilesRoutes } from './country-profiles.routes.js';
import { countryProfileScope } from './country-profiles.scope.js';

/** Country SSC profiles: the country list, each country's profile (draft → versions), comparison. */
export const countryProfilesModule: ModuleManifest = {
  name: 'country-profiles',
  routes: countryProfilesRoutes,
  stats: async (deps) => ({ countryProfiles: await countPublishedProfiles(deps.db) }),
  auditScopes: { country_profile: countryProfileScope },
};

export {
  createProfileAsPlatform,
  publishAsPlatform,
  saveDraftAsPlatform,
} from './country-profiles.service.js';
