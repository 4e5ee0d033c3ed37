import type { Executor } from '../../db/executor.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';

/**
 * Every change to an organisation, its members and invitations goes on the organisation's own
 * trail, so its administrators (and the country's coordinator) read one history.
 */
export async function auditOrganisation(
  ex: Executor,
  who: { actorId: string | null; requestId?: string | null },
  action: string,
  organisationId: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(ex, {
    actorId: who.actorId,
    action,
    entityType: 'organisation',
    entityId: organisationId,
    organisationId,
    ...change,
    requestId: who.requestId ?? null,
  });
}
