import type { ModuleManifest } from '../../platform/module.js';
import { membersRoutes } from './members.routes.js';
import { countPublicOrganisations } from './organisations.repository.js';
import { organisationsRoutes } from './organisations.routes.js';
import { organisationScope } from './organisations.scope.js';

/** Organisations: the directory, profiles, members and invitations. */
export const organisationsModule: ModuleManifest = {
  name: 'organisations',
  routes(app, deps) {
    organisationsRoutes(app, deps);
    membersRoutes(app, deps);
  },
  stats: (deps) => countPublicOrganisations(deps.db),
  auditScopes: { organisation: organisationScope },
};

export { acceptInvitation, addMemberAsPlatform, invite } from './members.service.js';
export {
  createOrganisation,
  createOrganisationAsPlatform,
  getOrganisation,
} from './organisations.service.js';
