import { type SqlBool, sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { visibleTo } from '../../platform/authz/visibility.js';

/** The SQL of the broker board: open needs without an accepted or agreed introduction. */

/**
 * The broker board: live needs the actor may see, not past expiry, with no accepted or agreed
 * introduction, oldest first; with how many introductions are under way and the best stored match.
 */
export async function boardNeeds(
  ex: Executor,
  actor: Actor,
  today: string,
  after: { v: string; id: string } | null,
  limit: number,
) {
  let q = ex
    .selectFrom('needs as n')
    .innerJoin('organisations as o', 'o.id', 'n.organisation_id')
    .leftJoin('vocabulary_items as ca', (j) =>
      j.onRef('ca.code', '=', 'n.challenge_area').on('ca.vocabulary', '=', 'challenge_area'),
    )
    .select([
      'n.id',
      'n.challenge_area',
      'ca.label as challenge_area_label',
      'n.title',
      'n.default_locale',
      'n.status',
      'n.created_at',
      'n.expires_on',
      'n.organisation_id',
      'o.name as org_name',
      'o.acronym as org_acronym',
      'o.country_code as org_country',
      'o.default_locale as org_locale',
      sql<string>`to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as('sort_key'),
      sql<number>`(SELECT count(*)::int FROM introductions i WHERE i.need_id = n.id AND i.state IN ('suggested', 'proposed'))`.as(
        'live_introductions',
      ),
    ])
    .where('n.status', 'in', ['open', 'in_discussion'])
    .where('n.expires_on', '>=', today)
    .where(
      visibleTo(actor, {
        visibility: 'n.visibility',
        organisationId: 'n.organisation_id',
        countryCode: 'n.country_code',
      }),
    )
    .where(
      visibleTo(actor, { visibility: 'o.visibility', organisationId: 'o.id', countryCode: 'o.country_code' }),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('introductions as i')
            .select(sql`1`.as('one'))
            .whereRef('i.need_id', '=', 'n.id')
            .where('i.state', 'in', ['accepted', 'agreed']),
        ),
      ),
    )
    .orderBy('n.created_at')
    .orderBy('n.id')
    .limit(limit + 1);
  if (after)
    q = q.where(
      sql<SqlBool>`(n.created_at, n.id) > (${after.v}::timestamp AT TIME ZONE 'UTC', ${after.id}::uuid)`,
    );
  return q.execute();
}
export type BoardRecord = Awaited<ReturnType<typeof boardNeeds>>[number];

/** The best stored match of each need (highest score), with a title where the candidate has one. */
export async function bestMatches(ex: Executor, needIds: string[]) {
  if (needIds.length === 0) return [];
  return ex
    .selectFrom('need_matches as nm')
    .leftJoin('offers as f', (j) =>
      j.on('nm.candidate_kind', '=', 'offer').on(sql`f.id::text`, '=', sql.ref('nm.candidate_id')),
    )
    .leftJoin('capabilities as c', (j) =>
      j.on('nm.candidate_kind', '=', 'capability').on(sql`c.id::text`, '=', sql.ref('nm.candidate_id')),
    )
    .leftJoin('countries as k', (j) =>
      j.on('nm.candidate_kind', '=', 'country').onRef('k.code', '=', 'nm.candidate_id'),
    )
    .distinctOn('nm.need_id')
    .select([
      'nm.need_id',
      'nm.candidate_kind',
      'nm.candidate_id',
      'nm.score',
      // A private offer's or capability's title stays out of the board (brokers see public ones).
      sql<Record<string, string> | null>`coalesce(
        CASE WHEN f.visibility = 'organisation' THEN NULL ELSE f.title END,
        CASE WHEN c.visibility = 'organisation' THEN NULL ELSE c.title END,
        k.name)`.as('title'),
    ])
    .where('nm.need_id', 'in', needIds)
    .orderBy('nm.need_id')
    .orderBy('nm.score', 'desc')
    .orderBy('nm.candidate_id')
    .execute();
}
