import { addBurden, fairnessWeights, meetingDiscomfort } from '../../../shared/dialogues/index.js';
import type { Executor } from '../../db/executor.js';
import type { DialogueRecord, SiteRecord } from './dialogues.repository.js';
import { type EarlierSiteRow, earlierSeriesDialogues } from './fairness.repository.js';

/**
 * Fairness across a series: what each of this dialogue's sites bore in the series' earlier
 * dialogues, so the slot finder can rotate the inconvenient hours. Sites are different rows in
 * every dialogue, so a past site counts for this dialogue's site in the same city (accents and
 * case aside), or failing that in the same time zone.
 */

export interface SeriesBurden {
  dialoguesCounted: number;
  burden: Record<string, number>;
  weights: { siteId: string; burden: number; weight: number }[];
}

const cityKey = (city: string) =>
  city
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Maps a past site to this dialogue's site: same city first, else same zone, else none. */
function siteMatcher(sites: readonly SiteRecord[]) {
  const byCity = new Map(sites.map((s) => [cityKey(s.city), s.id]));
  const byZone = new Map<string, string>();
  for (const s of sites) if (!byZone.has(s.time_zone)) byZone.set(s.time_zone, s.id);
  return (past: EarlierSiteRow) => byCity.get(cityKey(past.city)) ?? byZone.get(past.time_zone);
}

function groupByDialogue(rows: readonly EarlierSiteRow[]) {
  const groups = new Map<string, EarlierSiteRow[]>();
  for (const r of rows) groups.set(r.dialogue_id, [...(groups.get(r.dialogue_id) ?? []), r]);
  return [...groups.values()];
}

/** The burden of the series' earlier dialogues on this dialogue's sites (null outside a series). */
export async function seriesBurden(
  ex: Executor,
  row: Pick<DialogueRecord, 'id' | 'series_id' | 'starts_at'>,
  sites: readonly SiteRecord[],
): Promise<SeriesBurden | null> {
  if (!row.series_id) return null;
  const rows = await earlierSeriesDialogues(ex, row.series_id, row.id, row.starts_at);
  const match = siteMatcher(sites);
  let burden: Record<string, number> = {};
  const past = groupByDialogue(rows);
  for (const dialogueSites of past) {
    const first = dialogueSites[0]!;
    const cost = meetingDiscomfort(
      dialogueSites.map((s) => ({
        id: s.site_id,
        zone: s.time_zone,
        preferredFrom: s.preferred_from,
        preferredTo: s.preferred_to,
      })),
      first.starts_at!,
      first.duration_minutes,
    );
    const sitesBore = dialogueSites.flatMap((s) => {
      const siteId = match(s);
      return siteId ? [{ siteId, discomfort: cost[s.site_id] ?? 0 }] : [];
    });
    burden = addBurden(burden, { sites: sitesBore });
  }
  const ids = sites.map((s) => s.id);
  const weights = fairnessWeights(ids, { burden });
  return {
    dialoguesCounted: past.length,
    burden,
    weights: ids.map((siteId, i) => ({ siteId, burden: burden[siteId] ?? 0, weight: weights[i]! })),
  };
}
