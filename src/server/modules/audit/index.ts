import { auditEntrySchema, auditParams, auditQuery } from '../../../shared/contracts/audit.js';
import { pageSchema } from '../../../shared/contracts/common.js';
import { contextOf } from '../../platform/http/context.js';
import { errors } from '../../platform/http/responses.js';
import type { ModuleManifest } from '../../platform/module.js';
import { toAuditEntry } from './audit.presenter.js';
import { readTrail } from './audit.service.js';

/**
 * The audit trail reader. Writes happen in every module's transactions through the platform's
 * recordAudit; this module only decides who may read a trail, using the modules' auditScopes.
 */
export function auditModule(modules: readonly ModuleManifest[]): ModuleManifest {
  return {
    name: 'audit',
    routes(app, deps) {
      app.get(
        '/audit/:entityType/:entityId',
        {
          schema: {
            tags: ['audit'],
            summary: 'Who changed a record, when, and what (administrators and the record’s owners)',
            params: auditParams,
            querystring: auditQuery,
            response: { 200: pageSchema(auditEntrySchema), ...errors(400, 401, 404) },
          },
        },
        async (req) => {
          const page = await readTrail(
            deps,
            contextOf(req),
            modules,
            req.params.entityType,
            req.params.entityId,
            req.query.cursor,
            req.query.limit,
          );
          return { items: page.items.map(toAuditEntry), nextCursor: page.nextCursor };
        },
      );
    },
  };
}
