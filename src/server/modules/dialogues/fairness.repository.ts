import { sql } from 'kysely';
import type { Executor } from '../../db/executor.js';

/** SQL for fairness across a series: the earlier dialogues whose hours the sites already bore. */

/**
 * The series' other dialogues that have a start before `before` (all of them when null) and were
 * not called off, with their sites: every such dialogue imposed its hours on its sites.
 */
export async function earlierSeriesDialogues(
  ex: Executor,
  seriesId: string,
  exceptId: string,
  before: Date | null,
) {
  let q = ex
    .selectFrom('dialogues as d')
    .innerJoin('dialogue_sites as s', 's.dialogue_id', 'd.id')
    .select([
      'd.id as dialogue_id',
      'd.starts_at',
      'd.duration_minutes',
      's.id as site_id',
      's.city',
      's.time_zone',
      // As `HH:mm`, the form the time core reads (a time column comes back as `HH:mm:ss`).
      sql<string>`left(s.preferred_from::text, 5)`.as('preferred_from'),
      sql<string>`left(s.preferred_to::text, 5)`.as('preferred_to'),
    ])
    .where('d.series_id', '=', seriesId)
    .where('d.id', '!=', exceptId)
    .where('d.starts_at', 'is not', null)
    .where('d.cancelled_at', 'is', null);
  if (before) q = q.where('d.starts_at', '<', before);
  return q.orderBy('d.starts_at').orderBy('s.position').execute();
}
export type EarlierSiteRow = Awaited<ReturnType<typeof earlierSeriesDialogues>>[number];
