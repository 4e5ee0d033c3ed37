import type { z } from 'zod';
import type { profileUpdateBody } from '../../../shared/contracts/accounts.js';
import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { newToken, sha256 } from '../../platform/security/secrets.js';
import * as repo from './accounts.repository.js';

/** The signed-in user's own profile and API tokens. */

export async function getMe(deps: AppDeps, userId: string) {
  const user = await repo.findUserById(deps.db, userId);
  if (!user) throw unauthorized();
  return user;
}

/** Updates name, language or time zone, leaving an audit entry of what changed. */
export async function updateProfile(
  deps: AppDeps,
  ctx: RequestContext,
  patch: z.infer<typeof profileUpdateBody>,
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findUserById(trx, ctx.userId!);
    if (!before) throw unauthorized();
    await repo.updateUser(trx, before.id, {
      ...(patch.displayName !== undefined && { display_name: patch.displayName }),
      ...(patch.locale !== undefined && { locale: patch.locale }),
      ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
      updated_at: deps.clock.now(),
    });
    await recordAudit(trx, {
      actorId: before.id,
      action: 'user.update_profile',
      entityType: 'user',
      entityId: before.id,
      before: { displayName: before.display_name, locale: before.locale, timeZone: before.time_zone },
      after: patch,
      requestId: ctx.requestId,
    });
    return (await repo.findUserById(trx, before.id))!;
  });
}

export const API_TOKEN_PREFIX = 'kxt_';

/** Creates an API token; the secret is returned once and only its hash is stored. */
export async function createApiToken(
  deps: AppDeps,
  ctx: RequestContext,
  name: string,
  expiresInDays?: number,
) {
  const token = newToken(API_TOKEN_PREFIX);
  const expiresAt = expiresInDays ? new Date(deps.clock.now().getTime() + expiresInDays * 86_400_000) : null;
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertApiToken(trx, {
      userId: ctx.userId!,
      name,
      hash: sha256(token),
      prefix: token.slice(0, 10),
      expiresAt,
    });
    await recordAudit(trx, {
      actorId: ctx.userId,
      action: 'api_token.create',
      entityType: 'user',
      entityId: ctx.userId!,
      after: { tokenId: created.id, name },
      requestId: ctx.requestId,
    });
    return created;
  });
  return { row, token };
}

export async function listApiTokens(deps: AppDeps, userId: string) {
  return repo.listApiTokens(deps.db, userId);
}

/** Revokes one of the caller's own tokens; another user's token is simply not found. */
export async function revokeApiToken(deps: AppDeps, ctx: RequestContext, tokenId: string) {
  await deps.db.transaction().execute(async (trx) => {
    const done = await repo.revokeApiToken(trx, ctx.userId!, tokenId, deps.clock.now());
    if (!done) throw notFound('errors:notFound.apiToken');
    await recordAudit(trx, {
      actorId: ctx.userId,
      action: 'api_token.revoke',
      entityType: 'user',
      entityId: ctx.userId!,
      after: { tokenId },
      requestId: ctx.requestId,
    });
  });
}
