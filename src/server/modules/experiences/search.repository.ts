import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';
/**
 * The library's search statements: conditions (text in every language, filters, the sample),
 * planner settings, estimates and counts, pages in three sorts, summaries and snippets. Facets,
 * the index columns, similar experiences and exports have repositories of their own
 * (search-facets, search-index, similar, search-export), built on the helpers exported here.
 */

/** `ARRAY['a','b']::text[]` with each value a parameter (both engines bind it the same way). */
export const textArray = (values: readonly string[]) =>
  values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`))}]::text[]` : sql`'{}'::text[]`;

// ---------------------------------------------------------------------------------------------
// Search

/** The full-text part of a search, prepared by the service. */
export interface TextQuery {
  /** The query as typed (web-search syntax), for the stemming configurations. */
  text: string;
  /** The query normalised (lower case, no accents) with CJK runs as bigrams, for 'simple'. */
  simple: string;
  /** The query normalised like search_names, for the trigram match; null for web-search syntax. */
  names: string | null;
  /** Stemming configurations: the reader's language and the languages filtered on. */
  configs: string[];
  /** Whether names close to the query (typos) match too (see the service: when text finds little). */
  fuzzy: boolean;
}

/** Every filter of the library; lists are OR within, the filters AND across. */
export interface SearchFilters {
  countries: string[];
  regions: string[];
  /** 5-digit DAC codes and 3-digit categories. */
  sectors: string[];
  sectorCategories: string[];
  /** SDG targets (16.6) and goals (16). */
  sdgTargets: string[];
  sdgGoals: string[];
  modalities: string[];
  instruments: string[];
  modes: string[];
  outcomes: string[];
  dimensions: string[];
  languages: string[];
  yearFrom: number | undefined;
  yearTo: number | undefined;
  /** One organisation's experiences (an offer links to its own); not a facet. */
  organisationId?: string | undefined;
}

/** The facets and the filter each one is narrowed by (ignored when counting that facet). */
export type FacetName =
  | 'country'
  | 'region'
  | 'sector'
  | 'sdg'
  | 'modality'
  | 'instrument'
  | 'mode'
  | 'outcome'
  | 'year'
  | 'language';

/** The tsquery of a text query: stemmed in each configuration, or unstemmed and accent-free. */
export function tsQuery(q: TextQuery) {
  const parts = q.configs.map((c) => sql`websearch_to_tsquery(${sql.lit(c)}::regconfig, ${q.text})`);
  parts.push(sql`websearch_to_tsquery('simple'::regconfig, ${q.simple})`);
  return sql`(${sql.join(parts, sql` || `)})`;
}

/** A text matches: the full text (names included), or, when fuzzy, a name close to the query. */
const textMatch = (q: TextQuery) =>
  q.fuzzy && q.names !== null
    ? sql<SqlBool>`(e.search_vector @@ ${tsQuery(q)} OR ${q.names} <% e.search_names)`
    : sql<SqlBool>`e.search_vector @@ ${tsQuery(q)}`;

/**
 * Relevance: cover density over the weighted vector (D unstemmed copy 0.05, C body 0.2,
 * B summary and names 0.6, A title 1.0), plus, when fuzzy, up to 0.5 for a name close to the query.
 */
export const rankOf = (q: TextQuery, t = 'c') => {
  const v = sql.ref(`${t}.search_vector`);
  const n = sql.ref(`${t}.search_names`);
  return q.fuzzy && q.names !== null
    ? sql<number>`(ts_rank_cd('{0.05,0.2,0.6,1.0}'::float4[], ${v}, ${tsQuery(q)})
      + CASE WHEN ${q.names} <% ${n} THEN 0.5 * word_similarity(${q.names}, ${n}) ELSE 0 END)`
    : sql<number>`ts_rank_cd('{0.05,0.2,0.6,1.0}'::float4[], ${v}, ${tsQuery(q)})`;
};

/**
 * In the library: published (edits under review after publication keep the status and the
 * published version listed; archived experiences leave it).
 */
export const LISTED = sql<SqlBool>`e.status = 'published' AND e.published_version IS NOT NULL`;

export const overlaps = (column: string, values: string[]) =>
  sql<SqlBool>`${sql.ref(column)} && ${textArray(values)}`;

/**
 * The conditions of a search (published, text, filters), optionally leaving out the filter of
 * one facet, so that facet counts what choosing another of its values would give.
 */
