import type { ModuleManifest } from '../../platform/module.js';
import { remindExpiring } from './market.reminders.js';
import { marketRoutes } from './market.routes.js';
import { needScope, offerScope } from './market.scope.js';
import { countPublicMarket } from './market-list.service.js';

/**
 * The marketplace: needs (what countries seek) and offers (what providers share), their lists,
 * exports and pipeline, and expiry reminders. Matching reads the tables these write, and drops
 * its cached pools when marketChanged() moves.
 */
export const marketplaceModule: ModuleManifest = {
  name: 'marketplace',
  routes(app, deps) {
    marketRoutes(app, deps);
  },
  stats: async (deps) => countPublicMarket(deps),
  auditScopes: { need: needScope, offer: offerScope },
  jobs: [
    {
      name: 'need and offer expiry reminders',
      everyMs: 24 * 60 * 60 * 1000,
      run: (deps) => remindExpiring(deps),
    },
  ],
};

export { REMIND_DAYS, remindExpiring } from './market.reminders.js';
export { bumpMarket, marketChanged } from './market.support.js';
export { createNeedAsPlatform } from './needs.service.js';
export { createOfferAsPlatform, demoLinkTargets } from './offers.service.js';
