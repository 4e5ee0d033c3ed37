import { sql } from 'kysely';
import type { OrgRole } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';

/** All SQL for memberships and invitations. */

export async function listMembers(ex: Executor, organisationId: string) {
  return ex
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'm.created_at', 'u.display_name', 'u.email'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('u.display_name')
    .execute();
}

export async function findMembership(ex: Executor, organisationId: string, userId: string) {
  return ex
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertMembership(ex: Executor, organisationId: string, userId: string, role: OrgRole) {
  await ex
    .insertInto('memberships')
    .values({ organisation_id: organisationId, user_id: userId, role })
    .execute();
}

export async function updateMembershipRole(
  ex: Executor,
  organisationId: string,
  userId: string,
  role: OrgRole,
) {
  await ex
    .updateTable('memberships')
    .set({ role })
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(ex: Executor, organisationId: string, userId: string) {
  await ex
    .deleteFrom('memberships')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

/** Administrators of an organisation, locked so two concurrent removals cannot leave none. */
export async function lockAdmins(ex: Executor, organisationId: string): Promise<string[]> {
  const rows = await ex
    .selectFrom('memberships')
    .select('user_id')
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'org_admin')
    .forUpdate()
    .execute();
  return rows.map((r) => r.user_id);
}

export async function insertInvitation(
  ex: Executor,
  v: {
    organisationId: string;
    email: string;
    role: OrgRole;
    hash: string;
    invitedBy: string | null;
    createdAt: Date;
    expiresAt: Date;
  },
) {
  return ex
    .insertInto('invitations')
    .values({
      organisation_id: v.organisationId,
      email: v.email,
      role: v.role,
      token_hash: v.hash,
      invited_by: v.invitedBy,
      // Both times from the service's clock, so expiresAt - createdAt is always the TTL.
      created_at: v.createdAt,
      expires_at: v.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listInvitations(ex: Executor, organisationId: string) {
  return ex
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** A pending invitation to the same address, to refuse duplicates. */
export async function findPendingInvitation(ex: Executor, organisationId: string, email: string, now: Date) {
  return ex
    .selectFrom('invitations')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function findInvitationByHashForUpdate(ex: Executor, hash: string) {
  return ex
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', hash)
    .forUpdate()
    .executeTakeFirst();
}

export async function findInvitation(ex: Executor, organisationId: string, id: string) {
  return ex
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setInvitationState(
  ex: Executor,
  id: string,
  state: { accepted_at?: Date; revoked_at?: Date },
) {
  await ex.updateTable('invitations').set(state).where('id', '=', id).execute();
}
