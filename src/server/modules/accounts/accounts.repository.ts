import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Executor } from '../../db/executor.js';
import type { UsersTable } from '../../db/schema.js';

/** All SQL for users, sessions, API tokens, password resets and country roles. */

const userColumns = [
  'u.id',
  'u.email',
  'u.display_name',
  'u.password_hash',
  'u.locale',
  'u.time_zone',
  'u.is_admin',
  'u.is_broker',
  'u.status',
  'u.is_demo',
  'u.created_at',
  'u.last_login_at',
] as const;

/** A user with the roles that make up their actor. */
export function selectUserWithRoles(ex: Executor) {
  return ex
    .selectFrom('users as u')
    .select(userColumns)
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('memberships as m')
          .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
          .select(['m.organisation_id', 'm.role', 'o.name', 'o.default_locale'])
          .whereRef('m.user_id', '=', 'u.id')
          .orderBy('m.created_at'),
      ).as('memberships'),
      sql<
        string[]
      >`coalesce((SELECT array_agg(c.country_code::text ORDER BY c.country_code) FROM country_roles c WHERE c.user_id = u.id), '{}')`.as(
        'coordinator_of',
      ),
    ]);
}
export type UserWithRoles = Awaited<
  ReturnType<ReturnType<typeof selectUserWithRoles>['executeTakeFirstOrThrow']>
>;

export async function findUserById(ex: Executor, id: string) {
  return selectUserWithRoles(ex).where('u.id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(ex: Executor, email: string) {
  return selectUserWithRoles(ex).where(sql`lower(u.email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export async function insertUser(ex: Executor, values: Insertable<UsersTable>) {
  return ex.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateUser(ex: Executor, id: string, values: Updateable<UsersTable>) {
  await ex.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function setCoordinatorCountries(ex: Executor, userId: string, countries: string[]) {
  await ex.deleteFrom('country_roles').where('user_id', '=', userId).execute();
  if (countries.length === 0) return;
  await ex
    .insertInto('country_roles')
    .values(
      countries.map((country_code) => ({ user_id: userId, country_code, role: 'coordinator' as const })),
    )
    .execute();
}

/**
 * Users matching a search, keyset-paginated by (created_at, id). The cursor carries created_at
 * as a JS date (milliseconds) while PostgreSQL keeps microseconds, so both sides compare at
 * millisecond precision; otherwise the last row of a page would come back on the next one.
 */
const createdMs = sql`date_trunc('milliseconds', u.created_at)`;

export async function listUsers(
  ex: Executor,
  q: string | undefined,
  after: { v: string; id: string } | null,
  limit: number,
) {
  let query = selectUserWithRoles(ex)
    .orderBy(createdMs)
    .orderBy('u.id')
    .limit(limit + 1);
  if (q) {
    const like = `%${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb(sql`lower(u.email)`, 'like', like), eb(sql`lower(u.display_name)`, 'like', like)]),
    );
  }
  if (after)
    query = query.where(sql`(${createdMs}, u.id)`, '>', sql`(${after.v}::timestamptz, ${after.id}::uuid)`);
  return query.execute();
}

export async function hasAnyUser(ex: Executor): Promise<boolean> {
  return !!(await ex.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

export async function countUsers(ex: Executor): Promise<number> {
  const row = await ex
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return row.n;
}

// Sessions ---------------------------------------------------------------------------------

export async function insertSession(
  ex: Executor,
  s: { id: string; userId: string; csrf: string; expiresAt: Date; userAgent: string | null },
) {
  await ex
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrf,
      expires_at: s.expiresAt,
      user_agent: s.userAgent,
    })
    .execute();
}

/** The live session for a token hash, with its user's roles; expired sessions do not count. */
export async function findSession(ex: Executor, id: string, now: Date) {
  return ex
    .selectFrom('sessions as s')
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.user_id'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(ex: Executor, id: string) {
  await ex.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(ex: Executor, userId: string, exceptId: string | null = null) {
  let q = ex.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function deleteExpiredSessions(ex: Executor, now: Date) {
  await ex.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

// API tokens -------------------------------------------------------------------------------

export async function insertApiToken(
  ex: Executor,
  t: { userId: string; name: string; hash: string; prefix: string; expiresAt: Date | null },
) {
  return ex
    .insertInto('api_tokens')
    .values({
      user_id: t.userId,
      name: t.name,
      token_hash: t.hash,
      prefix: t.prefix,
      expires_at: t.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findLiveApiToken(ex: Executor, hash: string, now: Date) {
  return ex
    .selectFrom('api_tokens')
    .select(['id', 'user_id'])
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
}

export async function touchApiToken(ex: Executor, id: string, now: Date) {
  await ex.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listApiTokens(ex: Executor, userId: string) {
  return ex
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeApiToken(ex: Executor, userId: string, id: string, now: Date) {
  return ex
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

// Password resets --------------------------------------------------------------------------

export async function insertPasswordReset(
  ex: Executor,
  r: { hash: string; userId: string; expiresAt: Date },
) {
  await ex
    .insertInto('password_resets')
    .values({ token_hash: r.hash, user_id: r.userId, expires_at: r.expiresAt })
    .execute();
}

/** Locks the reset row so two concurrent confirmations cannot both use one token. */
export async function findPasswordResetForUpdate(ex: Executor, hash: string) {
  return ex
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', hash)
    .forUpdate()
    .executeTakeFirst();
}

export async function markPasswordResetUsed(ex: Executor, hash: string, now: Date) {
  await ex.updateTable('password_resets').set({ used_at: now }).where('token_hash', '=', hash).execute();
}
