import { statsSchema } from '../../../shared/contracts/hub.js';
import type { ModuleManifest } from '../../platform/module.js';

/**
 * The hub itself: the live counts on the home page, gathered from every module's manifest so
 * a new module shows up there by declaring `stats` and nothing else.
 */
export function hubModule(modules: readonly ModuleManifest[]): ModuleManifest {
  return {
    name: 'hub',
    routes(app, deps) {
      app.get(
        '/stats',
        {
          schema: {
            tags: ['hub'],
            summary: 'Live counts of public records, for the home page',
            response: { 200: statsSchema },
          },
        },
        async (_req, reply) => {
          const parts = await Promise.all(
            modules.map((m) => (m.stats ? m.stats(deps) : Promise.resolve({}))),
          );
          reply.header('cache-control', 'public, max-age=60');
          return { counts: Object.assign({}, ...parts) as Record<string, number> };
        },
      );
    },
  };
}
