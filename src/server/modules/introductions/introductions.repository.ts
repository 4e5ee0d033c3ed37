import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { MarketStatus } from '../../db/schema.js';

/**
 * All SQL for introductions and their feedback. Needs, offers and need_matches belong to the
 * marketplace and matching modules; they are read here directly (and a need's or offer's status
 * moved when an introduction is agreed), never through those modules' code.
 */

const LIVE = ['suggested', 'proposed', 'accepted', 'agreed'] as const;
const OPEN = ['suggested', 'proposed', 'accepted'] as const;

/** A need with what proposing needs to know about it and its organisation. */
export async function findNeed(ex: Executor, id: string) {
  return ex
    .selectFrom('needs as n')
    .innerJoin('organisations as o', 'o.id', 'n.organisation_id')
    .select([
      'n.id',
      'n.organisation_id',
      'n.country_code',
      'n.title',
      'n.default_locale',
      'n.visibility',
      'n.status',
      'n.expires_on',
      'o.visibility as org_visibility',
    ])
    .where('n.id', '=', id)
    .executeTakeFirst();
}
export type NeedFacts = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

export async function findOffer(ex: Executor, id: string) {
  return ex
    .selectFrom('offers as f')
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .select([
      'f.id',
      'f.organisation_id',
      'f.country_code',
      'f.title',
      'f.default_locale',
      'f.visibility',
      'f.status',
      'f.expires_on',
      'o.visibility as org_visibility',
    ])
    .where('f.id', '=', id)
    .executeTakeFirst();
}
export type OfferFacts = NonNullable<Awaited<ReturnType<typeof findOffer>>>;

