/**
 * What a dialogue that already took place cost each site: the discomfort of its hours on each
 * site's wall clock, measured exactly as the slot finder measures a candidate (weekends and
 * holidays do not matter here: the dialogue happened). Summed over a series' earlier dialogues
 * this is the `burden` that fairness rotates (fairness.ts).
 */
import { type Instant, MINUTE_MS, toEpochMs } from './civil.js';
import { meetingSum, prepareSites, type SlotSite } from './slot-sites.js';
import { segmentAt } from './timeline.js';

/** Discomfort per site id of a meeting of `minutes` starting at `startUtc`. */
export function meetingDiscomfort(
  sites: readonly SlotSite[],
  startUtc: Instant,
  minutes: number,
): Record<string, number> {
  const s = toEpochMs(startUtc, 'start');
  const e = s + minutes * MINUTE_MS;
  const out: Record<string, number> = {};
  for (const site of prepareSites(sites, s, e))
    out[site.id] = meetingSum(site, site.table.weighted, s, e, segmentAt(site.timeline, s));
  return out;
}
