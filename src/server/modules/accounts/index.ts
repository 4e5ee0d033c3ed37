import type { ModuleManifest } from '../../platform/module.js';
import { countUsers } from './accounts.repository.js';
import { accountsRoutes } from './accounts.routes.js';
import { adminUsersRoutes } from './admin-users.routes.js';

/** Accounts: people, sign-in, sessions, API tokens and platform roles. */
export const accountsModule: ModuleManifest = {
  name: 'accounts',
  routes(app, deps) {
    accountsRoutes(app, deps);
    adminUsersRoutes(app, deps);
  },
  stats: async (deps) => ({ members: await countUsers(deps.db) }),
};

export { authResolver } from './auth.service.js';
export { createUserAccount, hasAnyAccount } from './create-user.js';
export { userSummary } from './user-summary.js';
