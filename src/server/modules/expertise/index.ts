import type { ModuleManifest } from '../../platform/module.js';
import { capabilitiesRoutes } from './capabilities.routes.js';
import { publicCapabilityCount } from './capabilities.service.js';
import { capabilityScope, expertScope } from './expertise.scope.js';
import { expertsRoutes } from './experts.routes.js';
import { publicExpertCount } from './experts.service.js';

/** The expertise catalogue: what organisations can offer (capabilities) and whom they can send (experts). */
export const expertiseModule: ModuleManifest = {
  name: 'expertise',
  routes(app, deps) {
    capabilitiesRoutes(app, deps);
    expertsRoutes(app, deps);
  },
  stats: async (deps) => ({
    capabilities: await publicCapabilityCount(deps),
    experts: await publicExpertCount(deps),
  }),
  auditScopes: { capability: capabilityScope, expert: expertScope },
};

export { createCapabilityAsPlatform } from './capabilities.service.js';
export { createExpertAsPlatform } from './experts.service.js';
