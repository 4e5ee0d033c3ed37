import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import type { LocaleMap } from '../../db/schema.js';
import type { LanguageText } from './search-text.js';

/**
 * All SQL of the library's search: the index columns an experience's published version is
 * copied into, the search itself (full text in every language, trigram names, filters, sorts),
 * facet counts, similar experiences and the rows of an export.
 */

/** `ARRAY['a','b']::text[]` with each value a parameter (both engines bind it the same way). */
const textArray = (values: readonly string[]) =>
  values.length ? sql`ARRAY[${sql.join(values.map((v) => sql`${v}`))}]::text[]` : sql`'{}'::text[]`;

// ---------------------------------------------------------------------------------------------
// Index

/** What the indexer reads: the experience and its published version, if any. */
export async function experiencesToIndex(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ex
    .selectFrom('experiences as e')
    .leftJoin('experience_versions as v', (j) =>
      j.onRef('v.experience_id', '=', 'e.id').onRef('v.version', '=', 'e.published_version'),
    )
    .select(['e.id', 'e.status', 'e.organisation_id', 'v.content'])
    .where('e.id', 'in', ids)
    .execute();
}

/** Names (every language and the acronym) and countries of organisations. */
export async function organisationsForIndex(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ex
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym', 'country_code'])
    .where('id', 'in', ids)
    .execute();
}

/** Names (every language) and IATI regions of countries. */
export async function countriesForIndex(ex: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return ex.selectFrom('countries').select(['code', 'name', 'region']).where('code', 'in', codes).execute();
}

/** The columns search and facets read, as the indexer computes them. */
export interface IndexValues {
  id: string;
  original_locale: string;
  languages: string[];
  country_codes: string[];
  region_codes: string[];
  sectors: string[];
  sector_categories: string[];
  sdg_targets: string[];
  sdg_goals: string[];
  modality: string | null;
  instruments: string[];
  knowledge_modes: string[];
  outcomes: string[];
  assessment_dimensions: string[];
  year_start: number | null;
  year_end: number | null;
  search_names: string;
  /** The text of each language (title A, summary B, body C) and everything for the 'simple' copy (D). */
  texts: LanguageText[];
  all: string;
  /** Names of the organisations, participants and countries (weight B, unstemmed). */
  names: string;
}

/**
 * The search vector: each language with its own stemming, weighted A (title), B (summary),
 * C (body); the names of organisations, participants and countries (every language) with
 * weight B; then a 'simple' (unstemmed, accent-free) copy of all the text with weight D, so a
 * word typed in one language still finds the same word in a text of another.
 */
function vectorOf(v: IndexValues) {
  const parts: RawBuilder<unknown>[] = [];
  for (const t of v.texts) {
    const cfg = sql`${sql.lit(t.config)}::regconfig`;
    if (t.title) parts.push(sql`setweight(to_tsvector(${cfg}, ${t.title}), 'A')`);
    if (t.summary) parts.push(sql`setweight(to_tsvector(${cfg}, ${t.summary}), 'B')`);
    if (t.body) parts.push(sql`setweight(to_tsvector(${cfg}, ${t.body}), 'C')`);
  }
  if (v.names.trim()) parts.push(sql`setweight(to_tsvector('simple'::regconfig, ${v.names}), 'B')`);
  if (v.all.trim()) parts.push(sql`to_tsvector('simple'::regconfig, ${v.all})`);
  return parts.length ? sql`(${sql.join(parts, sql` || `)})` : sql`NULL::tsvector`;
}

