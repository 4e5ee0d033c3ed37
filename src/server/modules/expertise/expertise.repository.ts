import { sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';

/**
 * SQL the two halves of the catalogue share: the organisation a record belongs to, the codes
 * it may use (IATI sectors, SDG targets, the instrument vocabulary, languages) and their names.
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
    const lists = kind === 'sdg' ? ['UNSDG-Targets'] : ['Sector', 'SectorCategory'];
    rows = await ex
      .selectFrom('codelist_items')
      .select(['code', 'list'])
      .where('list', 'in', lists)
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
  const [sectorRows, sdgRows, instrumentRows, languageRows] = await Promise.all([
    sector.length
      ? ex
          .selectFrom('codelist_items')
          .select(['code', 'name'])
          .where('list', 'in', ['Sector', 'SectorCategory'])
          .where('code', 'in', sector)
          .execute()
      : [],
    sdg.length
      ? ex
          .selectFrom('codelist_items')
          .select(['code', 'name'])
          .where('list', '=', 'UNSDG-Targets')
          .where('code', 'in', sdg)
          .execute()
      : [],
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
