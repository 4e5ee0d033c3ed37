import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';
import { visibleTo } from '../../platform/authz/visibility.js';
import { type MarketTable, textArray } from './market.repository.js';

/**
 * The needs and offers lists: one query shape for both tables (the columns they share, plus
 * the text and challenge areas each names differently), scoped in SQL to what the caller may
 * see, filtered, sorted, paged, counted and faceted.
 */

/** A text search: stemmed in the reader's language, and unstemmed ('simple') across languages. */
export interface TextQuery {
  config: string;
  text: string;
  simple: string;
}

export interface MarketFilters {
  countries: string[];
  regions: string[];
  sectors: string[];
  sectorCategories: string[];
  sdgTargets: string[];
  sdgGoals: string[];
  instruments: string[];
  languages: string[];
  challengeAreas: string[];
  statuses: string[];
  organisations: string[];
  text: TextQuery | null;
}

export const FACETS = [
  'country',
  'sector',
  'sdg',
  'challengeArea',
  'instrument',
  'language',
  'status',
] as const;
export type FacetName = (typeof FACETS)[number];

/** Who lists, and on which day (expired records are shown only to those who may edit them). */
export interface Reader {
  actor: Actor;
  today: string;
}

// biome-ignore lint/suspicious/noExplicitAny: conditions apply to either table under the alias m
type Condition = RawBuilder<SqlBool> | ((eb: ExpressionBuilder<any, any>) => Expression<SqlBool>);

/** The table as `m`, typed as needs: only the columns both tables share are read through it. */
const from = (ex: Executor, table: MarketTable) =>
  ex
    .selectFrom(`${table} as m` as 'needs as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .leftJoin('countries as k', 'k.code', 'm.country_code');

/** Expired records stay listed for those who may edit them (to extend or close them). */
function notExpired(r: Reader): Condition | null {
  const a = r.actor;
  if (a.isAdmin) return null;
  const ors: RawBuilder<SqlBool>[] = [sql<SqlBool>`m.expires_on >= ${r.today}::date`];
  const keeps = Object.entries(a.memberships)
    .filter(([, role]) => role === 'org_admin' || role === 'editor')
    .map(([id]) => id);
  if (keeps.length) ors.push(sql<SqlBool>`m.organisation_id::text = ANY(${textArray(keeps)})`);
  if (a.coordinatorOf.length)
    ors.push(sql<SqlBool>`m.country_code::text = ANY(${textArray(a.coordinatorOf)})`);
  return sql<SqlBool>`(${sql.join(ors, sql` OR `)})`;
}

/** The text query as SQL, matched against the search vector in both configurations. */
const tsQuery = (q: TextQuery) =>
  sql`(websearch_to_tsquery(${sql.lit(q.config)}::regconfig, ${q.text}) || websearch_to_tsquery('simple'::regconfig, ${q.simple}))`;

/** Every condition of a list, leaving out one facet's own filter (multi-select facets). */
function conditionsOf(table: MarketTable, r: Reader, f: MarketFilters, without?: FacetName): Condition[] {
  const out: Condition[] = [
    visibleTo(r.actor, {
      visibility: 'm.visibility',
      organisationId: 'm.organisation_id',
      countryCode: 'm.country_code',
    }),
    visibleTo(r.actor, { visibility: 'o.visibility', organisationId: 'o.id', countryCode: 'o.country_code' }),
  ];
  const expiry = notExpired(r);
  if (expiry) out.push(expiry);
  if (f.countries.length && without !== 'country')
    out.push(sql<SqlBool>`m.country_code::text = ANY(${textArray(f.countries)})`);
  if (f.regions.length) out.push(sql<SqlBool>`k.region = ANY(${textArray(f.regions)})`);
  if ((f.sectors.length || f.sectorCategories.length) && without !== 'sector') {
    // A purpose code also matches records holding its whole category; a category, all its codes.
    const exact = [...f.sectors, ...f.sectors.map((s) => s.slice(0, 3))];
    out.push(sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(m.sectors) s
      WHERE s = ANY(${textArray(exact)}) OR left(s, 3) = ANY(${textArray(f.sectorCategories)}))`);
  }
  if ((f.sdgTargets.length || f.sdgGoals.length) && without !== 'sdg') {
    const exact = [...f.sdgTargets, ...f.sdgTargets.map((t) => t.split('.')[0] ?? t)];
    out.push(sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(m.sdg_targets) t
      WHERE t = ANY(${textArray(exact)}) OR split_part(t, '.', 1) = ANY(${textArray(f.sdgGoals)}))`);
  }
  if (f.instruments.length && without !== 'instrument')
    out.push(sql<SqlBool>`m.instruments && ${textArray(f.instruments)}`);
  if (f.languages.length && without !== 'language')
    out.push(sql<SqlBool>`m.languages && ${textArray(f.languages)}`);
  if (f.challengeAreas.length && without !== 'challengeArea')
    out.push(
      table === 'needs'
        ? sql<SqlBool>`m.challenge_area = ANY(${textArray(f.challengeAreas)})`
        : sql<SqlBool>`m.challenge_areas && ${textArray(f.challengeAreas)}`,
    );
  if (without !== 'status') out.push(sql<SqlBool>`m.status = ANY(${textArray(f.statuses)})`);
  if (f.organisations.length)
    out.push(sql<SqlBool>`m.organisation_id::text = ANY(${textArray(f.organisations)})`);
  if (f.text) out.push(sql<SqlBool>`m.search_vector @@ ${tsQuery(f.text)}`);
  return out;
}

