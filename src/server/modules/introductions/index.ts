import type { ModuleManifest } from '../../platform/module.js';
import { introductionsRoutes } from './introductions.routes.js';
import { introductionScope } from './introductions.scope.js';
import { expireIntroductions } from './introductions.workflow.service.js';

/**
 * Brokered introductions: a seeker, a provider or a broker proposes; both sides accept or
 * decline; agreed ones carry the terms an exchange starts from; feedback afterwards. Pipelines
 * per organisation and the broker board.
 */
export const introductionsModule: ModuleManifest = {
  name: 'introductions',
  routes(app, deps) {
    introductionsRoutes(app, deps);
  },
  auditScopes: { introduction: introductionScope },
  // Once a day, proposals left unanswered past their 30 days expire (both sides are told).
  jobs: [
    {
      name: 'introduction expiry',
      everyMs: 24 * 60 * 60 * 1000,
      run: (deps) => expireIntroductions(deps),
    },
  ],
};

export {
  findMarketRecordForDemo,
  type SeedIntroduction,
  seedIntroductionAsPlatform,
} from './introductions.seed.js';
export { EXPIRES_AFTER_DAYS } from './introductions.support.js';
export { expireIntroductions } from './introductions.workflow.service.js';
