import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import { LISTED, overlaps, textArray, withPlan } from './search.repository.js';

/** "Similar experiences": the codes and title of one experience, and the others most like it. */

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