function filtered(ex: Executor, table: MarketTable, r: Reader, f: MarketFilters, without?: FacetName) {
  let q = from(ex, table);
  for (const c of conditionsOf(table, r, f, without)) q = q.where(c as never);
  return q;
}

/** The row of a list: what the summaries and the export show. */
export interface MarketRow {
  id: string;
  organisation_id: string;
  country_code: string;
  title: LocaleMap;
  body: LocaleMap;
  default_locale: string;
  challenge_areas: string[];
  sectors: string[];
  sdg_targets: string[];
  instruments: string[];
  languages: string[];
  status: string;
  visibility: string;
  expires_on: string;
  is_demo: boolean;
  created_at: Date;
  org_name: LocaleMap;
  org_acronym: string | null;
  org_locale: string;
  country_name: LocaleMap | null;
  sort_key: string;
}

function rows(ex: Executor, table: MarketTable, r: Reader, f: MarketFilters) {
  return filtered(ex, table, r, f).select([
    'm.id',
    'm.organisation_id',
    sql<string>`m.country_code::text`.as('country_code'),
    'm.title',
    (table === 'needs' ? sql<LocaleMap>`m.challenge` : sql<LocaleMap>`m.description`).as('body'),
    'm.default_locale',
    (table === 'needs' ? sql<string[]>`ARRAY[m.challenge_area]` : sql<string[]>`m.challenge_areas`).as(
      'challenge_areas',
    ),
    'm.sectors',
    'm.sdg_targets',
    'm.instruments',
    'm.languages',
    'm.status',
    'm.visibility',
    sql<string>`m.expires_on::text`.as('expires_on'),
    'm.is_demo',
    'm.created_at',
    'o.name as org_name',
    'o.acronym as org_acronym',
    'o.default_locale as org_locale',
    'k.name as country_name',
  ]);
}

export type Sort = 'newest' | 'expiring' | 'relevance';
/** Where a page starts: after a keyset (newest, expiring) or at an offset (relevance). */
export type Position = { after: { v: string; id: string } | null; offset: number };

