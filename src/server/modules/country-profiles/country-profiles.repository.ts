import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';

/** All SQL for country profiles, their versions, and the reference rows they are shown with. */

function countrySelect(ex: Executor) {
  return ex
    .selectFrom('countries as c')
    .leftJoin('codelist_items as r', (j) => j.onRef('r.code', '=', 'c.region').on('r.list', '=', 'Region'))
    .select(['c.code', 'c.name', 'c.region', 'r.name as region_name', 'c.income_group'])
    .where('c.status', '=', 'active');
}
export type CountryRecord = Awaited<ReturnType<ReturnType<typeof countrySelect>['executeTakeFirstOrThrow']>>;

/** An active country with its region's name, or undefined. */
export async function findCountry(ex: Executor, code: string) {
  return countrySelect(ex).where('c.code', '=', code).executeTakeFirst();
}

/** Active countries among `codes`. */
export async function findCountries(ex: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return countrySelect(ex).where('c.code', 'in', codes).execute();
}

export interface CountryFilter {
  region?: string | undefined;
  incomeGroup?: string | undefined;
  role?: string | undefined;
  withProfile?: boolean | undefined;
}

/**
 * Every active country with its latest *published* profile (unpublished drafts are not joined),
 * filtered in SQL. About 250 rows, so no pagination; the service sorts them by name.
 */
export async function listCountries(ex: Executor, f: CountryFilter) {
  let q = countrySelect(ex)
    .leftJoin('country_profiles as p', (j) =>
      j.onRef('p.country_code', '=', 'c.code').on('p.published_version', 'is not', null),
    )
    .leftJoin('country_profile_versions as v', (j) =>
      j.onRef('v.country_code', '=', 'p.country_code').onRef('v.version', '=', 'p.published_version'),
    )
    .select(['p.published_version', 'p.published_at', 'p.country_role', 'v.content']);
  if (f.region) q = q.where('c.region', '=', f.region);
  if (f.incomeGroup) q = q.where('c.income_group', '=', f.incomeGroup as 'L');
  if (f.role) q = q.where('p.country_role', '=', f.role);
  if (f.withProfile === true) q = q.where('p.country_code', 'is not', null);
  if (f.withProfile === false) q = q.where('p.country_code', 'is', null);
  return q.execute();
}
export type CountryListRecord = Awaited<ReturnType<typeof listCountries>>[number];

/** A country's profile (draft and publication state), optionally locked for an update. */
export async function findProfile(ex: Executor, code: string, opts: { lock?: boolean } = {}) {
  let q = ex
    .selectFrom('country_profiles as p')
    .leftJoin('users as u', 'u.id', 'p.draft_updated_by')
    .select([
      'p.country_code',
      'p.draft',
      'p.draft_updated_at',
      'p.draft_updated_by',
      'u.display_name as draft_updated_by_name',
      'p.published_version',
      'p.published_at',
      'p.country_role',
      'p.is_demo',
    ])
    .where('p.country_code', '=', code);
  if (opts.lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type ProfileRecord = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export async function insertProfile(
  ex: Executor,
  v: { code: string; draft: unknown; userId: string | null; now: Date; isDemo: boolean },
) {
  await ex
    .insertInto('country_profiles')
    .values({
      country_code: v.code,
      draft: JSON.stringify(v.draft),
      draft_updated_at: v.now,
      draft_updated_by: v.userId,
      is_demo: v.isDemo,
      created_by: v.userId,
      created_at: v.now,
      updated_at: v.now,
    } as never)
    .execute();
}

export async function updateDraft(
  ex: Executor,
  code: string,
  v: { draft: unknown; userId: string | null; now: Date },
) {
  await ex
    .updateTable('country_profiles')
    .set({
      draft: JSON.stringify(v.draft),
      draft_updated_at: v.now,
      draft_updated_by: v.userId,
      updated_at: v.now,
    })
    .where('country_code', '=', code)
    .execute();
}

export async function markPublished(
  ex: Executor,
  code: string,
  v: { version: number; publishedAt: Date; countryRole: string | null },
) {
  await ex
    .updateTable('country_profiles')
    .set({
      published_version: v.version,
      published_at: v.publishedAt,
      country_role: v.countryRole,
      updated_at: v.publishedAt,
    })
    .where('country_code', '=', code)
    .execute();
}

export async function insertVersion(
  ex: Executor,
  v: {
    code: string;
    version: number;
    content: unknown;
    changeNote: string;
    userId: string | null;
    at: Date;
  },
) {
  await ex
    .insertInto('country_profile_versions')
    .values({
      country_code: v.code,
      version: v.version,
      content: JSON.stringify(v.content),
      change_note: v.changeNote,
      published_by: v.userId,
      published_at: v.at,
    })
    .execute();
}

function versionSelect(ex: Executor) {
  return ex
    .selectFrom('country_profile_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .select([
      'v.country_code',
      'v.version',
      'v.change_note',
      'v.published_at',
      'v.published_by',
      'u.display_name as published_by_name',
    ]);
}

/** A country's published versions, newest first (without their content). */
export async function listVersions(ex: Executor, code: string) {
  return versionSelect(ex).where('v.country_code', '=', code).orderBy('v.version', 'desc').execute();
}
export type VersionRecord = Awaited<ReturnType<typeof listVersions>>[number];

/** One published version with its content. */
export async function findVersion(ex: Executor, code: string, version: number) {
  return versionSelect(ex)
    .select('v.content')
    .where('v.country_code', '=', code)
    .where('v.version', '=', version)
    .executeTakeFirst();
}
export type VersionWithContent = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

/** The latest published version of each of these countries, with its content. */
export async function latestVersions(ex: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return versionSelect(ex)
    .select('v.content')
    .innerJoin('country_profiles as p', (j) =>
      j.onRef('p.country_code', '=', 'v.country_code').onRef('p.published_version', '=', 'v.version'),
    )
    .where('v.country_code', 'in', codes)
    .execute();
}

/** Directory organisations by id, with what deciding their visibility needs. */
export async function organisationsByIds(ex: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return ex
    .selectFrom('organisations')
    .select(['id', 'name', 'default_locale', 'visibility', 'country_code'])
    .where('id', 'in', ids)
    .execute();
}
export type OrganisationNameRecord = Awaited<ReturnType<typeof organisationsByIds>>[number];

/** The active codes of a vocabulary among `codes`. */
export async function activeVocabularyCodes(ex: Executor, vocabulary: string, codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('vocabulary_items')
    .select('code')
    .where('vocabulary', '=', vocabulary)
    .where('active', '=', true)
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** The labels of every code of these vocabularies (retired ones too: old versions use them). */
export async function vocabularyLabels(ex: Executor, vocabularies: string[]) {
  return ex
    .selectFrom('vocabulary_items')
    .select(['vocabulary', 'code', 'label'])
    .where('vocabulary', 'in', vocabularies)
    .execute() as Promise<{ vocabulary: string; code: string; label: LocaleMap }[]>;
}

/** Whether a country has a profile, for deciding who may read its audit trail. */
export async function profileExists(ex: Executor, code: string): Promise<boolean> {
  return !!(await ex
    .selectFrom('country_profiles')
    .select('country_code')
    .where('country_code', '=', code)
    .executeTakeFirst());
}

/** Countries with a published profile, for the home page. */
export async function countPublishedProfiles(ex: Executor): Promise<number> {
  const r = await ex
    .selectFrom('country_profiles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('published_version', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
