import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';

/** All SQL for the inbox (notifications) and each person's e-mail choices (notification_settings). */

export interface NotificationInsert {
  user_id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
}

export async function insertNotifications(ex: Executor, rows: NotificationInsert[]) {
  if (rows.length === 0) return;
  await ex
    .insertInto('notifications')
    .values(rows.map((r) => ({ ...r, params: JSON.stringify(r.params) })) as never)
    .execute();
}

/** The people to write to, with their language and e-mail choices (defaults where none are saved). */
export async function recipients(ex: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return ex
    .selectFrom('users as u')
    .leftJoin('notification_settings as s', 's.user_id', 'u.id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.locale',
      sql<boolean>`coalesce(s.email_introductions, true)`.as('email_introductions'),
      sql<boolean>`coalesce(s.email_expiry, true)`.as('email_expiry'),
    ])
    .where('u.id', 'in', userIds)
    .where('u.status', '=', 'active')
    .orderBy('u.email')
    .execute();
}

const createdKey = sql<string>`to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** Where an inbox page ends: the last row's read state, creation time (sort_key) and id. */
export interface InboxKey {
  read: boolean;
  v: string;
  id: string;
}

/**
 * One page of a person's inbox: unread first (what still needs a look), each group newest
 * first. Keyset on (read, created_at, id), so rows arriving meanwhile neither skip nor repeat.
 */
export async function listNotifications(
  ex: Executor,
  userId: string,
  unreadOnly: boolean,
  after: InboxKey | null,
  limit: number,
) {
  let q = ex
    .selectFrom('notifications as n')
    .select(['n.id', 'n.kind', 'n.params', 'n.link', 'n.read_at', 'n.created_at', createdKey.as('sort_key')])
    .where('n.user_id', '=', userId)
    .orderBy(sql`n.read_at IS NOT NULL`)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit + 1);
  if (unreadOnly) q = q.where('n.read_at', 'is', null);
  if (after) {
    const older = sql<SqlBool>`(n.created_at, n.id) < (${after.v}::timestamp AT TIME ZONE 'UTC', ${after.id}::uuid)`;
    // After an unread row come the older unread ones, then every read one.
    q = after.read
      ? q.where('n.read_at', 'is not', null).where(older)
      : q.where((eb) => eb.or([eb('n.read_at', 'is not', null), older]));
  }
  return q.execute();
}
export type NotificationRecord = Awaited<ReturnType<typeof listNotifications>>[number];

export async function countUnread(ex: Executor, userId: string) {
  const r = await ex
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Marks one of the person's notifications read; false when it is not theirs or does not exist. */
export async function markRead(ex: Executor, userId: string, id: string, at: Date) {
  const r = await ex
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${at})` as never })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function markAllRead(ex: Executor, userId: string, at: Date) {
  const r = await ex
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function findSettings(ex: Executor, userId: string) {
  return ex.selectFrom('notification_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export interface SettingsValues {
  weekly_digest?: boolean;
  email_introductions?: boolean;
  email_expiry?: boolean;
}

export async function upsertSettings(ex: Executor, userId: string, values: SettingsValues, at: Date) {
  await ex
    .insertInto('notification_settings')
    .values({ user_id: userId, ...values, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: at }))
    .execute();
}

// ---- Weekly digest -----------------------------------------------------------------------------

/** The score a stored match needs to count as strong (the administrator's setting, else 35). */
export async function minScore(ex: Executor) {
  const r = await ex.selectFrom('match_settings').select('min_score').executeTakeFirst();
  return r?.min_score ?? 35;
}

/**
 * The people due a digest: active, not opted out, none sent since `dueBefore`, and member of an
 * organisation with a live need that has a strong match no digest has told about yet.
 */
export async function digestRecipients(ex: Executor, dueBefore: Date, min: number, today: string) {
  return ex
    .selectFrom('users as u')
    .leftJoin('notification_settings as s', 's.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.locale'])
    .where('u.status', '=', 'active')
    .where(sql<SqlBool>`coalesce(s.weekly_digest, true)`)
    .where((eb) => eb.or([eb('s.last_digest_at', 'is', null), eb('s.last_digest_at', '<', dueBefore)]))
    .where(({ exists, selectFrom }) =>
      exists(
        pendingMatches(selectFrom('memberships as m').whereRef('m.user_id', '=', 'u.id'), min, today).select(
          sql`1`.as('one'),
        ),
      ),
    )
    .orderBy('u.email')
    .execute();
}