/** Writes the index columns of several experiences in one statement. */
export async function writeIndex(ex: Executor, rows: readonly IndexValues[]) {
  if (rows.length === 0) return;
  const values = rows.map(
    (
      r,
    ) => sql`(${r.id}::uuid, ${r.original_locale}::text, ${textArray(r.languages)}, ${textArray(r.country_codes)},
      ${textArray(r.region_codes)}, ${textArray(r.sectors)}, ${textArray(r.sector_categories)},
      ${textArray(r.sdg_targets)}, ${textArray(r.sdg_goals)}, ${r.modality}::text, ${textArray(r.instruments)},
      ${textArray(r.knowledge_modes)}, ${textArray(r.outcomes)}, ${textArray(r.assessment_dimensions)},
      ${r.year_start}::int, ${r.year_end}::int, ${r.search_names}::text, ${vectorOf(r)})`,
  );
  await sql`
    UPDATE experiences AS e SET
      original_locale = v.original_locale, languages = v.languages, country_codes = v.country_codes,
      region_codes = v.region_codes, sectors = v.sectors, sector_categories = v.sector_categories,
      sdg_targets = v.sdg_targets, sdg_goals = v.sdg_goals, modality = v.modality,
      instruments = v.instruments, knowledge_modes = v.knowledge_modes, outcomes = v.outcomes,
      assessment_dimensions = v.assessment_dimensions, year_start = v.year_start, year_end = v.year_end,
      search_names = v.search_names, search_vector = v.search_vector
    FROM (VALUES ${sql.join(values)}) AS v(id, original_locale, languages, country_codes, region_codes,
      sectors, sector_categories, sdg_targets, sdg_goals, modality, instruments, knowledge_modes, outcomes,
      assessment_dimensions, year_start, year_end, search_names, search_vector)
    WHERE e.id = v.id`.execute(ex);
  await sql`
    INSERT INTO experience_name_words (word)
    SELECT DISTINCT w FROM unnest(${textArray(rows.map((r) => r.search_names))}) n,
      regexp_split_to_table(n, '[[:space:][:punct:]]+') w
    WHERE length(w) >= 3
    ON CONFLICT DO NOTHING`.execute(ex);
}