export function conditions(
  f: SearchFilters,
  q: TextQuery | null,
  without?: FacetName,
  sample: Sample | null = null,
) {
  const c: RawBuilder<SqlBool>[] = [LISTED];
  if (sample) c.push(IN_SAMPLE[sample]);
  if (q) c.push(textMatch(q));
  const use = (facet: FacetName) => facet !== without;
  if (use('country') && f.countries.length) c.push(overlaps('e.country_codes', f.countries));
  if (use('region') && f.regions.length) c.push(overlaps('e.region_codes', f.regions));
  if (use('sector') && (f.sectors.length || f.sectorCategories.length)) {
    const parts: RawBuilder<SqlBool>[] = [];
    if (f.sectors.length) parts.push(overlaps('e.sectors', f.sectors));
    if (f.sectorCategories.length) parts.push(overlaps('e.sector_categories', f.sectorCategories));
    c.push(sql<SqlBool>`(${sql.join(parts, sql` OR `)})`);
  }
  if (use('sdg') && (f.sdgTargets.length || f.sdgGoals.length)) {
    const parts: RawBuilder<SqlBool>[] = [];
    if (f.sdgTargets.length) parts.push(overlaps('e.sdg_targets', f.sdgTargets));
    if (f.sdgGoals.length) parts.push(overlaps('e.sdg_goals', f.sdgGoals));
    c.push(sql<SqlBool>`(${sql.join(parts, sql` OR `)})`);
  }
  if (use('modality') && f.modalities.length)
    c.push(sql<SqlBool>`e.modality = ANY(${textArray(f.modalities)})`);
  if (use('instrument') && f.instruments.length) c.push(overlaps('e.instruments', f.instruments));
  if (use('mode') && f.modes.length) c.push(overlaps('e.knowledge_modes', f.modes));
  if (use('outcome') && f.outcomes.length) c.push(overlaps('e.outcomes', f.outcomes));
  if (f.dimensions.length) c.push(overlaps('e.assessment_dimensions', f.dimensions));
  if (use('language') && f.languages.length) c.push(overlaps('e.languages', f.languages));
  if (f.organisationId) c.push(sql<SqlBool>`e.organisation_id = ${f.organisationId}::uuid`);
  // A period overlapping the years asked for; experiences without a period are left out.
  if (use('year') && f.yearFrom !== undefined)
    c.push(sql<SqlBool>`coalesce(e.year_end, e.year_start) >= ${f.yearFrom}`);
  if (use('year') && f.yearTo !== undefined)
    c.push(sql<SqlBool>`coalesce(e.year_start, e.year_end) <= ${f.yearTo}`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

/** Which facets have a filter of their own set (each is then counted apart). */
export function activeFacetFilters(f: SearchFilters): FacetName[] {
  const active: FacetName[] = [];
  if (f.countries.length) active.push('country');
  if (f.regions.length) active.push('region');
  if (f.sectors.length || f.sectorCategories.length) active.push('sector');
  if (f.sdgTargets.length || f.sdgGoals.length) active.push('sdg');
  if (f.modalities.length) active.push('modality');
  if (f.instruments.length) active.push('instrument');
  if (f.modes.length) active.push('mode');
  if (f.outcomes.length) active.push('outcome');
  if (f.languages.length) active.push('language');
  if (f.yearFrom !== undefined || f.yearTo !== undefined) active.push('year');
  return active;
}

/**
 * How a statement that matches text reads the table. 'bitmap': through the full-text (GIN)
 * bitmaps, which answer the match without reading any search vector; every match is visited
 * (counts, facets, and pages of up to some thousands of matches). 'walk': along the date
 * index, testing each row until the page is full; cheap only when a good share of the library
 * matches (common words), where visiting every match would cost the most. The planner is told
 * which: its cost model does not know that testing a row's search vector means reading and
 * decompressing kilobytes out of line, and left alone it would scan every row for common
 * words (seconds at 100 000 experiences).
 */
export type Plan = 'bitmap' | 'walk';

/**
 * Runs a search statement with the planner settings its plan needs, in a transaction of its
 * own (SET LOCAL). JIT compilation is off: the costs these settings (or a count over the whole
 * library) imply make PostgreSQL compile the statement, which takes far longer (about a
 * second) than running it.
 */
export async function withPlan<T>(ex: Executor, plan: Plan | 'plain', run: (ex: Executor) => Promise<T>) {
  return ex.transaction().execute(async (trx) => {
    const settings = {
      plain: sql`SELECT set_config('jit', 'off', true)`,
      bitmap: sql`SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true),
        set_config('enable_indexscan', 'off', true)`,
      walk: sql`SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true),
        set_config('enable_bitmapscan', 'off', true)`,
    }[plan];
    await settings.execute(trx);
    return run(trx);
  });
}

/** withPlan for statements that may match text; others run as they are. */
export const withTextPlan = <T>(
  ex: Executor,
  q: TextQuery | null,
  run: (ex: Executor) => Promise<T>,
  plan: Plan = 'bitmap',
) => (q ? withPlan(ex, plan, run) : run(ex));

/**
 * The planner's estimate of how many experiences match (EXPLAIN, nothing is run): the service
 * picks exact or sampled counts and the plan of the page from it. Good for filters (the
 * planner keeps the most common codes of each array); for a text the service counts the
 * thirty-second sample instead (see Sample).
 */
export async function estimateMatches(
  ex: Executor,
  f: SearchFilters,
  q: TextQuery | null,
  without?: FacetName,
) {
  const { rows } = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] | string }>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM experiences e WHERE ${conditions(f, q, without)}`.execute(ex);
  const raw = rows[0]?.['QUERY PLAN'];
  const plan = typeof raw === 'string' ? (JSON.parse(raw) as [{ Plan: { 'Plan Rows': number } }]) : raw;
  return Math.round(plan?.[0]?.Plan['Plan Rows'] ?? 0);
}

/**
 * A sample of the library, for counts over many matches: experiences whose id (random, uuid v4)
 * starts with 0 or 1 (an eighth), with 0 (a sixteenth), or with 00–07 (a thirty-second). Read
 * through partial full-text indexes of the eighth and the thirty-second, so a sampled count of
 * a text's matches visits only the sampled rows.
 */
export type Sample = 8 | 16 | 32;
const IN_SAMPLE: Record<Sample, RawBuilder<SqlBool>> = {
  8: sql<SqlBool>`e.id < '20000000-0000-0000-0000-000000000000'::uuid`,
  16: sql<SqlBool>`e.id < '10000000-0000-0000-0000-000000000000'::uuid`,
  32: sql<SqlBool>`e.id < '08000000-0000-0000-0000-000000000000'::uuid`,
};

/**
 * For each query word, the closest word of the names in the library's experiences (titles,
 * organisations with their acronyms, participants, countries in every language), when close
 * enough to be a typo of it ("mozambiqe" → "mozambique", "bapenas" → "bappenas"). The words
 * are a table of their own with a trigram index: a few thousand words, far cheaper than
 * comparing the query with the names of every experience.
 */
export async function closestNames(ex: Executor, words: readonly string[], minSimilarity: number) {
  if (words.length === 0) return [];
  const { rows } = await sql<{ term: string; word: string; s: number }>`
    SELECT DISTINCT ON (q.term) q.term, d.word, similarity(q.term, d.word) AS s
    FROM unnest(${textArray(words)}) q(term)
    JOIN experience_name_words d ON d.word % q.term
    WHERE similarity(q.term, d.word) >= ${minSimilarity}
    ORDER BY q.term, s DESC, d.word`.execute(ex);
  return rows;
}

/** A keyset position: the sort value and id of the last row of the previous page. */
export interface After {
  v: string | number;
  id: string;
}

/** `published_at` as a sortable text key with microseconds, UTC. */
const publishedKey = sql<string>`to_char(e.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/**
 * One page of ids in relevance order, with the number of matches (bitmap plan only).
 * Relevance is computed for the `candidates` most recently published matches only: ranking
 * reads each candidate's whole search vector (kilobytes, out of line), so ranking every match
 * of a common word would cost seconds. Below that many matches, the ranking is exact. Pages
 * are offsets: ranks are computed per query, so a keyset over them would not be stable.
 */
export async function pageByRelevance(
  ex: Executor,
  f: SearchFilters,
  q: TextQuery,
  offset: number,
  limit: number,
  candidates: number,
  plan: Plan,
) {
  const total = plan === 'bitmap' ? sql`, count(*) OVER () AS total` : sql`, NULL::int AS total`;
  return withPlan(ex, plan, async (trx) => {
    const { rows } = await sql<{ id: string; rank: number; total: number | null }>`
      WITH c AS (
        SELECT e.id, e.published_at, e.search_vector, e.search_names ${total}
        FROM experiences e
        WHERE ${conditions(f, q)}
        ORDER BY e.published_at DESC, e.id DESC
        LIMIT ${Math.max(candidates, offset + limit + 1)}
      )
      SELECT c.id, ${rankOf(q)} AS rank, c.total::int AS total
      FROM c
      ORDER BY rank DESC, c.published_at DESC, c.id DESC
      OFFSET ${offset} LIMIT ${limit + 1}`.execute(trx);
    return rows;
  });
}

/**
 * One page of ids, newest published first or most viewed first (keyset); with a text and the
 * bitmap plan, every match is read anyway, so the count comes along.
 */
export async function pageBy(
  ex: Executor,
  sort: 'newest' | 'views',
  f: SearchFilters,
  q: TextQuery | null,
  after: After | null,
  limit: number,
  plan: Plan,
) {
  const where = [conditions(f, q)];
  const total = q && plan === 'bitmap' ? sql`, count(*) OVER ()::int AS total` : sql``;
  return withTextPlan(
    ex,
    q,
    async (trx) => {
      if (sort === 'newest') {
        if (after)
          where.push(
            sql<SqlBool>`(e.published_at, e.id) < (${String(after.v)}::timestamp AT TIME ZONE 'UTC', ${after.id}::uuid)`,
          );
        const { rows } = await sql<{ id: string; sort_key: string; total?: number }>`
          SELECT e.id, ${publishedKey} AS sort_key ${total} FROM experiences e
          WHERE ${sql.join(where, sql` AND `)}
          ORDER BY e.published_at DESC, e.id DESC LIMIT ${limit + 1}`.execute(trx);
        return rows;
      }
      if (after)
        where.push(sql<SqlBool>`(e.view_count, e.id) < (${Number(after.v)}::bigint, ${after.id}::uuid)`);
      const { rows } = await sql<{ id: string; sort_key: number; total?: number }>`
        SELECT e.id, e.view_count::int AS sort_key ${total} FROM experiences e
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY e.view_count DESC, e.id DESC LIMIT ${limit + 1}`.execute(trx);
      return rows;
    },
    plan,
  );
}

/** How many experiences match (in the sample, if asked; leaving out one facet's filter, if asked). */
export async function countMatches(
  ex: Executor,
  f: SearchFilters,
  q: TextQuery | null,
  sample: Sample | null = null,
  without?: FacetName,
) {
  return withTextPlan(ex, q, async (trx) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM experiences e WHERE ${conditions(f, q, without, sample)}`.execute(trx);
    return rows[0]?.n ?? 0;
  });
}

/** What a search result, an export row or a similar experience shows. */
export interface SummaryRow {
  id: string;
  organisation_id: string;
  org_name: LocaleMap;
  org_locale: string;
  status: 'draft' | 'in_review' | 'published' | 'archived';
  country_codes: string[];
  published_at: Date | null;
  last_verified_at: Date | null;
  view_count: number;
  languages: string[];
  original_locale: string;
  year_start: number | null;
  year_end: number | null;
  title: LocaleMap | null;
  summary: LocaleMap | null;
}

export const SUMMARY_COLUMNS = sql`e.id, e.organisation_id, o.name AS org_name, o.default_locale AS org_locale,
  e.status, e.country_codes, e.published_at, e.last_verified_at, e.view_count::int AS view_count, e.languages,
  e.original_locale, e.year_start, e.year_end, v.content->'title' AS title, v.content->'summary' AS summary`;

/** The summaries of the given experiences (published version), in no particular order. */
export async function summaries(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<SummaryRow>`
    SELECT ${SUMMARY_COLUMNS}
    FROM experiences e
    JOIN organisations o ON o.id = e.organisation_id
    JOIN experience_versions v ON v.experience_id = e.id AND v.version = e.published_version
    WHERE e.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})`.execute(ex);
  return rows;
}

/** One snippet to highlight: an experience, the language it is shown in, and its configuration. */
export interface SnippetTarget {
  id: string;
  locale: string;
  config: string;
}

const BODY_TEXT = (locale: RawBuilder<unknown>) => sql<string>`concat_ws(' … ',
  nullif(v.content->'summary'->>${locale}, ''), nullif(v.content->'challenge'->>${locale}, ''),
  nullif(v.content->'approach'->>${locale}, ''), nullif(v.content->'results'->>${locale}, ''),
  nullif(v.content->'lessons'->>${locale}, ''), nullif(v.content->'didNotWork'->>${locale}, ''))`;

/**
 * Highlighted snippets (ts_headline, matches between \u0001 and \u0002, which are first removed
 * from the text); with `raw`, the plain text instead (CJK queries are highlighted in code).
 */
export async function snippets(ex: Executor, q: TextQuery, targets: readonly SnippetTarget[], raw: boolean) {
  if (targets.length === 0) return [];
  const values = targets.map((t) => sql`(${t.id}::uuid, ${t.locale}::text, ${t.config}::regconfig)`);
  const text = sql<string>`translate(${BODY_TEXT(sql`x.locale`)}, E'\\x01\\x02', '')`;
  const { rows } = await sql<{ id: string; text: string }>`
    SELECT x.id, ${
      raw
        ? text
        : sql`ts_headline(x.cfg, ${text}, ${tsQuery(q)},
          'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`
    } AS text
    FROM (VALUES ${sql.join(values)}) AS x(id, locale, cfg)
    JOIN experiences e ON e.id = x.id
    JOIN experience_versions v ON v.experience_id = e.id AND v.version = e.published_version`.execute(ex);
  return rows;
}

/** One count of one facet value, with the value's name in every language. */
