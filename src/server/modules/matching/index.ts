import type { ModuleManifest } from '../../platform/module.js';
import { matchIndex } from './matching.cache.js';
import { runAllMatches } from './matching.nightly.js';
import { matchingRoutes } from './matching.routes.js';

/**
 * Matchmaking: a need's best offers, experiences, capabilities and peer countries (and an offer's
 * best needs), scored live by the shared core (src/shared/matching) with the reasons in words;
 * the administrator's weights; and the nightly all-pairs run that stores each need's best
 * matches for the digests and the broker board.
 */
export const matchingModule: ModuleManifest = {
  name: 'matching',
  routes(app, deps) {
    matchingRoutes(app, deps);
  },
  jobs: [
    {
      // Reading and preparing every candidate takes seconds at 20 000 offers: done soon after
      // start-up, so the first reader of a matches page does not wait for it.
      name: 'prepare the matching index',
      everyMs: 24 * 60 * 60 * 1000,
      firstAfterMs: 5_000,
      run: async (deps) => {
        const index = await matchIndex(deps);
        return { needs: index.needs.prepared.length, offers: index.pools.offer.metas.length };
      },
    },
    {
      name: 'nightly matches of every live need',
      everyMs: 24 * 60 * 60 * 1000,
      // Not at start-up: a server restarted during the day should not redo the night's work at once.
      firstAfterMs: 60 * 60 * 1000,
      run: async (deps) => {
        const { needs, matches, dropped } = await runAllMatches(deps);
        return { needs, matches, dropped };
      },
    },
  ],
};

export { forgetMatchingCache } from './matching.cache.js';
export { type MatchProgress, NIGHTLY_TOP, runAllMatches } from './matching.nightly.js';
export { loadSettings, matchesOfNeedAsPlatform } from './matching.service.js';