/** Empties the index columns: nothing published (or archived) is searched or counted. */
export async function clearIndex(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return;
  await ex
    .updateTable('experiences')
    .set({
      languages: sql`'{}'::text[]`,
      country_codes: sql`'{}'::text[]`,
      region_codes: sql`'{}'::text[]`,
      sectors: sql`'{}'::text[]`,
      sector_categories: sql`'{}'::text[]`,
      sdg_targets: sql`'{}'::text[]`,
      sdg_goals: sql`'{}'::text[]`,
      modality: null,
      instruments: sql`'{}'::text[]`,
      knowledge_modes: sql`'{}'::text[]`,
      outcomes: sql`'{}'::text[]`,
      assessment_dimensions: sql`'{}'::text[]`,
      year_start: null,
      year_end: null,
      search_names: '',
      search_vector: null,
    } as never)
    .where('id', 'in', ids)
    .execute();
}

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
const rankOf = (q: TextQuery, t = 'c') => {
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

const overlaps = (column: string, values: string[]) =>
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
async function withPlan<T>(ex: Executor, plan: Plan | 'plain', run: (ex: Executor) => Promise<T>) {
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
const withTextPlan = <T>(
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

const SUMMARY_COLUMNS = sql`e.id, e.organisation_id, o.name AS org_name, o.default_locale AS org_locale,
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

// ---------------------------------------------------------------------------------------------
// Similar experiences and export

/** The index columns of one published experience, to find others like it. */
export async function similarityKeys(ex: Executor, id: string) {
  const { rows } = await sql<{
    id: string;
    sectors: string[];
    sector_categories: string[];
    sdg_goals: string[];
    country_codes: string[];
    instruments: string[];
  }>`SELECT e.id, e.sectors, e.sector_categories, e.sdg_goals, e.country_codes, e.instruments
    FROM experiences e WHERE e.id = ${id}::uuid AND ${LISTED}`.execute(ex);
  return rows[0];
}

/** The title of one experience in its original language (else any), for title similarity. */
export async function originalTitle(ex: Executor, id: string) {
  const { rows } = await sql<{ t: string | null }>`
    SELECT coalesce(nullif(v.content->'title'->>e.original_locale, ''),
      (SELECT min(value) FROM jsonb_each_text(v.content->'title') WHERE value <> '')) AS t
    FROM experiences e
    JOIN experience_versions v ON v.experience_id = e.id AND v.version = e.published_version
    WHERE e.id = ${id}::uuid`.execute(ex);
  return rows[0]?.t ?? '';
}

/** How many candidates each shared code contributes, and how many are compared by title. */
const SIMILAR_CANDIDATES = { sectors: 200, categories: 100, goals: 100, countries: 100, titles: 50 };

/**
 * Up to `limit` other published experiences like one, best first.
 *
 * Candidates, each set bounded (most recent first) so the cost does not grow with the library:
 * experiences sharing a sector code, a sector category, an SDG goal or a country. Each scores
 * 3 per shared sector code and 1.5 per shared sector category, 2 per shared SDG goal, 1 per
 * shared country and 1 per shared instrument; the best 50 are then compared by title (up to 4
 * more: 4 × the trigram similarity of this title, normalised, with their closest title in any
 * language) and the best `limit` returned; ties go to the newest.
 */
export async function similarTo(
  ex: Executor,
  k: NonNullable<Awaited<ReturnType<typeof similarityKeys>>>,
  title: string,
  limit: number,
) {
  const shared = (column: string, values: string[]) =>
    values.length
      ? sql<number>`cardinality(ARRAY(SELECT unnest(${sql.ref(column)}) INTERSECT SELECT unnest(${textArray(values)})))`
      : sql<number>`0`;
  const branch = (column: string, values: string[], n: number) =>
    sql`(SELECT e.id FROM experiences e WHERE ${LISTED} AND e.id <> ${k.id}::uuid AND ${overlaps(column, values)}
      ORDER BY e.published_at DESC LIMIT ${n})`;
  const branches: RawBuilder<unknown>[] = [];
  if (k.sectors.length) branches.push(branch('e.sectors', k.sectors, SIMILAR_CANDIDATES.sectors));
  if (k.sector_categories.length)
    branches.push(branch('e.sector_categories', k.sector_categories, SIMILAR_CANDIDATES.categories));
  if (k.sdg_goals.length) branches.push(branch('e.sdg_goals', k.sdg_goals, SIMILAR_CANDIDATES.goals));
  if (k.country_codes.length)
    branches.push(branch('e.country_codes', k.country_codes, SIMILAR_CANDIDATES.countries));
  if (branches.length === 0) return [];
  const { rows } = await withPlan(ex, 'plain', (trx) =>
    sql<{ id: string; score: number }>`
      WITH c AS (${sql.join(branches, sql` UNION `)}),
      s AS (
        SELECT e.id, e.published_at, e.published_version, (
          3 * ${shared('e.sectors', k.sectors)} + 1.5 * ${shared('e.sector_categories', k.sector_categories)}
          + 2 * ${shared('e.sdg_goals', k.sdg_goals)} + ${shared('e.country_codes', k.country_codes)}
          + ${shared('e.instruments', k.instruments)}
        ) AS codes
        FROM c JOIN experiences e ON e.id = c.id
        ORDER BY codes DESC, e.published_at DESC
        LIMIT ${SIMILAR_CANDIDATES.titles}
      )
      SELECT s.id, s.codes + 4 * coalesce((
        SELECT max(similarity(${title}, lower(t.value)))
        FROM experience_versions v, jsonb_each_text(v.content->'title') t
        WHERE v.experience_id = s.id AND v.version = s.published_version
      ), 0) AS score
      FROM s
      ORDER BY score DESC, s.published_at DESC, s.id DESC
      LIMIT ${limit}`.execute(trx),
  );
  return rows;
}

/** Every matching experience for an export, in the order asked for (bounded by `max`). */
export async function exportRows(
  ex: Executor,
  f: SearchFilters,
  q: TextQuery | null,
  sort: 'relevance' | 'newest' | 'views',
  max: number,
) {
  const order =
    sort === 'relevance' && q
      ? sql`${rankOf(q, 'e')} DESC, e.published_at DESC, e.id DESC`
      : sort === 'views'
        ? sql`e.view_count DESC, e.id DESC`
        : sql`e.published_at DESC, e.id DESC`;
  const { rows } = await withTextPlan(ex, q, (trx) =>
    sql<
      SummaryRow & {
        sectors: string[];
        sdg_targets: string[];
        modality: string | null;
        instruments: string[];
        knowledge_modes: string[];
        outcomes: string[];
        region_codes: string[];
      }
    >`
    SELECT ${SUMMARY_COLUMNS}, e.sectors, e.sdg_targets, e.modality, e.instruments, e.knowledge_modes,
      e.outcomes, e.region_codes
    FROM experiences e
    JOIN organisations o ON o.id = e.organisation_id
    JOIN experience_versions v ON v.experience_id = e.id AND v.version = e.published_version
    WHERE ${conditions(f, q)}
    ORDER BY ${order}
    LIMIT ${max}`.execute(trx),
  );
  return rows;
}

/** Names (every language) of codes, by kind (facet names; 'sector' 5-digit codes too), for exports. */
export async function codeLabels(ex: Executor) {
  const { rows } = await sql<{ facet: string; code: string; name: LocaleMap }>`${LABELS}
    UNION ALL SELECT 'sector', code, name FROM codelist_items WHERE list = 'Sector'`.execute(ex);
  return rows;
}
