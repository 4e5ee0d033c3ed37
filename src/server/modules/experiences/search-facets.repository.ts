import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';
import {
  activeFacetFilters,
  conditions,
  type FacetName,
  type Sample,
  type SearchFilters,
  type TextQuery,
  withPlan,
} from './search.repository.js';

/** Facet counts of the library's search, and the names of the codes they count. */
export interface FacetRow {
  facet: FacetName | 'total';
  code: string;
  n: number;
  name: LocaleMap | null;
}

/**
 * Each facet's values as a set-returning column: PostgreSQL runs the columns side by side (one
 * row per position, shorter lists padded with null), so grouping by one column counts the
 * experiences holding each of its values. Decades: every decade the period touches.
 */
const FACET_COLUMNS: Record<FacetName, RawBuilder<unknown>> = {
  country: sql`unnest(e.country_codes)`,
  region: sql`unnest(e.region_codes)`,
  sector: sql`unnest(e.sector_categories)`,
  sdg: sql`unnest(e.sdg_goals)`,
  modality: sql`unnest(ARRAY[e.modality])`,
  instrument: sql`unnest(e.instruments)`,
  mode: sql`unnest(e.knowledge_modes)`,
  outcome: sql`unnest(e.outcomes)`,
  year: sql`(generate_series(coalesce(e.year_start, e.year_end) / 10, coalesce(e.year_end, e.year_start) / 10) * 10)::text`,
  language: sql`unnest(e.languages)`,
};

/** Where each facet's names come from. */
const LABELS = sql`
  SELECT 'country' AS facet, code::text AS code, name FROM countries
  UNION ALL SELECT 'region', code, name FROM codelist_items WHERE list = 'Region'
  UNION ALL SELECT 'sector', code, name FROM codelist_items WHERE list = 'SectorCategory'
  UNION ALL SELECT 'sdg', code, name FROM codelist_items WHERE list = 'UNSDG-Goals'
  UNION ALL SELECT 'modality', code, label FROM vocabulary_items WHERE vocabulary = 'ssc_modality'
  UNION ALL SELECT 'instrument', code, label FROM vocabulary_items WHERE vocabulary = 'instrument'
  UNION ALL SELECT 'mode', code, label FROM vocabulary_items WHERE vocabulary = 'knowledge_mode'
  UNION ALL SELECT 'outcome', code, label FROM vocabulary_items WHERE vocabulary = 'intermediate_outcome'
  UNION ALL SELECT 'language', code, name FROM languages`;

/**
 * Counts the given facets over the experiences matching the conditions, with the value names,
 * in one statement that reads the matching rows once (one hash table per facet: GROUPING
 * SETS); `withTotal` adds the number of matches.
 */
export async function facetCounts(
  ex: Executor,
  f: SearchFilters,
  q: TextQuery | null,
  without: FacetName | undefined,
  facets: readonly FacetName[],
  withTotal: boolean,
  sample: Sample | null = null,
) {
  const keys = [...facets];
  if (keys.length === 0 && !withTotal) return [];
  // Column names f0…fn; "t" is true once per experience (the first position), for the total.
  const columns = keys.map((k, i) => sql`${FACET_COLUMNS[k]} AS ${sql.raw(`f${i}`)}`);
  if (withTotal) columns.push(sql`unnest(ARRAY[true]) AS t`);
  const sets = keys.map((_, i) => sql.raw(`(f${i})`));
  if (withTotal) sets.push(sql.raw('(t)'));
  const facetOf = sql.join(
    keys.map((k, i) => sql`WHEN GROUPING(${sql.raw(`f${i}`)}) = 0 THEN ${k}`),
    sql` `,
  );
  const codeOf = keys.length ? sql`coalesce(${sql.join(keys.map((_, i) => sql.raw(`f${i}`)))})` : sql`NULL`;
  // Counting visits every match: through the indexes' bitmaps whenever something narrows the
  // set (left alone, the planner scans the table for two filters it could have combined).
  const narrowed = q !== null || sample !== null || activeFacetFilters(f).some((x) => x !== without);
  return withPlan(ex, narrowed || f.dimensions.length ? 'bitmap' : 'plain', async (trx) => {
    const { rows } = await sql<FacetRow>`
      WITH z AS (
        SELECT ${sql.join(columns)} FROM experiences e WHERE ${conditions(f, q, without, sample)}
      ), g AS (
        SELECT CASE ${facetOf} ${withTotal ? sql`WHEN GROUPING(t) = 0 THEN 'total'` : sql``} END AS facet,
          ${withTotal ? sql`CASE WHEN GROUPING(t) = 0 THEN CASE WHEN t THEN '' END ELSE ${codeOf} END` : codeOf} AS code,
          count(*)::int AS n
        FROM z GROUP BY GROUPING SETS (${sql.join(sets)})
      )
      SELECT g.facet, g.code, g.n, l.name
      FROM g LEFT JOIN (${LABELS}) l ON l.facet = g.facet AND l.code = g.code
      WHERE g.code IS NOT NULL`.execute(trx);
    return rows;
  });
}

export async function codeLabels(ex: Executor) {
  const { rows } = await sql<{ facet: string; code: string; name: LocaleMap }>`${LABELS}
    UNION ALL SELECT 'sector', code, name FROM codelist_items WHERE list = 'Sector'`.execute(ex);
  return rows;
}