const newestKey = sql<string>`to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** One page (limit + 1 rows, so the caller knows whether there is another). */
export async function listPage(
  ex: Executor,
  table: MarketTable,
  r: Reader,
  f: MarketFilters,
  sort: Sort,
  pos: Position,
  limit: number,
): Promise<MarketRow[]> {
  const base = rows(ex, table, r, f);
  const id = sql.ref('m.id');
  if (sort === 'relevance' && f.text) {
    const rank = sql<number>`ts_rank(m.search_vector, ${tsQuery(f.text)})`;
    return (await base
      .select(sql<string>`''`.as('sort_key'))
      .orderBy(rank, 'desc')
      .orderBy('m.created_at', 'desc')
      .orderBy(id, 'desc')
      .offset(pos.offset)
      .limit(limit + 1)
      .execute()) as MarketRow[];
  }
  if (sort === 'expiring') {
    let q = base.select(sql<string>`m.expires_on::text`.as('sort_key'));
    if (pos.after)
      q = q.where(sql<SqlBool>`(m.expires_on, m.id) > (${pos.after.v}::date, ${pos.after.id}::uuid)`);
    return (await q
      .orderBy('m.expires_on')
      .orderBy(id)
      .limit(limit + 1)
      .execute()) as MarketRow[];
  }
  let q = base.select(newestKey.as('sort_key'));
  if (pos.after)
    q = q.where(
      sql<SqlBool>`(m.created_at, m.id) < (${pos.after.v}::timestamp AT TIME ZONE 'UTC', ${pos.after.id}::uuid)`,
    );
  return (await q
    .orderBy('m.created_at', 'desc')
    .orderBy(id, 'desc')
    .limit(limit + 1)
    .execute()) as MarketRow[];
}

/** How many records match. */
export async function countMatches(ex: Executor, table: MarketTable, r: Reader, f: MarketFilters) {
  const row = await filtered(ex, table, r, f)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The value(s) of a record that each facet counts. */
function facetColumn(table: MarketTable, facet: FacetName) {
  switch (facet) {
    case 'country':
      return sql<string>`m.country_code::text`;
    case 'sector':
      return sql<string>`unnest(ARRAY(SELECT DISTINCT left(s, 3) FROM unnest(m.sectors) s))`;
    case 'sdg':
      return sql<string>`unnest(ARRAY(SELECT DISTINCT split_part(t, '.', 1) FROM unnest(m.sdg_targets) t))`;
    case 'challengeArea':
      return table === 'needs' ? sql<string>`m.challenge_area` : sql<string>`unnest(m.challenge_areas)`;
    case 'instrument':
      return sql<string>`unnest(m.instruments)`;
    case 'language':
      return sql<string>`unnest(m.languages)`;
    case 'status':
      return sql<string>`m.status`;
  }
}

/** Counts of one facet's values over the records matching every other filter. */
export async function facetCounts(
  ex: Executor,
  table: MarketTable,
  r: Reader,
  f: MarketFilters,
  facet: FacetName,
) {
  const values = filtered(ex, table, r, f, facet).select(facetColumn(table, facet).as('code'));
  return ex
    .selectFrom(values.as('z'))
    .select(['z.code', sql<number>`count(*)::int`.as('n')])
    .groupBy('z.code')
    .execute();
}

/** Every matching record, in the list's order, for the export. */
export async function exportRows(
  ex: Executor,
  table: MarketTable,
  r: Reader,
  f: MarketFilters,
  sort: Sort,
  max: number,
) {
  return listPage(ex, table, r, f, sort, { after: null, offset: 0 }, max - 1);
}

/** Every need or offer of the given organisations, any status, newest first ("my pipeline"). */
export async function recordsOf(ex: Executor, table: MarketTable, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return (await rows(ex, table, { actor: ADMIN, today: '0001-01-01' }, ALL(organisationIds))
    .select(newestKey.as('sort_key'))
    .orderBy('m.created_at', 'desc')
    .execute()) as MarketRow[];
}

// The pipeline reads the caller's own organisations: their membership already lets them see
// every record there, so the list is not narrowed again by visibility or expiry.
const ADMIN: Actor = { userId: null, isAdmin: true, isBroker: false, memberships: {}, coordinatorOf: [] };
const ALL = (organisationIds: readonly string[]): MarketFilters => ({
  countries: [],
  regions: [],
  sectors: [],
  sectorCategories: [],
  sdgTargets: [],
  sdgGoals: [],
  instruments: [],
  languages: [],
  challengeAreas: [],
  statuses: ['open', 'in_discussion', 'matched', 'closed', 'withdrawn'],
  organisations: [...organisationIds],
  text: null,
});
