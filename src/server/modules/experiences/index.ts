import type { ModuleManifest } from '../../platform/module.js';
import { attachmentsRoutes } from './attachments.routes.js';
import { remindStaleExperiences } from './experiences.reminders.js';
import { experiencesRoutes } from './experiences.routes.js';
import { experienceScope } from './experiences.scope.js';
import { publishedCount } from './experiences.service.js';
import { searchRoutes } from './search.routes.js';

/**
 * The experience library: case stories written as drafts, reviewed against acceptance criteria,
 * published as numbered versions, re-verified yearly; searched with facets; with attachments.
 */
export const experiencesModule: ModuleManifest = {
  name: 'experiences',
  routes(app, deps) {
    experiencesRoutes(app, deps);
    searchRoutes(app, deps);
    attachmentsRoutes(app, deps);
  },
  stats: async (deps) => ({ experiences: await publishedCount(deps) }),
  auditScopes: { experience: experienceScope },
  // Remind owners once a day to re-verify experiences not verified for a year.
  jobs: [
    {
      name: 'experience re-verification reminders',
      everyMs: 24 * 60 * 60 * 1000,
      run: (deps) => remindStaleExperiences(deps),
    },
  ],
};

export { remindStaleExperiences } from './experiences.reminders.js';
export { createExperienceAsPlatform, setViewCountAsPlatform } from './experiences.service.js';
export {
  archiveAsPlatform,
  reviewAsPlatform,
  submitAsPlatform,
  verifyAsPlatform,
} from './experiences.workflow.service.js';
export { cjkBigrams, tsConfigOf } from './search-text.js';