/** memberships (m) → the live needs of those organisations → their strong matches not yet told. */
function pendingMatches<Q extends ReturnType<typeof membershipsFrom>>(q: Q, min: number, today: string) {
  return q
    .innerJoin('needs as n', 'n.organisation_id', 'm.organisation_id')
    .innerJoin('need_matches as nm', 'nm.need_id', 'n.id')
    .where('n.status', 'in', ['open', 'in_discussion'])
    .where('n.expires_on', '>=', today)
    .where('nm.notified_at', 'is', null)
    .where('nm.score', '>=', min);
}
const membershipsFrom = (ex: Executor) => ex.selectFrom('memberships as m');

/**
 * One person's new strong matches, best first, with what a line of the digest shows. Candidates
 * the person may not see (another organisation's private offer or capability) are left out.
 */
export async function pendingMatchesFor(ex: Executor, userId: string, min: number, today: string) {
  return pendingMatches(membershipsFrom(ex).where('m.user_id', '=', userId), min, today)
    .leftJoin('offers as o', (j) =>
      j.on('nm.candidate_kind', '=', 'offer').on(sql`o.id::text`, '=', sql.ref('nm.candidate_id')),
    )
    .leftJoin('capabilities as c', (j) =>
      j.on('nm.candidate_kind', '=', 'capability').on(sql`c.id::text`, '=', sql.ref('nm.candidate_id')),
    )
    .leftJoin('experiences as e', (j) =>
      j.on('nm.candidate_kind', '=', 'experience').on(sql`e.id::text`, '=', sql.ref('nm.candidate_id')),
    )
    .leftJoin('countries as k', (j) =>
      j.on('nm.candidate_kind', '=', 'country').onRef('k.code', '=', 'nm.candidate_id'),
    )
    .select([
      'nm.need_id',
      'nm.candidate_kind',
      'nm.candidate_id',
      'nm.score',
      'n.title as need_title',
      'n.default_locale as need_locale',
      sql<Record<string, string> | null>`coalesce(o.title, c.title, k.name)`.as('candidate_title'),
      sql<unknown>`e.content`.as('experience_content'),
      'o.default_locale as offer_locale',
    ])
    .where((eb) =>
      eb.or([
        eb('nm.candidate_kind', '=', 'country'),
        eb.and([eb('nm.candidate_kind', '=', 'experience'), eb('e.status', '=', 'published')]),
        eb.and([
          eb('nm.candidate_kind', '=', 'offer'),
          eb.or([
            eb('o.visibility', '<>', 'organisation'),
            eb('o.organisation_id', 'in', memberOrgs(ex, userId)),
          ]),
        ]),
        eb.and([
          eb('nm.candidate_kind', '=', 'capability'),
          eb.or([
            eb('c.visibility', '<>', 'organisation'),
            eb('c.organisation_id', 'in', memberOrgs(ex, userId)),
          ]),
        ]),
      ]),
    )
    .orderBy('nm.score', 'desc')
    .orderBy('nm.need_id')
    .orderBy('nm.candidate_id')
    .execute();
}

const memberOrgs = (ex: Executor, userId: string) =>
  ex.selectFrom('memberships').select('organisation_id').where('user_id', '=', userId);

/** Records that a digest has told the need's people about these matches. */
export async function markMatchesNotified(
  ex: Executor,
  matches: { need_id: string; candidate_kind: string; candidate_id: string }[],
  at: Date,
) {
  for (const m of matches) {
    await ex
      .updateTable('need_matches')
      .set({ notified_at: at })
      .where('need_id', '=', m.need_id)
      .where('candidate_kind', '=', m.candidate_kind as never)
      .where('candidate_id', '=', m.candidate_id)
      .where('notified_at', 'is', null)
      .execute();
  }
}

/** When the person last got a digest. */
export async function setLastDigest(ex: Executor, userId: string, at: Date) {
  await ex
    .insertInto('notification_settings')
    .values({ user_id: userId, last_digest_at: at, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ last_digest_at: at }))
    .execute();
}

/**
 * Lets one process at a time send digests (the lock ends with the transaction); false when
 * another process holds it.
 */
export async function lockDigest(ex: Executor) {
  const r = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(4711, 1) AS ok`.execute(ex);
  return r.rows[0]?.ok === true;
}
