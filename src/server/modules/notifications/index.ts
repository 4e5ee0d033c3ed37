import type { ModuleManifest } from '../../platform/module.js';
import { sendWeeklyDigests } from './notifications.digest.js';
import { notificationsRoutes } from './notifications.routes.js';

/**
 * Notifications: each person's in-app inbox, their e-mail choices, and the weekly digest of new
 * strong matches. Other modules notify people through `notify`, inside their own transaction.
 */
export const notificationsModule: ModuleManifest = {
  name: 'notifications',
  routes(app, deps) {
    notificationsRoutes(app, deps);
  },
  // Checked every hour: each person gets at most one digest a week, whenever theirs falls due.
  jobs: [
    {
      name: 'weekly digest of new matches',
      everyMs: 60 * 60 * 1000,
      firstAfterMs: 5 * 60_000,
      run: (deps) => sendWeeklyDigests(deps),
    },
  ],
};

export { sendWeeklyDigests } from './notifications.digest.js';
export { type EmailSetting, type NotifyEmail, notify } from './notifications.service.js';
