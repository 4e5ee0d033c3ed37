import { sql } from 'kysely';
import type { Executor } from '../../db/executor.js';
import {
  conditions,
  rankOf,
  type SearchFilters,
  SUMMARY_COLUMNS,
  type SummaryRow,
  type TextQuery,
  withTextPlan,
} from './search.repository.js';

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
