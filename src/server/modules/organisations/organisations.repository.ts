import { sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { NewOrganisation, OrganisationUpdate } from '../../db/schema.js';
import { visibleTo } from '../../platform/authz/visibility.js';

/** All SQL for organisations. Lists are scoped to what the caller may see, in SQL. */

function baseSelect(ex: Executor) {
  return ex
    .selectFrom('organisations as o')
    .leftJoin('countries as c', 'c.code', 'o.country_code')
    .leftJoin('codelist_items as t', (j) =>
      j.onRef('t.code', '=', 'o.org_type').on('t.list', '=', 'OrganisationType'),
    )
    .select([
      'o.id',
      'o.name',
      'o.acronym',
      'o.org_type',
      'o.country_code',
      'o.parent_id',
      'o.website',
      'o.iati_identifier',
      'o.description',
      'o.default_locale',
      'o.visibility',
      'o.is_demo',
      'o.created_at',
      'o.updated_at',
      'c.name as country_name',
      't.name as org_type_name',
    ]);
}
export type OrganisationRecord = Awaited<
  ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>
>;

export async function findOrganisation(ex: Executor, id: string) {
  return baseSelect(ex)
    .select((eb) => [
      eb
        .selectFrom('memberships as m')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('m.organisation_id', '=', 'o.id')
        .as('member_count'),
      eb
        .selectFrom('organisations as p')
        .select('p.name')
        .whereRef('p.id', '=', 'o.parent_id')
        .as('parent_name'),
      eb
        .selectFrom('organisations as p')
        .select('p.default_locale')
        .whereRef('p.id', '=', 'o.parent_id')
        .as('parent_locale'),
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

export interface ListFilter {
  q?: string | undefined;
  country?: string | undefined;
  type?: string | undefined;
  sort: 'name' | 'newest';
  locale: string;
}

/** The sort key of a name in the reader's language, falling back like the presenter does. */
const nameKey = (locale: string) =>
  sql<string>`lower(coalesce(o.name->>${locale}, o.name->>o.default_locale, o.name->>'en', ''))`;

export function sortValue(filter: ListFilter) {
  return filter.sort === 'newest' ? sql<string>`o.created_at` : nameKey(filter.locale);
}

/** One page of the directory: visible to the actor, filtered, keyset-paginated. */
export async function listOrganisations(
  ex: Executor,
  actor: Actor,
  f: ListFilter,
  after: { v: string; id: string } | null,
  limit: number,
) {
  const key = sortValue(f);
  let q = baseSelect(ex)
    .select(
      f.sort === 'newest'
        ? sql<string>`to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as('sort_key')
        : key.as('sort_key'),
    )
    .where(
      visibleTo(actor, { visibility: 'o.visibility', organisationId: 'o.id', countryCode: 'o.country_code' }),
    )
    .limit(limit + 1);
  if (f.country) q = q.where('o.country_code', '=', f.country);
  if (f.type) q = q.where('o.org_type', '=', f.type);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    // Substring match, or trigram word similarity so "Singapur" or "Cooperaton" still find names.
    q = q.where((eb) =>
      eb.or([eb('o.search_text', 'like', like), eb(sql`${f.q}`, sql`<%`, sql.ref('o.search_text'))]),
    );
  }
  if (f.sort === 'newest') {
    if (after)
      q = q.where(
        sql`(o.created_at, o.id)`,
        '<',
        sql`(${after.v}::timestamp AT TIME ZONE 'UTC', ${after.id}::uuid)`,
      );
    q = q.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc');
  } else {
    if (after) q = q.where(sql`(${key}, o.id)`, '>', sql`(${after.v}, ${after.id}::uuid)`);
    q = q.orderBy(key).orderBy('o.id');
  }
  return q.execute();
}

export async function insertOrganisation(ex: Executor, values: NewOrganisation) {
  return ex.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateOrganisation(ex: Executor, id: string, values: OrganisationUpdate) {
  await ex.updateTable('organisations').set(values).where('id', '=', id).execute();
}

export async function deleteOrganisation(ex: Executor, id: string) {
  await ex.deleteFrom('organisations').where('id', '=', id).execute();
}

/** The organisation's ancestors, to refuse a parent that would make a cycle. */
export async function ancestorIds(ex: Executor, id: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organisations WHERE id = ${id}
      UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id WHERE up.depth < 50
    ) SELECT id FROM up`.execute(ex);
  return r.rows.map((x) => x.id);
}

export async function findByIatiIdentifier(ex: Executor, identifier: string) {
  return ex
    .selectFrom('organisations')
    .select('id')
    .where(sql`upper(iati_identifier)`, '=', identifier.toUpperCase())
    .executeTakeFirst();
}

/** Public organisations and the countries they are in, for the home page. */
export async function countPublicOrganisations(
  ex: Executor,
): Promise<{ organisations: number; countries: number }> {
  const r = await ex
    .selectFrom('organisations')
    .select([
      sql<number>`count(*)::int`.as('organisations'),
      sql<number>`count(DISTINCT country_code)::int`.as('countries'),
    ])
    .where('visibility', '=', 'public')
    .executeTakeFirstOrThrow();
  return r;
}

/** The organisation and country an audit entry about this organisation belongs to. */
export async function scopeOf(ex: Executor, id: string) {
  return ex
    .selectFrom('organisations')
    .select(['id', 'country_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}