export async function findOrganisation(ex: Executor, id: string) {
  return ex
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym', 'country_code', 'visibility', 'default_locale'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The live introduction (suggested to agreed) of this need and provider, if there is one. */
export async function findLiveIntroduction(ex: Executor, needId: string, providerId: string) {
  return ex
    .selectFrom('introductions')
    .select(['id', 'state'])
    .where('need_id', '=', needId)
    .where('provider_organisation_id', '=', providerId)
    .where('state', 'in', [...LIVE])
    .executeTakeFirst();
}

export async function insertIntroduction(ex: Executor, values: Record<string, unknown>) {
  const r = await ex
    .insertInto('introductions')
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateIntroduction(ex: Executor, id: string, values: Record<string, unknown>) {
  await ex
    .updateTable('introductions')
    .set(values as never)
    .where('id', '=', id)
    .execute();
}

/** Locks the introduction row for the rest of the transaction (two answers at once stay in order). */
export async function lockIntroduction(ex: Executor, id: string) {
  await sql`SELECT 1 FROM introductions WHERE id = ${id} FOR UPDATE`.execute(ex);
}

function baseSelect(ex: Executor) {
  return ex
    .selectFrom('introductions as i')
    .innerJoin('needs as n', 'n.id', 'i.need_id')
    .leftJoin('offers as f', 'f.id', 'i.offer_id')
    .innerJoin('organisations as so', 'so.id', 'i.seeker_organisation_id')
    .innerJoin('organisations as po', 'po.id', 'i.provider_organisation_id')
    .leftJoin('users as su', 'su.id', 'i.seeker_answered_by')
    .leftJoin('users as pu', 'pu.id', 'i.provider_answered_by')
    .selectAll('i')
    .select([
      'n.title as need_title',
      'n.default_locale as need_locale',
      'n.status as need_status',
      'n.country_code as need_country',
      'f.title as offer_title',
      'f.default_locale as offer_locale',
      'f.status as offer_status',
      'so.name as seeker_name',
      'so.acronym as seeker_acronym',
      'so.country_code as seeker_country',
      'so.default_locale as seeker_locale',
      'po.name as provider_name',
      'po.acronym as provider_acronym',
      'po.country_code as provider_country',
      'po.default_locale as provider_locale',
      'su.display_name as seeker_contact_name',
      'su.email as seeker_contact_email',
      'pu.display_name as provider_contact_name',
      'pu.email as provider_contact_email',
    ]);
}
export type IntroductionRecord = Awaited<
  ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>
>;

export async function findIntroduction(ex: Executor, id: string) {
  return baseSelect(ex).where('i.id', '=', id).executeTakeFirst();
}

/** The most an organisation's pipeline lists per side (newest changes first). */
export const PIPELINE_MAX = 500;

/** Introductions where one of these organisations is the seeker (or the provider), sent ones only. */
export async function listForOrganisations(ex: Executor, orgIds: string[], side: 'seeker' | 'provider') {
  if (orgIds.length === 0) return [];
  const column = side === 'seeker' ? 'i.seeker_organisation_id' : 'i.provider_organisation_id';
  return baseSelect(ex)
    .where(column, 'in', orgIds)
    .where('i.state', '<>', 'suggested')
    .orderBy('i.updated_at', 'desc')
    .orderBy('i.id')
    .limit(PIPELINE_MAX)
    .execute();
}

/** The administrators and editors of an organisation: who answers for it, and is told. */
export async function answerersOf(ex: Executor, organisationId: string) {
  const rows = await ex
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', ['org_admin', 'editor'])
    .where('u.status', '=', 'active')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Moves a need (or offer) to `to` if it is in one of `from`; returns whether it moved. */
export async function moveStatus(
  ex: Executor,
  table: 'needs' | 'offers',
  id: string,
  from: MarketStatus[],
  to: MarketStatus,
  at: Date,
) {
  const r = await ex
    .updateTable(table)
    .set({ status: to, updated_at: at })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function listFeedback(ex: Executor, introductionId: string) {
  return ex
    .selectFrom('introduction_feedback')
    .selectAll()
    .where('introduction_id', '=', introductionId)
    .orderBy('created_at')
    .execute();
}

export async function insertFeedback(
  ex: Executor,
  values: {
    introduction_id: string;
    organisation_id: string;
    usefulness: number;
    comment: string;
    given_by: string | null;
    created_at: Date;
  },
) {
  await ex.insertInto('introduction_feedback').values(values).execute();
}

/**
 * Marks live introductions past their expiry `expired` (at most `limit`, skipping rows another
 * process holds) and returns them.
 */
export async function expireDue(ex: Executor, now: Date, limit: number) {
  const r = await sql<{ id: string; previous: string }>`
    WITH due AS (
      SELECT id, state FROM introductions
      WHERE state IN (${sql.join(OPEN.map((s) => sql`${s}`))}) AND expires_at < ${now}
      ORDER BY expires_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    UPDATE introductions i SET state = 'expired', updated_at = ${now}
    FROM due WHERE i.id = due.id
    RETURNING i.id, due.state AS previous`.execute(ex);
  return r.rows;
}

/** The stored match of an offer for a need (score and factors), if matching computed one. */
export async function storedMatch(ex: Executor, needId: string, offerId: string) {
  return ex
    .selectFrom('need_matches')
    .select(['score', 'factors'])
    .where('need_id', '=', needId)
    .where('candidate_kind', '=', 'offer')
    .where('candidate_id', '=', offerId)
    .executeTakeFirst();
}

/** Where an introduction sits for its audit trail: both parties' organisations. */
export async function auditScopeOf(ex: Executor, id: string) {
  return ex
    .selectFrom('introductions as i')
    .innerJoin('organisations as o', (j) =>
      j.on((eb) =>
        eb.or([
          eb('o.id', '=', eb.ref('i.seeker_organisation_id')),
          eb('o.id', '=', eb.ref('i.provider_organisation_id')),
        ]),
      ),
    )
    .select(['o.id', 'o.country_code'])
    .where('i.id', '=', id)
    .execute();
}

/** A demo need or offer of an organisation, found by its title (demo data knows no ids). */
export async function findByTitle(
  ex: Executor,
  table: 'needs' | 'offers',
  organisationId: string,
  title: Record<string, string>,
) {
  const r = await ex
    .selectFrom(table)
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<SqlBool>`title @> ${JSON.stringify(title)}::jsonb`)
    .executeTakeFirst();
  return r?.id;
}
