import type { z } from 'zod';
import type { adminUserUpdateBody } from '../../../shared/contracts/accounts.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import type { AppDeps } from '../../platform/module.js';
import { isKnownCountry } from '../reference/index.js';
import { userPolicy } from './accounts.policy.js';
import * as repo from './accounts.repository.js';

/** Platform administration of accounts: status, global roles and country coordinators. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The keyset of an account-list cursor, checked before it reaches SQL: a tampered id or date
 * would otherwise fail the ::uuid / ::timestamptz casts and surface as a 500.
 */
function userCursor(cursor: string | undefined) {
  const after = decodeCursor(cursor);
  if (!after) return null;
  const { v, id } = after;
  // Cursors carry created_at.toISOString(): a date that does not round-trip was not issued here.
  const valid =
    typeof v === 'string' && UUID.test(id) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v;
  if (!valid) throw badRequest('errors:cursor.invalid', 'cursor');
  return { v, id };
}

export async function listUsers(
  deps: AppDeps,
  ctx: RequestContext,
  q: string | undefined,
  cursor: string | undefined,
  limit: number,
) {
  userPolicy.authorize(ctx.actor, 'user.manage', null);
  const rows = await repo.listUsers(deps.db, q, userCursor(cursor), limit);
  return pageOf(rows, limit, (r) => ({ v: r.created_at.toISOString(), id: r.id }));
}

/** Changes a user's status and roles; an administrator cannot lock themself out. */
export async function updateUserRoles(
  deps: AppDeps,
  ctx: RequestContext,
  userId: string,
  patch: z.infer<typeof adminUserUpdateBody>,
) {
  userPolicy.authorize(ctx.actor, 'user.manage', null);
  if (userId === ctx.userId && (patch.isAdmin === false || patch.status === 'disabled')) {
    throw badRequest('errors:accounts.selfLockout', patch.isAdmin === false ? 'isAdmin' : 'status');
  }
  for (const code of patch.coordinatorOf ?? []) {
    if (!(await isKnownCountry(deps.db, code)))
      throw badRequest('errors:accounts.unknownCoordinatorCountry', 'coordinatorOf', { code });
  }
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findUserById(trx, userId);
    if (!before) throw notFound('errors:notFound.user');
    await repo.updateUser(trx, userId, {
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.isAdmin !== undefined && { is_admin: patch.isAdmin }),
      ...(patch.isBroker !== undefined && { is_broker: patch.isBroker }),
      updated_at: deps.clock.now(),
    });
    if (patch.coordinatorOf)
      await repo.setCoordinatorCountries(trx, userId, [...new Set(patch.coordinatorOf)]);
    if (patch.status === 'disabled') await repo.deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, {
      actorId: ctx.userId,
      action: 'user.update_roles',
      entityType: 'user',
      entityId: userId,
      before: {
        status: before.status,
        isAdmin: before.is_admin,
        isBroker: before.is_broker,
        coordinatorOf: before.coordinator_of,
      },
      after: patch,
      requestId: ctx.requestId,
    });
    return (await repo.findUserById(trx, userId))!;
  });
}
