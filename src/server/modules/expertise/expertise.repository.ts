import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../../shared/permissions.js';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';
import { visibleTo } from '../../platform/authz/visibility.js';

/**
 * SQL the two halves of the catalogue share: the organisation a record belongs to, the codes
 * it may use (IATI sectors, SDG targets, the instrument vocabulary, languages) and their names,
 * and how their lists are searched, filtered and paged.
 */

/** Where an organisation sits and who may see it, to check a new record's organisationId. */
export async function organisationFacts(ex: Executor, id: string) {
  return ex
    .selectFrom('organisations')
    .select(['id', 'country_code', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export type CodeKind = 'sector' | 'sdg' | 'instrument' | 'language';

/** The IATI codelists that hold sectors (purpose codes and their categories) and SDG targets. */
const SECTOR_LISTS = ['Sector', 'SectorCategory'];
const SDG_LISTS = ['UNSDG-Targets'];

/** The codes of the given kind that exist and may be used on input (active). */
export async function usableCodes(ex: Executor, kind: CodeKind, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  let rows: { code: string }[];
  if (kind === 'instrument') {
    rows = await ex
      .selectFrom('vocabulary_items')
      .select('code')
      .where('vocabulary', '=', 'instrument')
      .where('active', '=', true)
      .where('code', 'in', codes)
      .execute();
  } else if (kind === 'language') {
    rows = await ex.selectFrom('languages').select('code').where('code', 'in', codes).execute();
  } else {
    // A 5-digit sector is a DAC purpose code (list Sector); a 3-digit one a DAC category.
    rows = await ex
      .selectFrom('codelist_items')
      .select(['code', 'list'])
      .where('list', 'in', kind === 'sdg' ? SDG_LISTS : SECTOR_LISTS)
      .where('status', '=', 'active')
      .where('code', 'in', codes)
      .execute()
      .then((all) =>
        all.filter(
          (r) =>
            kind === 'sdg' ||
            (r.list === 'Sector' && r.code.length === 5) ||
            (r.list === 'SectorCategory' && r.code.length === 3),
        ),
      );
  }
  return new Set(rows.map((r) => r.code));
}

/** Names (locale maps) of the codes a page of records uses, in four small queries. */
export interface CodeNameMaps {
  sector: Map<string, LocaleMap>;
  sdg: Map<string, LocaleMap>;
  instrument: Map<string, LocaleMap>;
  language: Map<string, LocaleMap>;
}

export async function codeNames(
  ex: Executor,
  codes: { sector: string[]; sdg: string[]; instrument: string[]; language: string[] },
): Promise<CodeNameMaps> {
  const uniq = (xs: string[]) => [...new Set(xs)];
  const sector = uniq(codes.sector);
  const sdg = uniq(codes.sdg);
  const instrument = uniq(codes.instrument);
  const language = uniq(codes.language);
  const codelistNames = async (lists: string[], codes: string[]) =>
    codes.length
      ? ex
          .selectFrom('codelist_items')
          .select(['code', 'name'])
          .where('list', 'in', lists)
          .where('code', 'in', codes)
          .execute()
      : [];
  const [sectorRows, sdgRows, instrumentRows, languageRows] = await Promise.all([
    codelistNames(SECTOR_LISTS, sector),
    codelistNames(SDG_LISTS, sdg),
    instrument.length
      ? ex
          .selectFrom('vocabulary_items')
          .select(['code', 'label as name'])
          .where('vocabulary', '=', 'instrument')
          .where('code', 'in', instrument)
          .execute()
      : [],
    language.length
      ? ex.selectFrom('languages').select(['code', 'name']).where('code', 'in', language).execute()
      : [],
  ]);
  const toMap = (rows: { code: string; name: unknown }[]) =>
    new Map(rows.map((r) => [r.code, r.name as LocaleMap]));
  return {
    sector: toMap(sectorRows),
    sdg: toMap(sdgRows),
    instrument: toMap(instrumentRows),
    language: toMap(languageRows),
  };
}

/**
 * Where a capability or expert sits, for reading its audit trail; once the record is deleted,
 * the organisation its trail was written under (so its owners can still read the deletion).
 */
export async function auditScopeOf(ex: Executor, table: 'capabilities' | 'experts', id: string) {
  const live =
    table === 'capabilities'
      ? await ex
          .selectFrom('capabilities as r')
          .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
          .select(['o.id', 'o.country_code'])
          .where('r.id', '=', id)
          .executeTakeFirst()
      : await ex
          .selectFrom('experts as r')
          .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
          .select(['o.id', 'o.country_code'])
          .where('r.id', '=', id)
          .executeTakeFirst();
  if (live) return live;
  return ex
    .selectFrom('audit_log as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['o.id', 'o.country_code'])
    .where('a.entity_type', '=', table === 'capabilities' ? 'capability' : 'expert')
    .where('a.entity_id', '=', id)
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** `ARRAY['a','b']::text[]` with each code a parameter (both engines bind it the same way). */
export const textArray = (codes: readonly string[]) =>
  sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`))}]::text[]`;

/** A query text as a LIKE pattern, its wildcards escaped. */
export const likePattern = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

/** The columns of a record's organisation (`o`) and its country (`k`) that every list row carries. */
export const ORGANISATION_COLUMNS = [
  'o.name as org_name',
  'o.acronym as org_acronym',
  'o.default_locale as org_locale',
  'o.country_code',
  'o.visibility as org_visibility',
  'k.name as country_name',
] as const;

/** The record's organisation (`o`) is visible to the actor: the SQL side of canSee. */
export const organisationVisibleTo = (actor: Actor) =>
  visibleTo(actor, { visibility: 'o.visibility', organisationId: 'o.id', countryCode: 'o.country_code' });

/**
 * Whether a record matches a search query: any of its search texts as a substring or, so that a
 * typo still finds it, by trigram word similarity; or the name and acronym of its organisation.
 */
export function matchesQuery(q: string, searchTexts: readonly string[]) {
  const like = likePattern(q);
  const conditions = searchTexts.flatMap((column) => [
    sql`${sql.ref(column)} like ${like}`,
    sql`${q} <% ${sql.ref(column)}`,
  ]);
  conditions.push(sql`o.search_text like ${like}`);
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/** A record's creation time as a sort key (`YYYY-MM-DDTHH:MM:SS.ffffff`, UTC) for "newest first". */
const createdAtKey = (table: 'c' | 'e') =>
  sql<string>`to_char(${sql.ref(`${table}.created_at`)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** "Newest first" keyset: the records created before the cursor's. */
const createdBefore = (table: 'c' | 'e', after: { v: string; id: string }) =>
  sql<SqlBool>`(${sql.ref(`${table}.created_at`)}, ${sql.ref(`${table}.id`)}) < (${after.v}::timestamp AT TIME ZONE 'UTC', ${after.id}::uuid)`;

/** How a list of capabilities (`c`) or experts (`e`) is ordered: by a text key, A to Z, or newest first. */
export type ListOrder = RawBuilder<string> | 'newest';

/** The sort key of a row under this order, which the cursor of its page carries. */
export const sortKeyOf = (table: 'c' | 'e', order: ListOrder) =>
  order === 'newest' ? createdAtKey(table) : order;

/** Orders a list and starts it after the cursor's row: keyset pagination, ties broken by id. */
export function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  table: 'c' | 'e',
  order: ListOrder,
  after: { v: string; id: string } | null,
) {
  const id = sql.ref(`${table}.id`);
  let q = query;
  if (order === 'newest') {
    if (after) q = q.where(createdBefore(table, after));
    return q.orderBy(sql.ref(`${table}.created_at`), 'desc').orderBy(id, 'desc');
  }
  if (after) q = q.where(sql<SqlBool>`(${order}, ${id}) > (${after.v}, ${after.id}::uuid)`);
  return q.orderBy(order).orderBy(id);
}

/** A sector filter: a 5-digit code matches itself and records holding its whole category. */
function sectorCondition(column: string, code: string) {
  return code.length === 3
    ? sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(${sql.ref(column)}) s WHERE left(s, 3) = ${code})`
    : sql<SqlBool>`${sql.ref(column)} && ${textArray([code, code.slice(0, 3)])}`;
}

/** The filters capabilities (`c`) and experts (`e`) share, as conditions on the list's rows. */
export function sharedConditions(
  table: 'c' | 'e',
  f: {
    country?: string | undefined;
    organisation?: string | undefined;
    sector?: string | undefined;
    language?: string | undefined;
  },
) {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (f.country) conditions.push(sql<SqlBool>`o.country_code = ${f.country}`);
  if (f.organisation)
    conditions.push(sql<SqlBool>`${sql.ref(`${table}.organisation_id`)} = ${f.organisation}`);
  if (f.sector) conditions.push(sectorCondition(`${table}.sectors`, f.sector));
  if (f.language)
    conditions.push(sql<SqlBool>`${sql.ref(`${table}.languages`)} @> ${textArray([f.language])}`);
  return conditions;
}

/** Array columns as ARRAY[...] expressions, bound the same way by PostgreSQL and PGlite. */
export function withTextArrays(values: object, columns: readonly string[]) {
  const out: Record<string, unknown> = { ...values };
  for (const column of columns) {
    const codes = out[column] as string[] | undefined;
    if (codes) out[column] = textArray(codes);
  }
  return out;
}
