import { type SqlBool, sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import { visibleTo } from '../../platform/authz/visibility.js';
import {
  keysetPage,
  matchesQuery,
  ORGANISATION_COLUMNS,
  organisationVisibleTo,
  sharedConditions,
  sortKeyOf,
  textArray,
  withTextArrays,
} from './expertise.repository.js';

/** All SQL for capabilities. Lists are scoped in SQL to what the caller may see. */

function baseSelect(ex: Executor) {
  return ex
    .selectFrom('capabilities as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('countries as k', 'k.code', 'o.country_code')
    .select([
      'c.id',
      'c.organisation_id',
      'c.title',
      'c.description',
      'c.default_locale',
      'c.sectors',
      'c.sdg_targets',
      'c.instruments',
      'c.languages',
      'c.capacity_per_year',
      'c.cost_sharing',
      'c.cost_sharing_note',
      'c.visibility',
      'c.is_demo',
      'c.created_at',
      'c.updated_at',
      ...ORGANISATION_COLUMNS,
    ]);
}
export type CapabilityRecord = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

/** The capability itself and its organisation must both be visible to the actor (two SQL filters). */
export function capabilityVisibleTo(actor: Actor) {
  return [
    visibleTo(actor, {
      visibility: 'c.visibility',
      organisationId: 'c.organisation_id',
      countryCode: 'o.country_code',
    }),
    organisationVisibleTo(actor),
  ] as const;
}

export async function findCapability(ex: Executor, id: string) {
  return baseSelect(ex).where('c.id', '=', id).executeTakeFirst();
}

export interface CapabilityFilter {
  q?: string | undefined;
  country?: string | undefined;
  organisation?: string | undefined;
  sector?: string | undefined;
  sdg?: string | undefined;
  instrument?: string | undefined;
  language?: string | undefined;
  sort: 'title' | 'newest';
  locale: string;
}

/** The title in the reader's language, falling back like the presenter, lower-cased for sorting. */
const titleKey = (locale: string) =>
  sql<string>`lower(coalesce(nullif(c.title->>${locale}, ''), nullif(c.title->>c.default_locale, ''), nullif(c.title->>'en', ''), (SELECT min(value) FROM jsonb_each_text(c.title)), ''))`;

/** One page of capabilities: visible to the actor, filtered, keyset-paginated. */
export async function listCapabilities(
  ex: Executor,
  actor: Actor,
  f: CapabilityFilter,
  after: { v: string; id: string } | null,
  limit: number,
) {
  const order = f.sort === 'newest' ? 'newest' : titleKey(f.locale);
  const [own, org] = capabilityVisibleTo(actor);
  let q = baseSelect(ex)
    .select(sortKeyOf('c', order).as('sort_key'))
    .where(own)
    .where(org)
    .limit(limit + 1);
  for (const condition of sharedConditions('c', f)) q = q.where(condition);
  if (f.sdg) {
    const sdg = f.sdg;
    q = q.where(
      sdg.includes('.')
        ? sql<SqlBool>`c.sdg_targets @> ${textArray([sdg])}`
        : sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(c.sdg_targets) t WHERE split_part(t, '.', 1) = ${sdg})`,
    );
  }
  if (f.instrument) q = q.where(sql<SqlBool>`c.instruments @> ${textArray([f.instrument])}`);
  // "agricultura familar" still finds the offer; the offering organisation's name counts too.
  if (f.q) q = q.where(matchesQuery(f.q, ['c.search_text']));
  return keysetPage(q, 'c', order, after).execute();
}

export interface CapabilityValues {
  organisation_id: string;
  title: string;
  description: string;
  default_locale: string;
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  languages: string[];
  capacity_per_year: number | null;
  cost_sharing: string;
  cost_sharing_note: string;
  visibility: string;
  search_text: string;
  is_demo: boolean;
  created_by: string | null;
}

const ARRAYS = ['sectors', 'sdg_targets', 'instruments', 'languages'] as const;
const withArrays = (values: Partial<CapabilityValues>) => withTextArrays(values, ARRAYS);

export async function insertCapability(ex: Executor, values: CapabilityValues) {
  return ex
    .insertInto('capabilities')
    .values(withArrays(values) as never)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateCapability(
  ex: Executor,
  id: string,
  values: Partial<Omit<CapabilityValues, 'organisation_id' | 'is_demo' | 'created_by'>> & {
    updated_at: Date;
  },
) {
  await ex
    .updateTable('capabilities')
    .set(withArrays(values) as never)
    .where('id', '=', id)
    .execute();
}

export async function deleteCapability(ex: Executor, id: string) {
  await ex.deleteFrom('capabilities').where('id', '=', id).execute();
}

/** Of the given ids, those that are capabilities of this organisation. */
export async function capabilityIdsOf(ex: Executor, organisationId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await ex
    .selectFrom('capabilities')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Public capabilities of public organisations, for the home page. */
export async function countPublicCapabilities(ex: Executor) {
  const r = await ex
    .selectFrom('capabilities as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('c.visibility', '=', 'public')
    .where('o.visibility', '=', 'public')
    .executeTakeFirstOrThrow();
  return r.n;
}
