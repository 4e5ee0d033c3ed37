import { localized } from '../../../shared/locale-map.js';
import type { OrgRole } from '../../../shared/permissions.js';
import type { RequestContext } from '../../platform/http/context.js';
import { AppError, badRequest, conflict, gone, notFound, unauthorized } from '../../platform/http/errors.js';
import type { AppDeps } from '../../platform/module.js';
import { newToken, sha256 } from '../../platform/security/secrets.js';
import { userSummary } from '../accounts/index.js';
import * as repo from './members.repository.js';
import { auditOrganisation } from './organisations.audit.js';
import { organisationPolicy } from './organisations.policy.js';
import { getOrganisation, organisationFacts } from './organisations.service.js';

/** Who belongs to an organisation, with which role, and invitations to join it. */

export const INVITATION_TTL_DAYS = 14;

async function managed(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  const org = await getOrganisation(deps, ctx, organisationId);
  organisationPolicy.authorize(ctx.actor, 'organisation.manage_members', organisationFacts(org));
  return org;
}

/** Members are listed to anyone who can see the organisation; emails only to its managers. */
export async function listMembers(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  const org = await getOrganisation(deps, ctx, organisationId);
  const showEmail = organisationPolicy.can(ctx.actor, 'organisation.manage_members', organisationFacts(org));
  if (!ctx.userId) throw unauthorized('errors:members.signInToList');
  const rows = await repo.listMembers(deps.db, organisationId);
  return rows.map((r) => ({ ...r, email: showEmail ? r.email : null }));
}

/** Changes a member's role, never leaving the organisation without an administrator. */
export async function changeRole(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  userId: string,
  role: OrgRole,
) {
  await managed(deps, ctx, organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const admins = await repo.lockAdmins(trx, organisationId);
    const current = await repo.findMembership(trx, organisationId, userId);
    if (!current) throw notFound('errors:notFound.member');
    if (current.role === 'org_admin' && role !== 'org_admin' && admins.length <= 1) {
      throw badRequest('errors:members.lastAdmin', 'role');
    }
    await repo.updateMembershipRole(trx, organisationId, userId, role);
    await auditOrganisation(
      trx,
      { actorId: ctx.userId, requestId: ctx.requestId },
      'membership.change_role',
      organisationId,
      { before: { userId, role: current.role }, after: { userId, role } },
    );
  });
}

export async function removeMember(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  userId: string,
) {
  await managed(deps, ctx, organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const admins = await repo.lockAdmins(trx, organisationId);
    const current = await repo.findMembership(trx, organisationId, userId);
    if (!current) throw notFound('errors:notFound.member');
    if (current.role === 'org_admin' && admins.length <= 1) {
      throw badRequest('errors:members.lastAdmin', 'userId');
    }
    await repo.deleteMembership(trx, organisationId, userId);
    await auditOrganisation(
      trx,
      { actorId: ctx.userId, requestId: ctx.requestId },
      'membership.remove',
      organisationId,
      { before: { userId, role: current.role } },
    );
  });
}

/** Invites an email address with a role; the link is mailed (or logged) and valid 14 days. */
export async function invite(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  email: string,
  role: OrgRole,
) {
  const org = await managed(deps, ctx, organisationId);
  const token = newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  const inviter = await userSummary(deps.db, ctx.userId!);
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findPendingInvitation(trx, organisationId, email, now)) {
      throw conflict('errors:members.alreadyInvited', 'email');
    }
    const existing = await userSummary.byEmail(trx, email);
    if (existing && (await repo.findMembership(trx, organisationId, existing.id))) {
      throw conflict('errors:members.alreadyMember', 'email');
    }
    const created = await repo.insertInvitation(trx, {
      organisationId,
      email,
      role,
      hash: sha256(token),
      invitedBy: ctx.userId,
      createdAt: now,
      expiresAt,
    });
    const locale = existing?.locale ?? ctx.locale;
    const vars = {
      inviter: inviter?.displayName ?? 'KX Hub',
      organisation: localized(org.name as Record<string, string>, locale, org.default_locale),
      role: deps.i18n.t(locale, `roles.${role}`),
      link: `${deps.config.PUBLIC_URL}/invitations/accept?token=${encodeURIComponent(token)}`,
      days: INVITATION_TTL_DAYS,
    };
    await deps.mailer.enqueue(trx, {
      kind: 'invitation',
      to: email,
      subject: deps.i18n.t(locale, 'invitation.subject', vars),
      text: deps.i18n.t(locale, 'invitation.body', vars),
    });
    await auditOrganisation(
      trx,
      { actorId: ctx.userId, requestId: ctx.requestId },
      'invitation.create',
      organisationId,
      { after: { email, role } },
    );
    return created;
  });
  void deps.mailer.flush().catch(() => undefined);
  return row;
}

export async function listInvitations(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  await managed(deps, ctx, organisationId);
  return repo.listInvitations(deps.db, organisationId);
}

export async function revokeInvitation(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  invitationId: string,
) {
  await managed(deps, ctx, organisationId);
  await deps.db.transaction().execute(async (trx) => {
    const inv = await repo.findInvitation(trx, organisationId, invitationId);
    if (!inv) throw notFound('errors:notFound.invitation');
    if (inv.accepted_at) throw conflict('errors:invitations.alreadyAccepted');
    await repo.setInvitationState(trx, inv.id, { revoked_at: deps.clock.now() });
    await auditOrganisation(
      trx,
      { actorId: ctx.userId, requestId: ctx.requestId },
      'invitation.revoke',
      organisationId,
      { before: { email: inv.email } },
    );
  });
}

/** Accepts an invitation for the signed-in user, whose email must be the invited one. */
export async function acceptInvitation(deps: AppDeps, ctx: RequestContext, token: string) {
  if (!ctx.userId) throw unauthorized('errors:invitations.signInToAccept');
  const me = await userSummary(deps.db, ctx.userId);
  return deps.db.transaction().execute(async (trx) => {
    const inv = await repo.findInvitationByHashForUpdate(trx, sha256(token));
    if (!inv) throw new AppError(400, 'invalid_token', 'errors:invitations.invalid', { field: 'token' });
    if (inv.revoked_at) throw gone('errors:invitations.withdrawn', 'token');
    if (inv.accepted_at) throw gone('errors:invitations.used', 'token');
    if (inv.expires_at <= deps.clock.now()) throw gone('errors:invitations.expired', 'token');
    if (!me || me.email.toLowerCase() !== inv.email.toLowerCase()) {
      throw new AppError(403, 'wrong_account', 'errors:invitations.wrongAccount', {
        field: 'token',
        params: { email: inv.email },
      });
    }
    if (await repo.findMembership(trx, inv.organisation_id, me.id))
      throw conflict('errors:invitations.youAreMember');
    await repo.insertMembership(trx, inv.organisation_id, me.id, inv.role);
    await repo.setInvitationState(trx, inv.id, { accepted_at: deps.clock.now() });
    await auditOrganisation(
      trx,
      { actorId: me.id, requestId: ctx.requestId },
      'membership.add',
      inv.organisation_id,
      { after: { userId: me.id, role: inv.role, via: 'invitation' } },
    );
    return { organisationId: inv.organisation_id };
  });
}

/** Adds a member without an invitation: for the CLI and the demo seed, run by the platform itself. */
export async function addMemberAsPlatform(
  deps: AppDeps,
  organisationId: string,
  userId: string,
  role: OrgRole,
) {
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertMembership(trx, organisationId, userId, role);
    await auditOrganisation(trx, { actorId: null }, 'membership.add', organisationId, {
      after: { userId, role, via: 'platform' },
    });
  });
}
