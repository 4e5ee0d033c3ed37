import { sql } from 'kysely';
import type { LocaleMap } from '../../../shared/locale-map.js';
import type { Executor } from '../../db/executor.js';
import type { AssessmentStatus } from '../../db/schema.js';

/** All SQL for the capacity self-assessment: rubric, rounds and their ratings. */

export const DIMENSION_VOCABULARY = 'assessment_dimension';

/** The active dimensions in their order. */
export async function listDimensions(ex: Executor) {
  return ex
    .selectFrom('vocabulary_items')
    .select(['id', 'code', 'label', 'definition'])
    .where('vocabulary', '=', DIMENSION_VOCABULARY)
    .where('active', '=', true)
    .orderBy('position')
    .orderBy('code')
    .execute();
}
export type DimensionRow = Awaited<ReturnType<typeof listDimensions>>[number];

export async function listRubricLevels(ex: Executor) {
  return ex
    .selectFrom('assessment_rubric_levels')
    .select(['dimension', 'level', 'description', 'updated_by', 'updated_at'])
    .orderBy('dimension')
    .orderBy('level')
    .execute();
}

export async function findRubricLevel(ex: Executor, dimension: string, level: number) {
  return ex
    .selectFrom('assessment_rubric_levels')
    .select(['dimension', 'level', 'description', 'updated_by'])
    .where('dimension', '=', dimension)
    .where('level', '=', level)
    .executeTakeFirst();
}

/** Writes one level's text as an administrator's edit (updated_by set: the seed leaves it alone). */
export async function saveRubricLevel(
  ex: Executor,
  v: { dimension: string; level: number; description: LocaleMap; userId: string | null; at: Date },
) {
  await ex
    .insertInto('assessment_rubric_levels')
    .values({
      dimension: v.dimension,
      level: v.level,
      description: JSON.stringify(v.description),
      updated_by: v.userId,
      updated_at: v.at,
    })
    .onConflict((oc) =>
      oc.columns(['dimension', 'level']).doUpdateSet({
        description: JSON.stringify(v.description),
        updated_by: v.userId,
        updated_at: v.at,
      }),
    )
    .execute();
}

/** A country's name and the facts its peer groups are drawn from. */
export async function findCountry(ex: Executor, code: string) {
  return ex
    .selectFrom('countries')
    .select(['code', 'name', 'region', 'income_group'])
    .where('code', '=', code)
    .executeTakeFirst();
}
export type CountryRow = NonNullable<Awaited<ReturnType<typeof findCountry>>>;

export async function findCountries(ex: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return ex
    .selectFrom('countries')
    .select(['code', 'name', 'region', 'income_group'])
    .where('code', 'in', codes)
    .execute();
}

function assessmentSelect(ex: Executor) {
  return ex
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.code', 'a.country_code')
    .leftJoin('users as cu', 'cu.id', 'a.created_by')
    .leftJoin('users as su', 'su.id', 'a.submitted_by')
    .select([
      'a.id',
      'a.country_code',
      'a.status',
      'a.assessed_on',
      'a.participants',
      'a.summary',
      'a.created_by',
      'a.submitted_by',
      'a.submitted_at',
      'a.is_demo',
      'a.created_at',
      'a.updated_at',
      'c.name as country_name',
      'cu.display_name as created_by_name',
      'su.display_name as submitted_by_name',
    ]);
}
export type AssessmentRecord = Awaited<
  ReturnType<ReturnType<typeof assessmentSelect>['executeTakeFirstOrThrow']>
>;

export async function findAssessment(ex: Executor, id: string) {
  return assessmentSelect(ex).where('a.id', '=', id).executeTakeFirst();
}

/** A country's rounds, newest first; the draft only when asked for. */
export async function listCountryAssessments(ex: Executor, countryCode: string, withDraft: boolean) {
  let q = assessmentSelect(ex)
    .where('a.country_code', '=', countryCode)
    // A draft (the round in progress) comes first, then the submitted rounds newest first.
    .orderBy(sql`a.status = 'draft'`, 'desc')
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.submitted_at', 'desc');
  if (!withDraft) q = q.where('a.status', '=', 'submitted');
  return q.execute();
}

export async function findDraftOf(ex: Executor, countryCode: string) {
  return ex
    .selectFrom('assessments')
    .select('id')
    .where('country_code', '=', countryCode)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export async function insertAssessment(
  ex: Executor,
  v: {
    country_code: string;
    assessed_on: string;
    participants: string;
    summary: LocaleMap;
    created_by: string | null;
    is_demo: boolean;
    at: Date;
  },
) {
  const { at, summary, ...rest } = v;
  return ex
    .insertInto('assessments')
    .values({ ...rest, summary: JSON.stringify(summary), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateAssessment(
  ex: Executor,
  id: string,
  v: {
    assessed_on?: string;
    participants?: string;
    status?: AssessmentStatus;
    submitted_by?: string | null;
    summary?: LocaleMap;
    submitted_at?: Date;
    updated_at: Date;
  },
) {
  const { summary, ...rest } = v;
  await ex
    .updateTable('assessments')
    .set({ ...rest, ...(summary !== undefined && { summary: JSON.stringify(summary) }) })
    .where('id', '=', id)
    .execute();
}

export async function deleteAssessment(ex: Executor, id: string) {
  await ex.deleteFrom('assessments').where('id', '=', id).execute();
}

/** The ratings of some rounds (any dimension, retired ones included). */
export async function ratingsOf(ex: Executor, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return [];
  return ex
    .selectFrom('assessment_ratings')
    .select(['assessment_id', 'dimension', 'rating', 'evidence', 'links'])
    .where('assessment_id', 'in', assessmentIds)
    .execute();
}
export type RatingRecord = Awaited<ReturnType<typeof ratingsOf>>[number];

/** Writes whole rating rows (the service has merged them with what was there). */
export async function saveRatings(
  ex: Executor,
  assessmentId: string,
  rows: readonly { dimension: string; rating: number | null; evidence: LocaleMap; links: string[] }[],
) {
  if (rows.length === 0) return;
  await ex
    .insertInto('assessment_ratings')
    .values(
      rows.map((r) => ({
        assessment_id: assessmentId,
        dimension: r.dimension,
        rating: r.rating,
        evidence: JSON.stringify(r.evidence),
        links: JSON.stringify(r.links),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['assessment_id', 'dimension']).doUpdateSet((eb) => ({
        rating: eb.ref('excluded.rating'),
        evidence: eb.ref('excluded.evidence'),
        links: eb.ref('excluded.links'),
      })),
    )
    .execute();
}

/**
 * Every country's latest submitted round (by assessment date, then submission time), with the
 * facts peer groups are drawn from: the base of comparisons, "who solved this?" and open data.
 */
export async function latestSubmitted(ex: Executor) {
  return ex
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.code', 'a.country_code')
    .distinctOn('a.country_code')
    .select([
      'a.id',
      'a.country_code',
      'a.assessed_on',
      'a.submitted_at',
      'c.name as country_name',
      'c.region',
      'c.income_group',
    ])
    .where('a.status', '=', 'submitted')
    .orderBy('a.country_code')
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id')
    .execute();
}
export type LatestRow = Awaited<ReturnType<typeof latestSubmitted>>[number];

/** Where an assessment sits, for its audit trail. */
export async function scopeOf(ex: Executor, id: string) {
  return ex.selectFrom('assessments').select(['id', 'country_code']).where('id', '=', id).executeTakeFirst();
}
