import { sql } from 'kysely';
import { healthSchema } from '../../../shared/contracts/hub.js';
import type { DbHandle } from '../../db/engine.js';
import { migrationState } from '../../db/migrate.js';
import type { ZodApp } from '../module.js';

/** GET /api/health: database reachable and migrations current; 503 otherwise, for load balancers. */
export function healthRoute(app: ZodApp, handle: DbHandle, version: string): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness and readiness',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_req, reply) => {
      let reachable = true;
      let pending: string[] = [];
      try {
        await sql`SELECT 1`.execute(handle.db);
        const state = await migrationState(handle);
        pending = state.pending.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`);
      } catch {
        reachable = false;
      }
      const ok = reachable && pending.length === 0;
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: { engine: handle.engine, reachable },
        migrations: { current: reachable && pending.length === 0, pending },
        version,
      });
    },
  );
}
