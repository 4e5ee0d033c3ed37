import type { AuditEntry } from '../../../shared/contracts/audit.js';
import type { AuditRow } from '../../db/schema.js';

type Row = Pick<
  AuditRow,
  'id' | 'occurred_at' | 'actor_id' | 'action' | 'entity_type' | 'entity_id' | 'before' | 'after'
> & {
  display_name: string | null;
};

/** Field-level changes: every key of before or after, with both values. */
function changesOf(before: unknown, after: unknown) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

export function toAuditEntry(r: Row): AuditEntry {
  return {
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    actor: r.actor_id ? { id: r.actor_id, displayName: r.display_name ?? '' } : null,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    changes: changesOf(r.before, r.after),
  };
}
