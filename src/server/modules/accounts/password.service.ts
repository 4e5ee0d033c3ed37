import { recordAudit } from '../../platform/audit/audit.repository.js';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, badRequest, gone } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { hashPassword, newToken, sha256, verifyPassword } from '../../platform/security/secrets.js';
import * as repo from './accounts.repository.js';

/** Password change, and reset by an emailed single-use token. */

export const RESET_TTL_HOURS = 2;

/** Changes the password after checking the current one; other sessions are signed out. */
export async function changePassword(
  deps: AppDeps,
  ctx: RequestContext,
  sessionId: string | null,
  current: string,
  next: string,
) {
  const user = await repo.findUserById(deps.db, ctx.userId!);
  if (!user || !(await verifyPassword(user.password_hash, current))) {
    throw badRequest('errors:accounts.currentPasswordWrong', 'currentPassword');
  }
  const hash = await hashPassword(next);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, { password_hash: hash, updated_at: deps.clock.now() });
    await repo.deleteSessionsOfUser(trx, user.id, sessionId);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      requestId: ctx.requestId,
    });
  });
}

/**
 * Emails a reset link when the address belongs to an active account. The caller always gets
 * the same answer, so the endpoint does not reveal which emails have accounts.
 */
export async function requestPasswordReset(deps: AppDeps, email: string, requestId: string) {
  const user = await repo.findUserByEmail(deps.db, email);
  if (user?.status !== 'active') return;
  const token = newToken();
  const expiresAt = new Date(deps.clock.now().getTime() + RESET_TTL_HOURS * 3600_000);
  const link = `${deps.config.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}`;
  const t = (key: string) =>
    deps.i18n.t(user.locale, key, { name: user.display_name, link, hours: RESET_TTL_HOURS });
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertPasswordReset(trx, { hash: sha256(token), userId: user.id, expiresAt });
    await deps.mailer.enqueue(trx, {
      kind: 'password_reset',
      to: user.email,
      subject: t('passwordReset.subject'),
      text: t('passwordReset.body'),
    });
    await recordAudit(trx, {
      actorId: null,
      action: 'user.password_reset_request',
      entityType: 'user',
      entityId: user.id,
      requestId,
    });
  });
  void deps.mailer.flush().catch(() => undefined);
}

/** Sets a new password from a reset token: unknown, used or expired tokens are refused by name. */
export async function confirmPasswordReset(
  deps: AppDeps,
  token: string,
  password: string,
  requestId: string,
) {
  const hash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    const reset = await repo.findPasswordResetForUpdate(trx, sha256(token));
    if (!reset) throw new AppError(400, 'invalid_token', 'errors:accounts.resetInvalid', { field: 'token' });
    if (reset.used_at) throw gone('errors:accounts.resetUsed', 'token');
    if (reset.expires_at <= deps.clock.now()) throw gone('errors:accounts.resetExpired', 'token');
    await repo.markPasswordResetUsed(trx, reset.token_hash, deps.clock.now());
    await repo.updateUser(trx, reset.user_id, { password_hash: hash, updated_at: deps.clock.now() });
    await repo.deleteSessionsOfUser(trx, reset.user_id);
    await recordAudit(trx, {
      actorId: reset.user_id,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: reset.user_id,
      requestId,
    });
  });
}
