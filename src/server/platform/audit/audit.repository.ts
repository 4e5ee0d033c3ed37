import type { Executor } from '../../db/executor.js';

/**
 * The audit trail: one row per change to a business record, written in the same transaction
 * as the change so a rolled-back write leaves no entry and a committed one always has one.
 */
export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Writes one audit entry. Secrets must already be removed from before/after. */
export async function recordAudit(ex: Executor, entry: AuditInput): Promise<void> {
  await ex
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      organisation_id: entry.organisationId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

/** Who a change is recorded as made by, and in which request. */
export interface AuditWho {
  actorId: string | null;
  requestId: string | null;
}

/**
 * One entry on a record's own trail, filed under its organisation (whose administrators read
 * it): the shape every module's records share. Modules narrow `T` to their entity types.
 */
export async function auditRecord<T extends string>(
  ex: Executor,
  who: AuditWho,
  entity: { type: T; id: string; organisationId: string },
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(ex, {
    actorId: who.actorId,
    action,
    entityType: entity.type,
    entityId: entity.id,
    organisationId: entity.organisationId,
    ...change,
    requestId: who.requestId,
  });
}

/** Reads one record's trail, newest first, keyset-paginated by id. */
export async function listAudit(
  ex: Executor,
  entityType: string,
  entityId: string,
  beforeId: number | null,
  limit: number,
) {
  let q = ex
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.occurred_at',
      'a.actor_id',
      'u.display_name',
      'a.action',
      'a.entity_type',
      'a.entity_id',
      'a.before',
      'a.after',
      'a.organisation_id',
    ])
    .where('a.entity_type', '=', entityType)
    .where('a.entity_id', '=', entityId)
    .orderBy('a.id', 'desc')
    .limit(limit + 1);
  if (beforeId !== null) q = q.where('a.id', '<', beforeId);
  return q.execute();
}
