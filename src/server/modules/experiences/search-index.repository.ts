import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import { textArray } from './search.repository.js';
import type { LanguageText } from './search-text.js';

/**
 * The index columns an experience's published version is copied into (search vector, names,
 * code arrays, years) and the words of names kept for typo correction.
 */

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
