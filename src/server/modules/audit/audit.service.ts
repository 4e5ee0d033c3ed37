import { listAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps, ModuleManifest } from '../../platform/module.js';
import { auditPolicy } from './audit.policy.js';

/** The entry id a trail cursor continues after; checked here so a tampered one is a 400, not a 500. */
function entryIdOf(cursor: string | undefined): number | null {
  const after = decodeCursor(cursor);
  if (!after) return null;
  const { v } = after;
  const id = typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(id) || id < 1) {
    throw badRequest('errors:cursor.invalid', 'cursor');
  }
  return id;
}

/** Reads a record's audit trail after checking the caller may see it. */
export async function readTrail(
  deps: AppDeps,
  ctx: RequestContext,
  modules: readonly ModuleManifest[],
  entityType: string,
  entityId: string,
  cursor: string | undefined,
  limit: number,
) {
  const scopeOf = modules.find((m) => m.auditScopes?.[entityType])?.auditScopes?.[entityType];
  const scope = scopeOf ? await scopeOf(deps.db, entityId) : null;
  const facts = { entityType, entityId, scope };
  // A trail of a record one may not read is reported as absent, like the record itself.
  if (!auditPolicy.can(ctx.actor, 'audit.read', facts)) {
    if (!ctx.userId) auditPolicy.authorize(ctx.actor, 'audit.read', facts);
    throw notFound('errors:notFound.auditTrail');
  }
  const rows = await listAudit(deps.db, entityType, entityId, entryIdOf(cursor), limit);
  return pageOf(rows, limit, (r) => ({ v: r.id, id: String(r.id) }));
}
